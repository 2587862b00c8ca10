// Reporting cues per language: the verbs and phrases that attribute a quotation ("said", "told",
// "according to", "sagte", "selon", "dijo", "disse", "заявил", "kata"). Lower-case, one entry per form;
// multi-word cues are space-separated. Kinds:
//   verb        finite reporting verb: speaker before it ("X said") or just after it ("said X").
//   participle  "…, adding/saying/warning": the speaker is the subject of the clause it hangs on.
//   prep        "according to X", "selon X", "по словам X": the speaker follows.
//   postp       "X zufolge": the speaker comes before.
// `postOnly` cues are common words in other senses ("so", "kata" = word, "jelas" = clear): they count
// only directly after a closing quotation mark.
export type CueKind = "verb" | "participle" | "prep" | "postp";
export interface CueDef {
  kind: CueKind;
  postOnly?: boolean;
}

const words = (s: string) => s.trim().split(/\s*\|\s*/).filter(Boolean);

const VERBS: Record<string, string> = {
  en: `said | says | say | told | tells | added | adds | warned | warns | explained | explains | noted | notes | stated | states |
    wrote | writes | asked | asks | continued | continues | insisted | insists | argued | argues | claimed | claims | recalled | recalls |
    replied | replies | responded | responds | tweeted | tweets | announced | announces | commented | comments | declared | declares |
    stressed | stresses | urged | urges | quipped | quips | acknowledged | acknowledges | admitted | admits | observed | observes |
    suggested | suggests | concluded | concludes | remarked | remarks | posted | reiterated | reiterates | emphasised | emphasized |
    emphasises | emphasizes | pointed out | points out | went on | goes on | joked | jokes | cautioned | cautions | predicted | predicts |
    vowed | vows | pledged | countered | counters | conceded | concedes | confirmed | confirms | complained | complains | lamented |
    laments | mused | muses | shouted | yelled | whispered | cried | exclaimed | answered | answers | agreed | agrees | described |
    describes | testified | testifies | recounted | recounts | boasted | boasts | thundered | sighed | told reporters | wondered |
    wonders | cautioned | announced | announced on | proclaimed | maintains | contended | contends | charged | added that | wrote that |
    asserted | asserts | affirmed | recommended | advised | promised | promises | assured | assures | reported | reports | noted that`,
  de: `sagte | sagt | sagten | sagen | erklärte | erklärt | erklärten | betonte | betont | betonten | meinte | meint | schrieb | schreibt |
    warnte | warnt | fügte | ergänzte | ergänzt | berichtete | berichtet | kritisierte | kritisiert | forderte | fordert | äußerte |
    unterstrich | versicherte | versichert | mahnte | mahnt | bekräftigte | antwortete | fragte | räumte | teilte | sprach | erläuterte |
    erläutert | sagte der | hieß es | heißt es | so`,
  fr: `a déclaré | déclare | a dit | dit | a affirmé | affirme | a ajouté | ajoute | a expliqué | explique | a souligné | souligne |
    a indiqué | indique | a estimé | estime | a averti | avertit | a assuré | assure | a précisé | précise | a confié | confie | a lancé |
    lance | martèle | a martelé | insiste | a insisté | raconte | a raconté | rappelle | a rappelé | poursuit | conclut | a conclu |
    déplore | a déploré | prévient | a prévenu | a écrit | écrit | a répondu | répond | a reconnu | reconnaît | a annoncé | annonce |
    déclaré | affirmé | ajouté | expliqué | souligné | indiqué | estimé | précisé`,
  es: `dijo | afirmó | aseguró | declaró | explicó | añadió | agregó | señaló | indicó | advirtió | comentó | sostuvo | manifestó |
    expresó | destacó | subrayó | dice | afirma | asegura | explica | añade | agrega | señala | indica | apuntó | precisó | recalcó |
    insistió | reconoció | admitió | concluyó | preguntó | respondió | escribió | criticó | ha dicho | ha afirmado | ha asegurado |
    ha declarado | ha explicado | ha señalado | ha añadido | sentenció | puntualizó | remarcó | enfatizó`,
  pt: `disse | afirmou | declarou | explicou | acrescentou | ressaltou | destacou | diz | afirma | alertou | avaliou | comentou |
    contou | defendeu | observou | garantiu | pontuou | frisou | completou | reforçou | escreveu | questionou | respondeu | admitiu |
    reconheceu | salientou | sublinhou | adiantou | referiu | assegurou | considerou | argumentou | lembrou | concluiu | explica | conta`,
  it: `ha detto | ha dichiarato | ha aggiunto | ha spiegato | ha sottolineato | ha affermato | dice | ha scritto | ha commentato | afferma |
    spiega | aggiunge | sottolinea | dichiara | disse`,
  nl: `zei | zegt | verklaarde | schreef | voegde | benadrukte | waarschuwde | vertelde | aldus`,
  ru: `сказал | сказала | сказали | заявил | заявила | заявили | отметил | отметила | отметили | добавил | добавила | добавили |
    подчеркнул | подчеркнула | подчеркнули | пояснил | пояснила | сообщил | сообщила | сообщили | считает | говорит | говорят |
    рассказал | рассказала | рассказали | написал | написала | уточнил | уточнила | признал | признала | заметил | заметила | указал |
    указала | заверил | заверила | ответил | ответила | объяснил | объяснила | констатировал | констатировала | говорится`,
  id: `berkata | mengatakan | ujar | ujarnya | ungkap | ungkapnya | menandaskan | menegaskan | menyatakan | menjelaskan | tutur |
    tuturnya | sebutnya | imbuhnya | tambahnya | menambahkan | paparnya | terangnya | ucap | ucapnya | bersabda | berfirman |
    katanya | mengungkapkan | memaparkan | menuturkan | mengucapkan | menulis | bertanya | menjawab | mengingatkan`,
};

/** Cues that are other common words too; only right after a closing mark ("…", so Müller; "…," kata Joko). */
const POST_ONLY: Record<string, string> = {
  de: "so",
  id: "kata | jelas | jelasnya | tegas | tegasnya | tambah | imbuh | sebut | papar | terang | bilang",
  fr: "dit",
};

const PARTICIPLES: Record<string, string> = {
  en: `saying | adding | warning | noting | explaining | telling | stating | writing | arguing | claiming | insisting | stressing |
    urging | asking | declaring | announcing | tweeting | remarking | emphasising | emphasizing | acknowledging | admitting`,
  de: "wobei er sagte | und sagte",
  fr: "ajoutant | expliquant | déclarant | affirmant | soulignant | estimant",
  es: "añadiendo | diciendo | asegurando | afirmando | explicando | señalando",
  pt: "dizendo | afirmando | acrescentando | explicando | destacando",
  ru: "добавив | отметив | подчеркнув | заявив | сказав",
  id: "seraya | sambil mengatakan",
};

const PREPS: Record<string, string> = {
  en: "according to | in the words of",
  de: "laut | nach angaben von | nach worten von",
  fr: "selon | d'après | d’après",
  es: "según | de acuerdo con",
  pt: "segundo | de acordo com | conforme",
  it: "secondo",
  nl: "volgens",
  ru: "по словам | по мнению | по данным",
  id: "menurut",
};

const POSTPS: Record<string, string> = { de: "zufolge" };

function build(): Map<string, CueDef> {
  const m = new Map<string, CueDef>();
  const add = (lists: Record<string, string>, def: CueDef) => {
    for (const s of Object.values(lists)) for (const w of words(s)) if (!m.has(w)) m.set(w, def);
  };
  add(POST_ONLY, { kind: "verb", postOnly: true });
  add(VERBS, { kind: "verb" });
  add(PARTICIPLES, { kind: "participle" });
  add(PREPS, { kind: "prep" });
  add(POSTPS, { kind: "postp" });
  return m;
}

/** Every cue, lower-case phrase → definition. */
export const CUES: ReadonlyMap<string, CueDef> = build();
/** First words of all cues, for a cheap first test. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...CUES.keys()].map((k) => k.split(" ")[0]));
/** The lengths (in words) of the cues starting with each first word: the matcher tries only these. */
export const CUE_LENGTHS: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  for (const k of CUES.keys()) {
    const ws = k.split(" ");
    const list = m.get(ws[0]) ?? m.set(ws[0], []).get(ws[0])!;
    if (!list.includes(ws.length)) list.push(ws.length);
  }
  for (const list of m.values()) list.sort((a, b) => b - a);
  return m;
})();
/** Longest cue, in words (the matcher tries longer phrases first). */
export const MAX_CUE_WORDS = Math.max(...[...CUES.keys()].map((k) => k.split(" ").length));

/** French and Spanish inverted attribution glued by hyphens: "dit-il", "a-t-elle ajouté", "affirme-t-on". */
export const INVERTED_PRONOUN_RE = /^(\p{L}{2,20})-(?:t-)?(il|elle|ils|elles|on)$/u;
