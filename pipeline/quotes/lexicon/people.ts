// Words that tell who a mention is: pronouns (to resolve to a person named before), titles that precede a
// name ("Prime Minister", "Präsident", "Presiden"), words that make a name an organisation ("Ministry",
// "Institute"), document nouns that stand for their issuer ("the statement said"), and the small words
// that sit between a speaker and a cue ("X later said", "X had said"). Lower-case, many languages.
const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Personal pronouns that can be the subject of a reporting verb; value: who they can stand for. */
export const PRONOUNS: ReadonlyMap<string, "person" | "group" | "any"> = new Map([
  ...[...set("he she him her er sie il elle él ella ele ela он она він вона ia beliau dia hij zij lui lei han hon hän on ona αυτός αυτή ông bà")].map((w) => [w, "person"] as const),
  ...[...set("they it its ils elles ellos ellas eles elas они вони mereka es ze loro")].map((w) => [w, "group"] as const),
]);

/** Person pronouns that say the person's gender (not "sie" or "zij", which are also "they"). */
export const PRONOUN_GENDER: ReadonlyMap<string, "male" | "female"> = new Map([
  ...[...set("he him il él ele lui он він han ông")].map((w) => [w, "male"] as const),
  ...[...set("she her elle ella ela lei она вона hon bà")].map((w) => [w, "female"] as const),
]);

/** Capitalised titles and offices that precede a name and are not part of it. */
export const TITLE_WORDS = set(`
  president vice prime minister secretary spokesman spokeswoman spokesperson attorney general governor senator sen. rep. representative
  congressman congresswoman chancellor mayor judge justice chairman chairwoman chair director ceo cfo coo cto chief executive officer
  commissioner ambassador envoy leader head dr. dr prof. prof professor mr. mr mrs. mrs ms. ms miss sir lord lady dame king queen prince
  princess pope cardinal bishop rev. reverend father sheikh captain capt. colonel col. lt. lieutenant sgt. sergeant gen. general adm.
  admiral commander coach manager deputy assistant associate press speaker councillor councilman councilwoman sheriff inspector
  superintendent detective agent founder co-founder cofounder chancellor treasurer counsel analyst economist strategist editor
  correspondent host anchor judge senior junior team foreign defence defense interior finance health justice state acting former
  u.s. us uk u.k. eu un federal national chinese russian american british french german indian israeli palestinian australian
  presiden wakil menteri gubernur bupati walikota kapolri kapolda kepala ketua direktur juru bicara jubir ông bà
  chủ giám thủ phó
  keuangan pertahanan kesehatan pendidikan perdagangan perhubungan pertanian agama sekretaris
  präsident präsidentin kanzler kanzlerin ministerin bürgermeister bürgermeisterin sprecher sprecherin chef chefin
  président présidente ministre porte-parole directeur directrice maire premier première
  presidente ministro ministra secretario secretaria portavoz alcalde alcaldesa director directora diretor diretora porta-voz prefeito
  президент премьер министр глава председатель губернатор мэр спикер представитель директор пресс-секретарь
  titular mandatario mandataria diputado diputada senador senadora fiscal juez jueza gobernador gobernadora intendente vocero vocera
  presidenta expresidente expresidenta canciller jefe jefa subsecretario subsecretaria comisario comisaria coronel doctor doctora
  deputado deputada vereador vereadora juiz juíza delegado delegada governadora senadora ex-presidente
  député députée sénateur sénatrice procureur procureure professeur professeure docteur
  sindaco sindaca deputato deputata senatore senatrice premier onorevole
  prezydent prezydentka premier poseł posłanka rzecznik rzeczniczka wiceminister wicepremier prezes prezeska burmistrz wojewoda
  marszałek senator senatorka dyrektor dyrektorka minister ministra
  министра депутат посол мэра губернатора премьер-министр вице-премьер глава
  міністр міністра президента прем'єр-міністр прем’єр-міністр речник речниця голова депутат посол губернатор мер очільник
  burgemeester woordvoerder voorzitter directeur staatssecretaris
  statsminister ordfører leder direktør talsperson
  bakan bakanı cumhurbaşkanı başkanı başkan sözcüsü
  thủ tướng bộ trưởng chủ tịch tổng bí thư giám đốc phó`);

/**
 * Endings of compound titles written as one word (German, Dutch, Scandinavian: "Bundesverkehrsminister",
 * "Oberstaatsanwalt", "CDU-Chefin", "statsminister"): a capitalised word ending in one is a title.
 */
export const COMPOUND_TITLE_ENDINGS = set(`
  minister ministerin präsident präsidentin kanzler kanzlerin chef chefin sprecher sprecherin anwalt anwältin direktor direktorin
  vorsitzende vorsitzender leiter leiterin trainer trainerin bürgermeister bürgermeisterin senator senatorin abgeordnete abgeordneter
  sekretär sekretärin kommissar kommissarin botschafter botschafterin gouverneur experte expertin forscher forscherin professor
  professorin vorstand beauftragte beauftragter woordvoerder voorzitter burgemeester ordfører talsperson`);

/** Words that make a capitalised name an organisation, not a person. */
export const ORG_WORDS = set(`
  ministry department office commission committee council agency authority institute institution university college school
  association federation union league party government administration court police army military navy force forces bank fund
  foundation group company corporation corp. corp inc. inc ltd. ltd llc plc co. holdings securities equities capital partners
  productions media network times post news press journal tribune herald guardian gazette telegraph reuters bloomberg xinhua tass
  nasa fbi cia who nato opec kremlin pentagon parliament congress senate house assembly embassy consulate service services center
  centre laboratory lab labs observatory hospital clinic board bureau organisation organization society trust alliance coalition
  movement front brigade command ministerium regierung amt behörde partei ministère gouvernement ministerio gobierno ministério
  governo министерство правительство кремль kementerian pemerintah polri kpk tni
  comisión comision congreso senado cámara camara consejo secretaría fiscalía policía universidad instituto fundación asociación
  organización agencia tribunal corte juzgado servicio partido movimiento federación confederación sindicato empresa banco
  cooperativa ayuntamiento municipalidad alcaldía gobernación diario radio canal televisión cadena relevamiento ejército armada
  organismo entidad organisme órgão ente
  congresso senado câmara conselho secretaria polícia universidade fundação associação organização agência tribunal supremo
  serviço partido federação sindicato empresa prefeitura exército
  commission conseil assemblée sénat cour ministère préfecture mairie université institut fondation association organisation
  agence parti syndicat entreprise banque police gendarmerie armée
  ministerium bundesregierung regierung landesregierung behörde amt gericht bundesgericht gericht polizei staatsanwaltschaft
  universität institut stiftung verband verein partei gewerkschaft unternehmen bank konzern präsidialamt bundestag landtag
  ministero governo parlamento comune regione procura tribunale polizia università istituto fondazione associazione partito
  ministerstwo rząd sejm senat sąd prokuratura policja uniwersytet instytut fundacja stowarzyszenie partia związek urząd
  міністерство уряд рада верховна суд прокуратура поліція університет інститут фонд партія служба
  министерство госдума дума суд прокуратура полиция университет институт фонд партия служба
  ministerie regering kabinet gemeente rechtbank politie universiteit stichting partij
  departemen kementerian kepolisian universitas lembaga badan partai komisi dewan`);

/** Nouns standing for whoever issued them ("the statement said" = the organisation that issued it). */
export const DOCUMENT_NOUNS = set(`
  statement report release letter post note filing complaint ruling memo study survey communique communiqué tweet announcement
  erklärung mitteilung bericht communiqué déclaration rapport comunicado informe nota relatório заявление сообщение pernyataan laporan
  document documento dokument texte texto resolución resolução résolution decreto décret decree indictment acusación dokumen документ`);

/** Small words between a speaker and the cue, skipped when reading the speaker ("X later said", "X has also said"). */
export const SKIPPABLE = set(`
  has have had also later then previously earlier once again further recently repeatedly already still would will could
  reportedly twice simply just quickly tearfully angrily calmly bluntly flatly publicly privately proudly emphatically
  himself herself themselves hat habe hatte auch später dann bereits aussi ensuite déjà ha también luego ya também depois já
  тогда также ранее уже juga pun lalu kemudian telah sudah pernah ra ra. saw swt saw. radhiyallahu radiallohu anhu anha`);

/** Prepositions after which a capitalised name is not the subject ("Dylan Nelson, at the Max Planck Institute"). */
export const PREPOSITIONS = set(`
  of at for via from in on with to by about into under over between against per than as like toward towards through during
  von bei für aus mit zu über gegen de du des à au aux pour par avec en sur del con para por em do da dos das na no
  в на с о об от для при из у di dari ke pada untuk dengan oleh van voor met bij
  ante tras hacia hasta desde sobre entre sin contra durante mediante contre chez sans sous vers depuis pendant avant après
  malgré entre
  w we z ze do od po przez dla przy u za pod nad przed podczas według
  во со к по за под над перед через після під над перед через від до для при з із у в на
  v ve ke ze při pro od k za nach während nel nella sul sulla dal dalla per tra fra com sem sob após
  ved til fra med hos under efter etter för från till vid av på`);

/** Lower-case words that join parts of one personal name ("Van Der Beek", "bin Al-Khaththab", "de la Cruz"). */
export const NAME_PARTICLES = set("van der den de del della di da dos das du la le von zu bin binti ibn al el abu ter ten y");

/** Articles and determiners that open a noun phrase ("the official", "a spokesperson", "one user"). */
export const DEFINITE = set("the der die das le la les el los las o os a este esta этот эта");
export const INDEFINITE = set("a an one some another several two three many ein eine einer un une uno una um uma один одна seorang salah");

/** Words that may open a sentence in capitals without being a name. */
export const SENTENCE_OPENERS = set(`
  the a an but and or so yet in on at for to from with by as if when while after before since although though because however
  this that these those there here it its his her their our my your we you they he she i what who why how where which
  meanwhile also still then now today yesterday tomorrow last next earlier later according during despite under over about
  mr mrs ms dr such many most some several all both each every no not only even just more much other another
  critically indeed instead moreover furthermore separately similarly finally ultimately nevertheless nonetheless notably
  importantly overall again asked speaking writing
  der die das ein eine und aber in im am auf mit für le la les un une et mais dans en el la los las un una y pero en o os e mas
  auch zugleich dabei damit daher deshalb außerdem zudem jedoch doch trotzdem inzwischen nun dann als wie noch schon erst gestern
  heute morgen dort hier später zuvor bisher derzeit allerdings immerhin laut nach
  cómo como qué que cuándo cuando dónde donde algunos algunas otros otras este esta estos estas ese esa eso aquí allí ahora
  hoy ayer además sin también tampoco luego después antes mientras entonces así incluso sobre ante tras hacia hasta desde
  durante según pues sí no nada todo todos todas cada muchos muchas había hay es son fue era está están
  alors ainsi puis ensuite aujourd'hui hier demain cependant pourtant toutefois donc car parce quand comme pour contre chez
  sans sous vers depuis pendant avant après entre malgré selon il elle ils elles nous vous ce cette ces cet
  ainda também hoje ontem depois antes agora então assim porém contudo quando onde como para segundo
  oggi ieri anche ancora poi quindi però inoltre quando dove come questo questa
  dziś wczoraj także również jednak ale gdy kiedy jak też potem teraz według
  сегодня вчера завтра также однако но когда как при по про после перед теперь кроме это этот эта
  сьогодні вчора завтра також однак проте але коли як при по про після перед тепер це цей ця тому
  vandaag gisteren ook maar toen nu daarna i dag også men når nå
  hari kemarin namun tetapi saat ketika kini sebelumnya`);

/** Nouns for people the text does not name; "the man said" stays unnamed rather than borrowing a name. */
export const GENERIC_PEOPLE = set(`
  man woman men women person people boy girl child children user users commenter commenters resident residents witness witnesses
  patient patients passenger passengers neighbour neighbor neighbours neighbors protester protesters demonstrator demonstrators
  voter voters fan fans student students worker workers customer customers viewer viewers reader readers source sources officer officers
  mann frau homme femme hombre mujer homem mulher мужчина женщина warga`);

/** Endings of nouns for a person's office or trade (Romance, English, German): "funcionario", "analista", "toxicologue". */
export const AGENT_NOUN_ENDINGS = "ario aria ista ador adora idor idora ente enta ante eur euse iste ier ière ologist ologue ólogo óloga ologo ologa".split(" ");
