// The most frequent function words of several languages, merged into one set. Running prose is full of
// them; menus, link lists and captions have few. Only the density matters, so a word shared by two
// languages does no harm. Lower-case.
const LISTS: Record<string, string> = {
  en: "the of and to a in is that for it on was with he as at by be this are from or have an they which not but his her had were has been their we will would there can all its she who one you more said also than into after about after over when what out up so if do no our them i my me your just only could should may",
  de: "der die das und ist nicht sich mit den dem des ein eine einer eines auf auch als an aus bei bis dass da durch für hat haben hatte im in ist kann mehr nach noch nur oder sie sind so über um und uns vom von vor war wie wir wird werden zu zum zur",
  fr: "le la les de des du et est un une il elle en que qui dans pour pas par sur au aux avec ce ces cette se son sa ses ont été sont mais plus ou où nous vous leur leurs comme tout aussi",
  es: "el la los las de del y en que es un una por con para no se su sus al lo como más pero ha han fue son este esta está también entre sobre sin hasta desde muy ya",
  pt: "o a os as de do da dos das e em que é um uma por com para não se seu sua ao na no nas nos como mais mas foi são este esta também entre sobre sem até pelo pela já muito",
  it: "il lo la i gli le di del della dei e è un una per con non che si su al alla nel nella come più ma sono anche tra questo questa",
  nl: "de het een en van in is dat op te met voor niet zijn die er aan ook als bij door om maar nog wordt worden naar dan hij zij",
  ru: "и в не на что с по как это он она они к из у за от о же так но для был была было были то его её их все еще уже бы при только",
  id: "yang dan di ke dari ini itu untuk dengan tidak ada dalam pada akan juga atau karena oleh sebagai mereka kita kami bisa sudah lebih telah",
  pl: "i w na z nie się to że do jest o jak po od za ale co tak przez jego jej są był była było oraz dla",
  tr: "ve bir bu da de için ile çok daha gibi olan olarak ama ne var",
  sv: "och i att det som en på är av för med till den har de inte om ett han hon men",
  // more of the languages most used by news sites (a prose block in them had no stop words to count)
  no: "og i det som en på er av for med til den har de ikke om et han hun men at var seg kan skal",
  da: "og i at det som en på er af for med til den har de ikke om et han hun men var sig kan skal",
  fi: "ja on ei se että oli hän kun myös mutta tai kuin ovat ole sen jo ne mukaan joka",
  cs: "a v se na je že s z do o to i k ve by jako pro ale za po jsou bylo byl také jeho její který která které",
  sk: "a v sa na je že s z do o to i k vo by ako pre ale za po sú bolo bol aj jeho jej ktorý ktorá ktoré",
  hu: "a az és hogy nem is egy meg van de csak már még mint volt ez azt ki el lesz után szerint",
  ro: "și în de la a cu pe care că nu se din o un este pentru au fost mai sau dar lui ale",
  hr: "i u je na se da za od su kao ali ili što to koji koja koje bio bila bilo iz sa te nije",
  uk: "і в на не що з як це до за від та у його її їх він вона вони був була було були також але для й",
  bg: "и в на не да се за от с че е като по са това той тя те беше бяха ще",
  el: "και το της του η ο να σε με για από τα την των στο στην που θα είναι δεν οι ένα μια",
  ar: "في من على إلى أن عن مع هذا هذه التي الذي كان قد لا ما بين بعد كما أو ذلك",
  fa: "و در به از که این را با است برای آن یک تا می هم شده بود کرد",
  he: "של את על עם לא זה היא הוא כי גם אבל או כל יותר אל היה",
  hi: "के का की है में और को से पर यह कि भी एक ने हैं था थी तो ही नहीं",
  vi: "và của là các có được cho những trong một người không đã với này đến khi từ",
  ca: "el la els les de del i en que és un una per amb no es al com més però ha han va",
};

export const STOPWORDS: ReadonlySet<string> = new Set(Object.values(LISTS).flatMap((s) => s.split(" ")));

/** Grammatical particles of Japanese, counted per character where words are not spaced. */
export const CJK_PARTICLES = "のはがをにでとたもへやか、。";
