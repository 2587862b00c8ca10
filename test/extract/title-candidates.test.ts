// Which lines become title candidates and how they read: list marks and ornament rules taken off, a
// "Kicker / Headline" cut, an '@' between words kept, captions and photo credits left out whatever their
// shape, and a page's only top heading offered when the article's start was put above it. Pages written
// for these tests, in several languages and scripts.
import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { hasCaptionWords, isCaptionOrCredit } from "../../pipeline/extract/caption-marks.ts";
import { afterTrailLabel } from "../../pipeline/extract/lexicon/trail-labels.ts";
import { candidateText, headlineAndDeck, headlineShaped, isTermList, personLine, quotedSentence, title, TITLE_FEATURES, titleCandidates, undoubled, withoutKickerRepeat } from "../../pipeline/extract/rules/title.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted ten years.";
const prose2 = "Work is to start in the spring, and the crossing will stay open to walkers and cyclists while the crews are on site.";
const docOf = (lines: string[], start: number, wrap?: number) => {
  const d = toWorkingDoc("t.txt", lines.join("\n"));
  if (wrap) (d as { wrapWidth: number | null }).wrapWidth = wrap;
  d.article = { start, end: lines.length - 1 };
  return d;
};
const texts = (lines: string[], start: number, wrap?: number) => titleCandidates(docOf(lines, start, wrap)).map((c) => c.text);
const titleOf = (lines: string[], start: number, wrap?: number) => runRules(docOf(lines, start, wrap), [title], "extract").captured.title;

describe("candidate text", () => {
  it("takes off the list mark a renderer printed, so the last item of a breadcrumb list can be the headline", () => {
    expect(candidateText("  • Rat stimmt für den Neubau der Brücke")).toBe("Rat stimmt für den Neubau der Brücke");
    expect(candidateText(" 5. Rat stimmt für den Neubau der Brücke")).toBe("Rat stimmt für den Neubau der Brücke");
    expect(candidateText("5.  **Rat stimmt für den Neubau der Brücke**")).toBe("Rat stimmt für den Neubau der Brücke");
    expect(candidateText("-   [Council votes to rebuild the bridge](https://example.org/bridge)")).toBe("Council votes to rebuild the bridge");
    // A number at the margin with one space is the headline's own word.
    expect(candidateText("2. Bundesliga: Aufsteiger gewinnt das Derby")).toBe("2. Bundesliga: Aufsteiger gewinnt das Derby");
  });

  it("takes off a date a text browser printed on the headline's line, and keeps a headline that opens with a number", () => {
    expect(candidateText("1. März 2022 Rat stimmt für den Neubau der alten Brücke")).toBe("Rat stimmt für den Neubau der alten Brücke");
    expect(candidateText("3 mars 2021 Le conseil vote la reconstruction du pont")).toBe("Le conseil vote la reconstruction du pont");
    expect(candidateText("2021-03-03 „Die Brücke bleibt offen“, sagt der Bürgermeister")).toBe("„Die Brücke bleibt offen“, sagt der Bürgermeister");
    for (const t of ["2. Bundesliga: Aufsteiger gewinnt das Derby", "12. März 2022 Rat tagt", "1. März 2022 und die Folgen für die Stadt", "2019 war ein Jahr der Rekorde"])
      expect(candidateText(t), t).toBe(t);
  });

  it("takes off a breadcrumb's 'you are here' label in several languages, leaving the trail to be cut", () => {
    expect(afterTrailLabel("Sie sind hier: Startseite")).toBe("Startseite");
    expect(afterTrailLabel("Vous êtes ici : Accueil")).toBe("Accueil");
    expect(afterTrailLabel("当前位置：首页")).toBe("首页");
    expect(afterTrailLabel("Вы здесь: Главная")).toBe("Главная");
    expect(afterTrailLabel("Council votes: bridge to be rebuilt")).toBe(null);
    expect(candidateText("You are here: Home > News > Council votes to rebuild the bridge")).toBe("Council votes to rebuild the bridge");
    expect(candidateText("Jesteś tutaj: StronaGłównaWiadomości")).toBe("StronaGłównaWiadomości");
    expect(headlineShaped(candidateText("Sie sind hier"))).toBe(false);
  });

  it("takes a headline printed twice in a row (an image's alt text beside the link) once, and keeps short repeats", () => {
    expect(undoubled("Stadtrat beschließt neue Brücke über den FlussStadtrat beschließt neue Brücke über den Fluss")).toBe("Stadtrat beschließt neue Brücke über den Fluss");
    expect(undoubled("Le conseil vote la reconstruction du pont Le conseil vote la reconstruction du pont")).toBe("Le conseil vote la reconstruction du pont");
    for (const t of ["Bye bye", "Sorry Sorry", "New York, New York", "Council votes to rebuild the bridge"]) expect(undoubled(t), t).toBe(t);
    const w3m = ["Stadt Nachrichten", "", "Rat stimmt für den Neubau der BrückeRat stimmt für den Neubau der Brücke", "", prose, "", prose2];
    expect(texts(w3m, 4, 99)).toContain("Rat stimmt für den Neubau der Brücke");
    expect(titleOf(w3m, 4, 99)).toBe("Rat stimmt für den Neubau der Brücke");
  });

  it("takes off a kicker printed again at the end of its headline, and keeps a headline that merely repeats a word", () => {
    expect(withoutKickerRepeat("Spanien: Neue Regeln für die Einreise Spanien")).toBe("Spanien: Neue Regeln für die Einreise");
    expect(withoutKickerRepeat("Consultation : Fermeture du pont sur la Loire Consultation")).toBe("Consultation : Fermeture du pont sur la Loire");
    for (const t of ["Bayern: Bayern schlägt Bayern", "Council votes to rebuild the bridge", "Brücke: Rat stimmt für den Neubau", "Brücke: Rat stimmt für den Neubau der alten Brücke", "Bridge: council votes to rebuild the old bridge"])
      expect(withoutKickerRepeat(t), t).toBe(t);
    const w3m = ["Reisen und Verkehr", "", "Spanien: Neue Regeln für die Einreise Spanien", "", prose, "", prose2];
    expect(titleOf(w3m, 4, 99)).toBe("Spanien: Neue Regeln für die Einreise");
  });

  it("measures how much of a line the article uses away from the paragraph under it (a headline's words recur, a section heading's stay below it), in Markdown only", () => {
    const md = [
      "# Stadtrat beschließt Neubau der Brücke",
      "",
      "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss neu zu bauen.",
      "",
      "## Wetterdienst warnt vor Sturmböen",
      "",
      "Der Wetterdienst warnt für Donnerstag vor Sturmböen im ganzen Land.",
      "",
      "Die Arbeiten an der Brücke beginnen im Frühjahr, sagte der Stadtrat.",
    ];
    const far = (lines: string[], wrap?: number) =>
      Object.fromEntries(titleCandidates(docOf(lines, 2, wrap)).map((c) => [c.text, c.features[TITLE_FEATURES.indexOf("farOverlap")]]));
    const m = far(md);
    expect(m["Stadtrat beschließt Neubau der Brücke"]).toBe(0.5);
    expect(m["Wetterdienst warnt vor Sturmböen"]).toBe(0);
    // A text dump carries no heading marks: the signal is left out there.
    const w3m = far(md.map((l) => l.replace(/^#+ /, "")), 99);
    expect(w3m["Stadtrat beschließt Neubau der Brücke"]).toBe(0);
  });

  it("marks a line holding a person's name, with a short given name or after a lead-in, as such", () => {
    for (const t of ["Alice Wu", "Maria Schmidt", "Von Maria Schmidt", "By Jane Doe", "Jean Dupont"]) expect(personLine(t), t).toBe(true);
    for (const t of ["Council votes", "Die alte Brücke"]) expect(personLine(t), t).toBe(false);
    const w3m = ["Council votes to rebuild the bridge", "", "Alice Wu", "", prose, "", prose2];
    const name = titleCandidates(docOf(w3m, 4, 99)).find((c) => c.text === "Alice Wu");
    expect(name?.features[TITLE_FEATURES.indexOf("person")]).toBe(1);
  });

  it("marks a quoted sentence or a quotation with its speaker after a comma, not a headline quoting a phrase", () => {
    for (const t of ["\"We will rebuild the bridge this year.\"", "„Die Brücke wird im Frühjahr gebaut.“", "“We have to close the bridge”, the mayor said on Monday", "«No hay dinero para el puente», indicó el alcalde", "„Wir bauen neu“, sagt der Bürgermeister"])
      expect(quotedSentence(t), t).toBe(true);
    for (const t of ["«Gute Löhne alleine reichen nicht»", "Mayor: \"The bridge will stay open\"", "Council votes to rebuild the bridge", "Warum „Heimat“ kein Ort ist"]) expect(quotedSentence(t), t).toBe(false);
    const w3m = ["Council votes to rebuild the bridge", "", "„Wir müssen die Brücke sperren“, sagte der Bürgermeister am Montag", "", prose, "", prose2];
    const q = titleCandidates(docOf(w3m, 4, 99)).find((c) => c.text.startsWith("„Wir müssen"));
    expect(q?.features[TITLE_FEATURES.indexOf("quotedSentence")]).toBe(1);
  });

  it("takes off rules drawn with symbols around a headline", () => {
    expect(candidateText("━━━━━━━━━━ Les élus votent la reconstruction du pont")).toBe("Les élus votent la reconstruction du pont");
    expect(candidateText("■ 市议会投票决定重建大桥 ■")).toBe("市议会投票决定重建大桥");
  });

  it("keeps an '@' set between words, not a handle or an e-mail address", () => {
    expect(headlineShaped("KI @ China: Wie Kliniken Daten nutzen")).toBe(true);
    expect(headlineShaped("Follow @examplenews for updates")).toBe(false);
    expect(headlineShaped("Write to desk@example.org today")).toBe(false);
  });

  it("offers a headline without a short lead-in set off by a slash", () => {
    const lines = ["# „Endlich Klarheit“ / Rat stimmt für den Neubau der Brücke", "", prose, "", prose2];
    const d = docOf(lines, 2);
    const cut = titleCandidates(d).find((c) => c.text === "Rat stimmt für den Neubau der Brücke");
    expect(cut?.features[TITLE_FEATURES.indexOf("cutHead")]).toBe(1);
    // A long part before the slash is part of the headline.
    expect(texts(["# The council, the mayor and the river board / a bridge for the town", "", prose, "", prose2], 2)).not.toContain("a bridge for the town");
  });
});

describe("a kicker closed by a colon", () => {
  it("offers the headline without a short lead-in set off by a colon, and keeps the whole line", () => {
    const got = texts(["Klimaschutz: Bohren, bis es heiß wird", "", prose, "", prose2], 2);
    expect(got).toContain("Klimaschutz: Bohren, bis es heiß wird");
    expect(got).toContain("Bohren, bis es heiß wird");
    // A longer part before the colon is the headline's own words.
    expect(texts(["Was die Stadt vom Rat erwartet: eine neue Brücke", "", prose, "", prose2], 2)).not.toContain("eine neue Brücke");
  });
});

describe("captions and credits are never candidates", () => {
  it("reads caption words in several languages and scripts", () => {
    for (const t of [
      "Demonstranten vor dem Rathaus (Symbolbild)",
      "Le maire (à droite) et la préfète sur le pont",
      "Anna Nowak (z lewej) i Jan Kowalski",
      "Иван Петров (слева) и Пётр Сидоров",
      "El alcalde (izq.) y la ministra",
      "Foto de archivo de la plaza mayor",
      "资料图：北京的一座大桥",
    ])
      expect(hasCaptionWords(t), t).toBe(true);
    for (const t of ["Council votes to rebuild the bridge", "Kanzler (SPD) will Reform", "Product (R) recall widened", "Plan (B) for Europe"]) expect(hasCaptionWords(t), t).toBe(false);
  });

  it("tells a caption or credit line from a headline that names a picture or an agency", () => {
    for (const t of ["Foto: Max Muster/dpa", "Abb.: Collage der Redaktion", "新华社记者 李明 摄", "사진=홍길동 기자", "写真＝共同", "The mayor on the bridge (Picture by Jane Doe)"])
      expect(isCaptionOrCredit(t), t).toBe(true);
    for (const t of ["Photos: scenes from the harbour festival", "Reuters journalist freed after two years", "Bild: Kanzler plant Reform", "电影拍摄完成 演员回到北京", "Image de marque : comment les PME se vendent"])
      expect(isCaptionOrCredit(t), t).toBe(false);
  });

  it("reads a caption closed by its credit after a sentence end or a separator", () => {
    for (const t of [
      "Der neue Bürgermeister vor dem Rathaus in Kassel. - Foto: Max Muster",
      "Students queue for the last rooms in town | Photo: Jane Doe",
      "La alcaldesa durante la visita al puerto. Foto: Ana Pérez",
      "Мэр города на открытии моста. Фото: Иван Петров",
      "Kessmann im Gespräch mit Pflegekräften.Foto: Anna Beispiel",
      "Residents clear the rubble in Kharkiv on Monday. Photo by Jane Doe",
      "Le maire devant l'hôtel de ville. Photo par Jean Dupont",
    ])
      expect(isCaptionOrCredit(t), t).toBe(true);
    for (const t of ["Why this photo: the story behind the picture", "The best photo: A year in pictures", "Photo by photo: How the city rebuilt its bridge", "Kein Foto: Warum die Polizei Bilder verbietet", "Council votes to rebuild the bridge"])
      expect(isCaptionOrCredit(t), t).toBe(false);
  });

  it("marks the copy of a caption printed again with its credit, and the smallest headings", () => {
    const w3m = ["Council votes to rebuild the bridge", "", "[bridge]", "Workers on the old bridge in March", "", "Workers on the old bridge in March. Jane Doe / Example Agency", "", prose, "", prose2];
    const d = docOf(w3m, 7, 99);
    const copy = titleCandidates(d).find((c) => c.text === "Workers on the old bridge in March");
    expect(copy?.features[TITLE_FEATURES.indexOf("captionCopy")]).toBe(1);
    expect(titleCandidates(d).find((c) => c.text === "Council votes to rebuild the bridge")?.features[TITLE_FEATURES.indexOf("captionCopy")]).toBe(0);
    const md = ["# Council votes to rebuild the bridge", "", "##### Workers on the old bridge", "", prose, "", prose2];
    const small = titleCandidates(docOf(md, 4)).find((c) => c.text === "Workers on the old bridge");
    expect(small?.features[TITLE_FEATURES.indexOf("h5")]).toBe(1);
  });

  it("never takes a tagline or menu run of short terms for a headline", () => {
    for (const t of ["Kabarett | Satire | Lesungen", "Reisen – Essen – Wohnen – Leben", "Noticias · Deportes · Cultura", "Kultur - Top Blog - Gesellschaft"]) expect(isTermList(t), t).toBe(true);
    for (const t of ["Paris – Berlin: the night train is back", "Council votes to rebuild the bridge | City News", "Mayor – a portrait", "Wahl 2024 – Die Ergebnisse aus allen Wahlkreisen"])
      expect(isTermList(t), t).toBe(false);
    const w3m = ["Kabarett | Satire | Lesungen", "", "Council votes to rebuild the bridge", "", prose, "", prose2];
    expect(texts(w3m, 4, 99)).not.toContain("Kabarett | Satire | Lesungen");
  });

  it("does not take a headline the caption opens with, or shares its first words with, for the caption's copy", () => {
    const copy = (lines: string[], text: string) =>
      titleCandidates(docOf(lines, lines.length - 3, 99)).find((c) => c.text === text)?.features[TITLE_FEATURES.indexOf("captionCopy")];
    const opens = ["Apple crumble with oats and cinnamon", "", "[crumble]", "Apple crumble with oats and cinnamon - a warm dessert for cold days with a crisp top! Photo: Jane Doe", "", prose, "", prose2];
    expect(copy(opens, "Apple crumble with oats and cinnamon")).toBe(0);
    const shares = ["Mayor Jane Smith-Jones's plan should guide the region's other towns", "", "[mayor]", "Mayor Jane Smith-Jones speaks at the town hall on Monday (Photo: John Doe)", "", prose, "", prose2];
    expect(copy(shares, "Mayor Jane Smith-Jones's plan should guide the region's other towns")).toBe(0);
  });

  it("takes the headline, not a caption standing between an image and its credit", () => {
    const w3m = ["Stadt Nachrichten", "", "Rat stimmt für den Neubau der alten Brücke", "", "bruecke-abend.jpg", "", "Die alte Brücke am Abend (Symbolbild)", "", "Foto: Max Muster", "", prose, "", prose2];
    expect(texts(w3m, 10, 99)).not.toContain("Die alte Brücke am Abend (Symbolbild)");
    expect(titleOf(w3m, 10, 99)).toBe("Rat stimmt für den Neubau der alten Brücke");
  });
});

describe("a top heading below a misplaced article start", () => {
  const notice = "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu analysieren, bitte stimmen Sie zu.";
  it("offers the page's only level-1 heading when it stands below the article's first paragraphs", () => {
    const md = ["[Start](/) [Politik](/politik)", "", notice, "", notice, "", notice, "", "# Rat stimmt für den Neubau der alten Brücke", "", prose, "", prose2];
    const d = docOf(md, 2);
    const c = titleCandidates(d).find((x) => x.text === "Rat stimmt für den Neubau der alten Brücke");
    expect(c?.features[TITLE_FEATURES.indexOf("h1")]).toBe(1);
    expect(c?.features[TITLE_FEATURES.indexOf("inArticle")]).toBe(1);
  });

  it("offers the page's only level-1 heading however far above the article it stands", () => {
    const menu = Array.from({ length: 150 }, (_, k) => `Ein Beitrag aus der Liste Nummer ${k + 1}`);
    const md = ["# Rat stimmt für den Neubau der alten Brücke", "", ...menu.flatMap((m) => [m, ""]), prose, "", prose2];
    expect(texts(md, md.length - 3)).toContain("Rat stimmt für den Neubau der alten Brücke");
    // Not a second top heading: then neither is the page's one headline.
    const two = ["# Stadt Nachrichten", "", "# Rat stimmt für den Neubau der alten Brücke", "", ...menu.flatMap((m) => [m, ""]), prose, "", prose2];
    expect(texts(two, two.length - 3)).not.toContain("Rat stimmt für den Neubau der alten Brücke");
  });

  it("does not reach down when a level-1 heading stands above, nor in a text dump", () => {
    const md = ["# Stadt Nachrichten", "", notice, "", notice, "", notice, "", "# Rat stimmt für den Neubau der alten Brücke", "", prose, "", prose2];
    expect(texts(md, 2)).not.toContain("Rat stimmt für den Neubau der alten Brücke");
    const w3m = ["Stadt Nachrichten", "", notice, "", notice, "", notice, "", "# Rat stimmt für den Neubau der alten Brücke", "", prose, "", prose2];
    expect(texts(w3m, 2, 130)).not.toContain("Rat stimmt für den Neubau der alten Brücke");
  });

  it("offers a line below the article's first paragraphs that has its date or byline next to it", () => {
    const headline = "Rat stimmt für den Neubau der alten Brücke";
    // The date under the headline, or a deck between them and the byline under the deck.
    for (const under of [["12. März 2021, 11:49"], ["Die Arbeiten sollen im Frühjahr beginnen, teilte die Stadt mit.", "", "Von Anna Schmidt"]]) {
      const w3m = ["Stadt Nachrichten", "", notice, "", notice, "", notice, "", notice, "", headline, "", ...under, "", prose, "", prose2];
      const c = titleCandidates(docOf(w3m, 2, 130)).find((x) => x.text === headline);
      expect(c?.features[TITLE_FEATURES.indexOf("inArticle")]).toBe(1);
    }
    // The date above it.
    const above = ["Stadt Nachrichten", "", notice, "", notice, "", notice, "", "12. März 2021", "", headline, "", prose, "", prose2];
    expect(texts(above, 2, 130)).toContain(headline);
    // Neither a line without a date near it, nor an indented one (a quoted post), nor one past the paragraphs searched.
    const bare = ["Stadt Nachrichten", "", notice, "", notice, "", notice, "", notice, "", headline, "", prose, "", prose2];
    expect(texts(bare, 2, 130)).not.toContain(headline);
    const quoted = ["Stadt Nachrichten", "", notice, "", notice, "", notice, "", notice, "", "    " + headline, "", "12. März 2021, 11:49", "", prose];
    expect(texts(quoted, 2, 130)).not.toContain(headline);
    const deep = ["Stadt Nachrichten", "", ...Array.from({ length: 12 }, () => [notice, ""]).flat(), headline, "", "12. März 2021, 11:49", "", prose];
    expect(texts(deep, 2, 130)).not.toContain(headline);
  });
});

describe("decks", () => {
  const headline = "Council approves the new housing plan for the east side";
  const deck = "Five thousand homes in five years, with work to start in the spring, the first tenants in 2027 and a new school by the river";
  const under = (lines: string[], text: string, wrap?: number) =>
    titleCandidates(docOf(lines, lines.length - 3, wrap)).find((c) => c.text === text)?.features[TITLE_FEATURES.indexOf("underHeadline")];

  it("tells a deck under its headline: a sentence's length under a headline of five words or more", () => {
    expect(headlineAndDeck(headline, deck)).toBe(true);
    // A kicker or a section label over a headline, a headline over a short subtitle, a sentence over a deck: no pair.
    expect(headlineAndDeck("Housing plan", headline)).toBe(false);
    expect(headlineAndDeck(headline, "Work starts in the spring")).toBe(false);
    expect(headlineAndDeck("The council met on Tuesday evening.", deck)).toBe(false);
    expect(headlineAndDeck("council approves the new housing plan", deck)).toBe(false);
  });

  it("marks the deck under its headline, in a text dump (one wrapped line above counts) and in Markdown, and not under a dateline or a glued line", () => {
    const page = ["City News", "", headline, "", deck, "", "By Jane Doe", "", prose, "", prose2];
    expect(under(page, deck, 99)).toBe(1);
    expect(under(page, headline, 99)).toBe(0);
    expect(under(page, deck)).toBe(1);
    const wrapped = ["City News", "", "Council approves the new housing plan for the east side after", "a long night of debate", "", deck, "", prose, "", prose2];
    expect(under(wrapped, deck, 62)).toBe(1);
    const dated = ["City News", "", "12 March 2021 Council approves the new housing plan", "", deck, "", prose, "", prose2];
    expect(under(dated, deck, 99)).toBe(0);
    const glued = ["City News", headline, deck, "", prose, "", prose2];
    expect(under(glued, deck, 99)).toBe(0);
  });
});

describe("one-word headlines", () => {
  it("offers a lone word standing as its own paragraph or as a top heading, marked as such", () => {
    const w3m = ["  • Startseite", "  • Rezepte", "", "Mandelplätzchen", "", "12. Dezember 2021 · von Anna", "", prose, "", prose2];
    const c = titleCandidates(docOf(w3m, 7, 99)).find((x) => x.text === "Mandelplätzchen");
    expect(c?.features[TITLE_FEATURES.indexOf("oneWord")]).toBe(1);
    const md = ["[Blog](/) [Archiv](/archiv)", "", "# Nebelsuppe.", "", prose, "", prose2];
    expect(texts(md, 4)).toContain("Nebelsuppe.");
  });

  it("leaves out a lone word inside a menu or a run of lines, a short label and a link", () => {
    const w3m = ["Startseite", "Mandelplätzchen", "Kontakt", "", "News", "", "  • Weihnachtsgebäck", "", prose, "", prose2];
    const got = texts(w3m, 8, 99);
    for (const t of ["Mandelplätzchen", "News", "Weihnachtsgebäck"]) expect(got).not.toContain(t);
    const md = ["[Weihnachtsgebäck](/rezepte/weihnachten)", "", prose, "", prose2];
    expect(texts(md, 2)).not.toContain("Weihnachtsgebäck");
  });

  it("takes a lone word over a headline of its own for that headline's section label", () => {
    const w3m = ["  • Photo of the Day", "", "Environment", "", "Council votes to rebuild the old stone bridge", "", prose, "", prose2];
    const got = texts(w3m, 6, 99);
    expect(got).not.toContain("Environment");
    expect(got).toContain("Council votes to rebuild the old stone bridge");
  });
});
