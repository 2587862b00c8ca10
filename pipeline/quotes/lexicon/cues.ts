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
    asserted | asserts | affirmed | mentioned | mentions | recommended | advised | promised | promises | assured | assures | reported | reports | noted that`,
  de: `sagte | sagt | sagten | sagen | erklärte | erklärt | erklärten | betonte | betont | betonten | meinte | meint | schrieb | schreibt |
    warnte | warnt | fügte | ergänzte | ergänzt | berichtete | berichtet | kritisierte | kritisiert | forderte | fordert | äußerte |
    unterstrich | versicherte | versichert | mahnte | mahnt | bekräftigte | antwortete | fragte | räumte | teilte | sprach | erläuterte |
    erläutert | sagte der | hieß es | heißt es | so | ergänzte | erklären | betonten | kommentierte | bilanzierte | resümierte |
    warnten | forderten | kritisierten | schreiben |
    räumte ein | gab zu | fügte hinzu | stellte klar | zeigte sich | verwies | verweist | unterstreicht | argumentierte | argumentiert |
    begründete | begründet | appellierte | appelliert | beklagte | beklagt | bestätigte | bestätigt | prophezeite | entgegnete |
    konterte | twitterte | zitiert`,
  fr: `a déclaré | déclare | a dit | dit | a affirmé | affirme | a ajouté | ajoute | a expliqué | explique | a souligné | souligne |
    a indiqué | indique | a estimé | estime | a averti | avertit | a assuré | assure | a précisé | précise | a confié | confie | a lancé |
    lance | martèle | a martelé | insiste | a insisté | raconte | a raconté | rappelle | a rappelé | poursuit | conclut | a conclu |
    déplore | a déploré | prévient | a prévenu | a écrit | écrit | a répondu | répond | a reconnu | reconnaît | a annoncé | annonce |
    déclaré | affirmé | ajouté | expliqué | souligné | indiqué | estimé | précisé | témoigne | a témoigné | regrette | a regretté |
    s'insurge | s’insurge | s'indigne | s’indigne | s'inquiète | s’inquiète | dénonce | a dénoncé | résume | a résumé |
    a observé | note | a noté | relève | a relevé | a tranché | reconnaît | admet | a admis | ironise | a ironisé | avoue |
    a avoué | détaille | a détaillé | commente | a commenté | répète | a répété | insistait | expliquait | disait | racontait |
    ajoutait | confiait | a lâché | a glissé | assène | a soufflé | clame | a clamé | plaide | a plaidé |
    interroge | s'interroge | s’interroge | argumente | martelait | précisait | soulignait | notait | écrivait | rapporte |
    soupire | a soupiré | s'exclame | s’exclame | s'emporte | s’emporte | tempête | sourit | nuance | a nuancé | renchérit |
    a renchéri | analyse | a analysé | estimait | affirmait | déclarait | confie-t-il`,
  es: `dijo | afirmó | aseguró | declaró | explicó | añadió | agregó | señaló | indicó | advirtió | comentó | sostuvo | manifestó |
    expresó | destacó | subrayó | dice | afirma | asegura | explica | añade | agrega | señala | indica | apuntó | precisó | recalcó |
    insistió | reconoció | admitió | concluyó | preguntó | respondió | escribió | criticó | ha dicho | ha afirmado | ha asegurado |
    ha declarado | ha explicado | ha señalado | ha añadido | sentenció | puntualizó | remarcó | enfatizó | adelantó | aseveró |
    planteó | detalló | relató | acotó | expuso | argumentó | consideró | opinó | denunció | cuestionó | lamentó | reiteró | agregaba |
    añadía | decía | contó | confesó | confirmó | anunció | aclaró | mencionó | reveló | narró | recordó | manifestaba | sostiene |
    afirmaba | explicaba | señalaba | comenta | relata | asevera | advierte | destaca | subraya | considera | concluye |
    reconoce | agregó que | ha indicado | ha manifestado | ha subrayado | ha destacado | ha reconocido | ha advertido | escribe |
    dijeron | afirmaron | aseguraron | declararon | explicaron | añadieron | agregaron | señalaron | indicaron | advirtieron |
    comentaron | sostuvieron | manifestaron | expresaron | destacaron | precisaron | remarcaron | confirmaron | informaron |
    respondió | contestó | resaltó | remató | tiró | deslizó | disparó | apuntaron | insistieron | reconocieron | relataron |
    respondieron | contestaron | explicó que | opina | resalta | apunta | recalca | enfatiza | remarca | precisa | insiste |
    aclara | detalla | admite | plantea | expresa | manifiesta | critica | denuncia | lamenta | complementa | complementó |
    puntualiza | reitera | responde | contesta | confiesa | revela | recuerda | narra | menciona | anuncia | argumenta |
    expone | acota | remata | sentencia | advirtieron | subrayaron | comentaron | denunciaron | lamentaron | criticaron`,
  pt: `disse | afirmou | declarou | explicou | acrescentou | ressaltou | destacou | diz | afirma | alertou | avaliou | comentou |
    contou | defendeu | observou | garantiu | pontuou | frisou | completou | reforçou | escreveu | questionou | respondeu | admitiu |
    reconheceu | salientou | sublinhou | adiantou | referiu | assegurou | considerou | argumentou | lembrou | concluiu | explica | conta |
    declara | acrescenta | ressalta | destaca | avalia | comenta | observa | garante | pontua | relatou | criticou | anunciou | revelou |
    justificou | ponderou | enfatizou | confirmou | negou | insistiu | opinou | contou que | disse que | informou | reiterou | rebateu |
    disseram | afirmaram | declararam | explicaram | acrescentaram | destacaram | ressaltaram | alertaram | avaliaram | informaram`,
  it: `ha detto | ha dichiarato | ha aggiunto | ha spiegato | ha sottolineato | ha affermato | dice | ha scritto | ha commentato | afferma |
    spiega | aggiunge | sottolinea | dichiara | disse | ha spiegato | ha ribadito | ha osservato | ha raccontato | ha precisato |
    ha ammesso | ha annunciato | ha confermato | ha risposto | ha assicurato | ha concluso | ha evidenziato | ha avvertito | ha detto che |
    racconta | ribadisce | osserva | precisa | ammette | conclude | commenta | evidenzia | avverte | dichiarò | affermò | aggiunse | spiegò |
    sottolineò | scrive | continua | prosegue | ricorda | ha ricordato`,
  nl: `zei | zegt | zeggen | zeiden | verklaarde | verklaart | schreef | schrijft | voegde | benadrukte | benadrukt | waarschuwde | waarschuwt |
    vertelde | vertelt | reageerde | reageert | antwoordde | erkende | verduidelijkte | meldde | meldt |
    concludeerde | vroeg | aldus`,
  no: `sier | sa til | forteller | fortalte | skriver | skrev | understreker | understreket | legger til | la til | mener | mente |
    uttalte | uttaler | påpeker | påpekte | advarer | advarte | forklarer | forklarte | svarer | svarte | opplyser | opplyste`,
  sv: `sade | säger | berättar | berättade | skriver | skrev | betonar | betonade | tillägger | tillade | menar | förklarar |
    förklarade | uppger | uppgav | svarar | svarade | varnar | varnade`,
  da: `sagde | siger | fortæller | fortalte | skriver | skrev | understreger | understregede | tilføjer | tilføjede | forklarer |
    forklarede | oplyser | oplyste | svarer | svarede | mener`,
  fi: `sanoi | sanoo | kertoi | kertoo | totesi | toteaa | sanoo | korosti | korostaa | lisäsi | lisää | kirjoitti | kirjoittaa | muistutti |
    arvioi | vastasi | painotti | huomautti`,
  pl: `powiedział | powiedziała | powiedzieli | mówi | mówił | mówiła | mówili | dodał | dodała | dodaje | podkreślił | podkreśliła |
    podkreśla | stwierdził | stwierdziła | stwierdza | zaznaczył | zaznaczyła | zaznacza | oświadczył | oświadczyła | przekonywał |
    przekonywała | przekonuje | tłumaczył | tłumaczyła | tłumaczy | wyjaśnił | wyjaśniła | wyjaśnia | ocenił | oceniła | ocenia |
    napisał | napisała | pisze | zapowiedział | zapowiedziała | przyznał | przyznała | przyznaje | dodawał | dodawała | wskazał |
    wskazała | wskazuje | zauważył | zauważyła | zauważa | apelował | apelowała | zapewnił | zapewniła | zapewnia | uważa | argumentował |
    ostrzegł | ostrzegła | odpowiedział | odpowiedziała | poinformował | poinformowała | relacjonował | relacjonowała | podsumował |
    podsumowała | przypomniał | przypomniała | komentował | komentowała | skomentował | skomentowała | deklaruje | deklarował |
    deklarowała | zadeklarował | zadeklarowała | przekonuje | ocenia | twierdzi | twierdził | twierdziła | uważał | uważała |
    opowiada | opowiadał | opowiadała | wspomina | wspominał | wyjaśniał | wyjaśniała | zapowiada | apeluje | stwierdzał |
    podkreślał | podkreślała | zaznaczał | zaznaczała | informuje | pyta | pytał | pytała | odpowiada | ostrzega | dodawali | mówią |
    konkluduje | konkludował | konkludowała | podsumowuje | przekonywali | piszą | czytamy`,
  cs: `řekl | řekla | uvedl | uvedla | dodal | dodala | prohlásil | prohlásila | zdůraznil | zdůraznila | napsal | napsala | říká |
    uvádí | vysvětlil | vysvětlila | upozornil | upozornila | konstatoval | poznamenal | sdělil | sdělila`,
  ro: `a spus | a declarat | a afirmat | a adăugat | a explicat | a subliniat | a precizat | a transmis | a scris | spune | declară |
    afirmă | adaugă | explică | subliniază | precizează | a mai spus | a mai adăugat`,
  hu: `mondta | mondja | közölte | közli | hangsúlyozta | hangsúlyozza | tette hozzá | írta | írja | nyilatkozta | fogalmazott |
    jelentette ki | emelte ki | mutatott rá | figyelmeztetett`,
  tr: `dedi | diyor | dediler | söyledi | söylüyor | ifade etti | açıkladı | belirtti | vurguladı | kaydetti | ekledi | yazdı | dile getirdi |
    konuştu | anlattı | aktardı | şunları söyledi | diye konuştu | diye ekledi | diye belirtti | diye yazdı | diye sordu | diye uyardı |
    diye açıkladı | diye vurguladı | diye cevap verdi | diye yanıt verdi | açıklamasında bulundu | ifadelerini kullandı |
    sözlerine yer verdi | değerlendirmesinde bulundu`,
  el: `είπε | δήλωσε | τόνισε | ανέφερε | πρόσθεσε | εξήγησε | σημείωσε | υπογράμμισε | έγραψε | λέει | δηλώνει | τονίζει`,
  vi: `nói | cho biết | cho hay | phát biểu | khẳng định | nhấn mạnh | chia sẻ | tuyên bố | bày tỏ | giải thích | nhận định | nói thêm |
    kể | thừa nhận | trả lời | lưu ý | viết | tiết lộ | thông báo | đánh giá | cảnh báo`,
  ru: `сказал | сказала | сказали | заявил | заявила | заявили | отметил | отметила | отметили | добавил | добавила | добавили |
    подчеркнул | подчеркнула | подчеркнули | пояснил | пояснила | сообщил | сообщила | сообщили | считает | говорит | говорят |
    рассказал | рассказала | рассказали | написал | написала | уточнил | уточнила | признал | признала | заметил | заметила | указал |
    указала | заверил | заверила | ответил | ответила | объяснил | объяснила | констатировал | констатировала | говорится |
    сообщает | отмечает | подчеркивает | подчёркивает | добавляет | поясняет | рассказывает | пишет | заявляет | уточняет |
    указывает | признается | признаётся | уверен | уверена | предупредил | предупредила | призвал | призвала | резюмировал |
    прокомментировал | прокомментировала | ответили | написали | пояснили | рассказал | высказался | высказалась | цитирует |
    передает | передаёт`,
  uk: `сказав | сказала | сказали | заявив | заявила | заявили | зазначив | зазначила | зазначили | додав | додала | додали |
    наголосив | наголосила | наголосили | підкреслив | підкреслила | пояснив | пояснила | повідомив | повідомила | повідомили |
    розповів | розповіла | розповіли | написав | написала | уточнив | уточнила | визнав | визнала | зауважив | зауважила |
    вказав | вказала | запевнив | запевнила | відповів | відповіла | прокоментував | прокоментувала | говорить | каже | кажуть |
    вважає | переконаний | переконана | зазначає | наголошує | підкреслює | додає | пояснює | розповідає | пише | заявляє |
    повідомляє | йдеться | попередив | попередила | закликав | закликала | резюмував | висловився | висловилася`,
  id: `berkata | mengatakan | ujar | ujarnya | ungkap | ungkapnya | menandaskan | menegaskan | menyatakan | menjelaskan | tutur |
    tuturnya | sebutnya | imbuhnya | tambahnya | menambahkan | paparnya | terangnya | ucap | ucapnya | bersabda | berfirman |
    katanya | mengungkapkan | memaparkan | menuturkan | mengucapkan | menulis | bertanya | menjawab | mengingatkan |
    menurutnya | mengaku | mengklaim | mendesak | berharap | bilang |
    mengatakan bahwa | menyebutkan | menyebut | mengimbau | menekankan | menerangkan`,
  ar: `قال | قالت | وقال | وقالت | يقول | تقول | أضاف | أضافت | وأضاف | وأضافت | أكد | أكدت | وأكد | وأكدت | أوضح | أوضحت | وأوضح |
    وأوضحت | صرح | صرحت | وصرح | أشار | أشارت | وأشار | وأشارت | ذكر | ذكرت | وذكر | وذكرت | تابع | وتابع | تابعت | وتابعت | كتب |
    كتبت | أعلن | أعلنت | وأعلن | شدد | وشدد | شددت | اعتبر | واعتبر | لفت | ولفت | قال إن | قالت إن`,
  he: `אמר | אמרה | אמרו | אומר | אומרת | הוסיף | הוסיפה | הסביר | הסבירה | ציין | ציינה | הדגיש | הדגישה | כתב | כתבה | מסר |
    מסרה | טען | טענה | הבהיר | הבהירה | סיפר | סיפרה | הצהיר | הצהירה | השיב | השיבה`,
  hi: `कहा | कहते | कहती | कहा कि | ने कहा | बताया | ने बताया | लिखा | जोड़ा | दावा | कहना | बोले | बोलीं | बोला | कहते हैं |
    कहती हैं | स्पष्ट किया | जोर दिया | उन्होंने कहा`,
  ko: `말했다 | 밝혔다 | 전했다 | 강조했다 | 덧붙였다 | 설명했다 | 주장했다 | 말한다 | 밝혔습니다 | 말했습니다 | 지적했다 |
    언급했다 | 답했다 | 말했고 | 밝혔고 | 강조했고 | 설명했고 | 전했고 | 물었다 | 비판했다 | 토로했다 | 털어놨다 | 덧붙였습니다`,
};

/** Cues that are other common words too; only right after a closing mark ("…", so Müller; "…," kata Joko). */
const POST_ONLY: Record<string, string> = {
  de: "so",
  id: "kata | jelas | jelasnya | tegas | tegasnya | tambah | imbuh | sebut | papar | terang | bilang",
  fr: "dit | note | observe | lâche | glisse | souffle | tranche | résume",
  es: "cuenta | cita | citó",
  nl: "liet | legde | stelde | stelt",
  // "sa" is also the French possessive; "mener" also "lead" in Danish.
  no: "sa",
  sv: "sa",
  // Korean "했다" (did) closes every kind of clause; after a quotation (“…”고 했다) it reports speech.
  ko: "했다 | 했습니다",
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
  it: "aggiungendo | spiegando | sottolineando | dicendo",
  pl: "dodając | podkreślając | mówiąc | tłumacząc",
  uk: "додавши | наголосивши | зазначивши | підкресливши",
  nl: "zeggende",
  tr: "diyerek",
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
  pl: "według | zdaniem",
  uk: "за словами | на думку | як зазначив | як зазначила | як повідомив",
  cs: "podle",
  ro: "potrivit | potrivit lui | conform",
  no: "ifølge",
  da: "ifølge",
  sv: "enligt",
  el: "σύμφωνα με",
  vi: "theo",
  ar: "بحسب | حسب | وفقا ل | وبحسب | وحسب",
  he: "לדברי | לפי",
};

/**
 * Prepositions that, opening the sentence of a quotation, give whose view it is: "Pour la toxicologue,
 * « … »", "Para Ingrid Betancourt la solución está en “…”", "Für Müller ist klar: „…“". Read only at the
 * sentence start and only when the sentence has no reporting cue.
 */
const OPINION_LEADS: Record<string, string> = {
  en: "for", fr: "pour", es: "para", pt: "para", it: "per", de: "für", nl: "voor", pl: "dla", ca: "per a", ro: "pentru",
};
/** Opinion prepositions, lower-case (one word each; "per a" is read by its first word). */
export const OPINION_PREPS: ReadonlySet<string> = new Set(Object.values(OPINION_LEADS).map((w) => w.split(" ")[0]));

const POSTPS: Record<string, string> = { de: "zufolge", hu: "szerint", tr: "göre", fi: "mukaan", hi: "के अनुसार" };

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
