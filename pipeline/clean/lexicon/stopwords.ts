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
};

export const STOPWORDS: ReadonlySet<string> = new Set(Object.values(LISTS).flatMap((s) => s.split(" ")));

/** Grammatical particles of Japanese, counted per character where words are not spaced. */
export const CJK_PARTICLES = "のはがをにでとたもへやか、。";
