// Language-detection data: scripts that name their language, franc's individual-language codes mapped
// to the macro language ISO 639-1 names, and words that tell Indonesian from Malay.

/** Scripts written (in news) by one language: the script alone tells the language. */
export const SCRIPT_LANGUAGES: Record<string, string> = {
  Thai: "th", Greek: "el", Hebrew: "he", Georgian: "ka", Armenian: "hy", Khmer: "km", Lao: "lo", Myanmar: "my", Sinhala: "si",
};

/** franc codes of individual languages whose ISO 639-1 code is their macro language's. */
export const MACRO_LANGUAGE: Record<string, string> = {
  // Norwegian: Bokmål and Nynorsk both as "no", the code news sites and their readers use.
  nob: "no", nno: "no", prs: "fa", als: "sq",
  cmn: "zh", zlm: "ms", zsm: "ms", arb: "ar", pes: "fa", swh: "sw", uzn: "uz", azj: "az", plt: "mg", pbu: "ps", npi: "ne",
  ckb: "ku", ekk: "et", lvs: "lv", khk: "mn", ydd: "yi", qug: "qu", fuv: "ff", zyb: "za",
};

/** Everyday words Indonesian spells its own way (Malay: kerana, boleh, sahaja, selepas, wang, ...). */
export const INDONESIAN_MARKERS = ["karena", "bisa", "saja", "setelah", "uang", "pemerintah", "sekarang", "kenapa", "bagaimana", "tetapi", "bilang", "banget", "nggak", "gak", "kalau", "mereka", "sangat", "hanya",
  // weekdays and everyday nouns Malaysia names otherwise (Isnin, Khamis, Jumaat; polis, suspek, basikal, pejabat)
  "senin", "kamis", "jumat", "polisi", "tersangka", "sepeda", "kantor", "pencurian"];
export const MALAY_MARKERS = ["kerana", "boleh", "sahaja", "selepas", "wang", "kerajaan", "semasa", "daripada", "mahupun", "iaitu", "bahawa", "hendaklah", "tersebut", "kepada",
  "isnin", "khamis", "jumaat", "ahad", "polis", "suspek", "basikal", "pejabat", "baharu", "hadapan"];

/**
 * Letters and everyday words that tell apart languages franc's trigrams confuse, each group checked
 * only when franc's best guess is one of its languages. `letters`: characters one language writes
 * and the others do not; `words`: lower-case words one language spells its own way. The language with
 * clearly more evidence (at least MIN_EVIDENCE, and twice the runner-up's) wins; else franc's guess
 * stands. Codes are franc's (ISO 639-3).
 */
export interface Rival {
  code: string;
  letters?: string;
  words?: readonly string[];
  /** The letters belong to this language alone: MIN_EVIDENCE of them decide, whatever the others count. */
  decisive?: boolean;
}
export const RIVAL_GROUPS: readonly (readonly Rival[])[] = [
  // Cyrillic: ї є ґ (and і, which Belarusian shares) are Ukrainian, ы э ё Russian, ў Belarusian, ђ ћ
  // Serbian, ѓ ќ ѕ Macedonian.
  [
    { code: "bel", letters: "ўЎ", decisive: true },
    { code: "srp", letters: "ђћЂЋ", decisive: true },
    { code: "mkd", letters: "ѓќѕЃЌЅ", decisive: true },
    { code: "ukr", letters: "їєґЇЄҐіІ" },
    // (not ъ: Bulgarian writes it on every line)
    { code: "rus", letters: "ыэёЫЭЁ", words: ["что", "после", "это", "как", "его", "был", "была", "были", "который", "которые", "также", "года", "из", "для", "при", "уже"] },
    { code: "bul", words: ["са", "във", "със", "е", "които", "според", "още", "че", "след", "като", "беше", "бяха", "това", "този", "тази", "през", "при", "ще"] },
  ],
  // Arabic script: ٹ ڈ ڑ ں ے ھ are Urdu; ټ ډ ړ ږ ښ ګ ڼ ې Pashto; Persian writes ی ک پ چ ژ گ where
  // Arabic writes ي ك (and ة, which Persian rarely uses).
  [
    { code: "urd", letters: "ٹڈڑںےھہ", decisive: true },
    { code: "pbu", letters: "ټډړږښګڼېۍ", decisive: true },
    { code: "pes", letters: "یکپچژگ" },
    { code: "arb", letters: "يكةى" },
  ],
  // Scandinavian: ä ö are Swedish, æ ø Danish and Norwegian; Danish and Norwegian by their spellings.
  [
    { code: "swe", letters: "äöÄÖ", words: ["och", "inte", "är", "jag", "hade", "också", "sade", "enligt", "att", "till", "nya", "sina", "vad", "nytt"] },
    { code: "nob", words: ["av", "etter", "hva", "ble", "noen", "mye", "fram", "sier", "ikkje", "eit", "berre", "seg", "blir", "neste", "gjennom", "mellom", "økte", "kveld", "siste", "dessuten", "hadde", "vært", "opp", "inn"] },
    { code: "dan", words: ["af", "efter", "hvad", "blev", "nogle", "meget", "frem", "siger", "nu", "bliver", "næste", "gennem", "mellem", "øgede", "hvorledes", "aften", "sidste", "desuden", "vores", "havde", "været", "sagde", "ud", "op", "ind"] },
  ],
  // Czech ř ů ě, Slovak ľ ĺ ŕ ô ä.
  [
    { code: "ces", letters: "řůěŘŮĚ", words: ["se", "jako", "který", "která", "které", "nebo", "také", "když", "jen", "jsem", "jsme", "jsou", "byl", "byla", "byli", "řekl", "řekla"] },
    { code: "slk", letters: "ľĺŕôäĽĹŔÔ", words: ["sa", "aj", "ako", "ktorý", "ktorá", "ktoré", "alebo", "tiež", "keď", "len", "som", "sme", "sú", "bol", "bola", "boli", "povedal", "povedala"] },
  ],
  // Serbian writes ekavian (vreme, dete), Croatian and Bosnian ijekavian (vrijeme, dijete); Croatian
  // has its own words (tko, tisuća, tjedan, uhititi), Bosnian and Serbian share others (ko, šta,
  // hiljada); Slovenian, which franc's trigrams put among them, writes "v", "in", "ki", "tudi".
  [
    { code: "slv", words: ["v", "in", "ki", "tudi", "kot", "bo", "zaradi", "lahko", "smo", "vendar", "soboto", "nedeljo", "ter"] },
    { code: "srp", words: ["pre", "vreme", "vremena", "dete", "deca", "mesto", "mesta", "uvek", "lepo", "deo", "reč", "reka", "mleko", "istorija", "pozorište", "nedelja", "nedelje", "sveta", "sledeći", "sledeće", "predlog", "predloga", "opština", "opštine", "uhapsila", "uhapsio", "uhapšen", "saradnja", "saradnji", "tačno", "porodica", "porodice"] },
    { code: "hrv", words: ["tko", "tisuća", "tisuće", "tjedan", "tjedna", "povijest", "kazalište", "glazba", "sveučilište", "zrakoplov", "kolodvor", "također", "vlak", "tijekom", "proračun", "proračuna", "financija", "obrana", "obranu", "kućanstva", "kućanstvima", "izvješće", "općina", "sukladno", "priopćenje", "glasnogovornik", "uhitila", "uhitio", "uhitili", "uhićen", "uhićeni", "središtu", "obitelj", "obitelji", "suradnja", "suradnji", "točno"] },
    { code: "bos", words: ["ko", "šta", "hiljada", "hiljade", "sedmica", "sedmice", "historija", "historije", "univerzitet", "muzika", "pozorište"] },
  ],
  // Portuguese over Galician: Galician writes "non", "unha", "xa", "tamén", "moi", "con", "en", "un" and
  // ñ; Portuguese "não", "uma", "com", "em", "um" and ã õ ç, which Galician never writes.
  [
    { code: "glg", letters: "ñÑ", words: ["unha", "non", "xa", "tamén", "moi", "moito", "dende", "aínda", "cando", "mais", "polo", "pola", "con", "en", "un", "despois", "isto", "iso"] },
    { code: "por", letters: "ãõçÃÕÇ", words: ["uma", "não", "já", "também", "muito", "desde", "ainda", "quando", "pelo", "pela", "são", "com", "em", "um", "depois", "isso", "isto"] },
  ],
  // Indonesian and Malay by the words each spells its own way (franc's trigrams barely separate them).
  [
    { code: "ind", words: INDONESIAN_MARKERS },
    { code: "zlm", words: MALAY_MARKERS },
  ],
  // Lithuanian, Latvian and Malagasy (whose trigrams take short Lithuanian text): ė į ų are
  // Lithuanian's alone, ā ē ī ļ ņ ķ ģ Latvian's.
  [
    { code: "lit", letters: "ėįųĖĮŲ", decisive: true },
    { code: "lvs", letters: "āēīļņķģĀĒĪĻŅĶĢ", decisive: true },
    { code: "plt", words: ["ny", "sy", "amin'ny", "izay", "tamin'ny", "ho", "dia"] },
  ],
  // Tagalog over Cebuano: Tagalog links with "ng" and "noong", Cebuano with "og", "ug", "nga", "niadtong".
  [
    { code: "tgl", words: ["ng", "noong", "ay", "hindi", "ito", "nang", "kanyang", "ayon", "siya"] },
    { code: "ceb", words: ["og", "ug", "nga", "niadtong", "karon", "gikan", "dili", "kini", "iyang", "sumala", "siya"] },
  ],
  // Hindi over Marathi and Nepali: Marathi's ळ and its postpositions, Nepali's छ endings and "को".
  [
    { code: "hin", words: ["है", "हैं", "के", "की", "में", "और", "से", "था", "थी"] },
    { code: "mar", letters: "ळ", words: ["आहे", "आहेत", "आणि", "या", "व", "होते", "केले", "मध्ये"] },
    { code: "npi", words: ["छ", "छन्", "गरेको", "भएको", "पनि", "लागि", "थियो", "हुन्छ"] },
  ],
];
