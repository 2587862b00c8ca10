// A short last paragraph above a "read also" line looks like a teaser to the block model; at the article
// region's end (held by the region under the keep threshold, or right after it: block-edge-sentences.ts)
// a block that reads as a sentence is the article's closing paragraph and stays. The pages are made up, shaped like scraped news pages.
import { describe, expect, it } from "vitest";
import { CLEAN_RULES, toWorkingDoc } from "../../pipeline/clean/index.ts";
import { paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";

const bodyOf = (text: string) => {
  const doc = runRules(toWorkingDoc("t.txt", text), CLEAN_RULES, "clean");
  return { body: paragraphs(doc).map((p) => p.text), doc };
};

const german = `Menü
Startseite  Politik  Wirtschaft  Sport  Kultur
Anmelden
Nordhafener Zeitung
Lokales
Neue Fähre verbindet die Inseln ab Mai
Von Jens Petersen
02.04.2024, 09:15 Uhr
Teilen
Facebook
WhatsApp
Die neue Fähre zwischen den beiden Nordseeinseln soll ab Anfang Mai im Stundentakt fahren. Das Schiff bietet Platz für rund 400 Fahrgäste und 60 Autos.
Die Reederei hatte das Schiff im vergangenen Jahr in einer Werft in Polen bauen lassen. Die Kosten lagen nach eigenen Angaben bei knapp 30 Millionen Euro.
„Damit wird die Verbindung deutlich zuverlässiger“, sagte ein Sprecher der Reederei am Dienstag. Bei Sturm musste die alte Fähre oft im Hafen bleiben.
Die Reederei will im Herbst ein zweites Schiff bestellen.
Lesen Sie auch: Hafengebühren steigen zum Sommer
Schlagwörter: Fähre, Inseln, Verkehr
© Nordhafener Zeitung 2024
Impressum  Datenschutz  Kontakt
`;

// The same shape with a deck, share buttons and a photo credit: the closing sentence scores inside the
// region, under the keep threshold.
const inner = `Menü
Suche
Startseite  Politik  Wirtschaft  Sport  Kultur  Panorama
Anmelden

Westfälischer Anzeiger

Politik
Kreistag beschließt neue Buslinien für das Umland
Kreistag beschließt neue Buslinien für das Umland
Nach langer Debatte sollen die Dörfer bis 2027 stündlich an die Kreisstadt angebunden werden.
Von Martin Vogel
14.03.2024, 17:42 Uhr
Teilen
Facebook
Twitter
WhatsApp
E-Mail
Foto: Sabine Roth/dpa
Der Kreistag hat am Montagabend mit knapper Mehrheit ein neues Busnetz für die Dörfer im Umland beschlossen. Dafür sind in den kommenden drei Jahren rund neun Millionen Euro vorgesehen.
Umstritten war vor allem die Frage, wer die Kosten für die neuen Haltestellen trägt. Mehrere Gemeinden fürchten, dass ihre Haushalte das nicht verkraften.
„Wir lassen die kleinen Orte nicht allein“, sagte Landrat Peter Kühn nach der Sitzung. Der Kreis werde die Gemeinden beim Bau unterstützen.
Die Opposition hielt den Zeitplan für zu ehrgeizig. Ihr Sprecher nannte das Vorhaben ein „Versprechen auf Pump“, das die Busfahrer nicht mitmachen würden.
Die ersten Linien sollen im Herbst starten.
Lesen Sie auch: Schülerticket wird teurer – was Eltern wissen müssen
Schlagwörter: Busverkehr, Kreistag, Umland
© Westfälischer Anzeiger 2024
Impressum  Datenschutz  Kontakt
`;

const polish = `Strona główna  Kraj  Świat  Biznes  Sport
Kurier Mazurski
Region
Nowa ścieżka rowerowa wokół jeziora gotowa
Autor: Anna Wiśniewska
Data publikacji: 14.06.2024, 10:20
Udostępnij
Facebook
Nowa ścieżka rowerowa wokół jeziora ma ponad 20 kilometrów długości i jest już otwarta dla mieszkańców oraz turystów.
Budowa trwała dwa lata i kosztowała około 15 milionów złotych, z czego większość pochodziła z funduszy unijnych.
Wzdłuż trasy powstały też trzy punkty widokowe i miejsca odpoczynku z ławkami.
Gmina planuje kolejne odcinki w przyszłym roku.
Zobacz także: Remont mostu na drodze wojewódzkiej
Tagi: rower, jezioro, turystyka
`;

describe("article-region: a closing sentence at the region's end", () => {
  const closing = (doc: ReturnType<typeof bodyOf>["doc"]) => doc.log.filter((e) => e.rule === "article-region" && /closing sentence/.test(e.reason ?? ""));
  it("keeps a short last paragraph just after the region, above a 'Lesen Sie auch' line (German; block-edge-sentences.ts)", () => {
    const { body } = bodyOf(german);
    expect(body).toContain("Die Reederei will im Herbst ein zweites Schiff bestellen.");
    expect(body.join(" ")).not.toMatch(/Lesen Sie auch|Schlagwörter|Impressum|Nordhafener Zeitung 2024/);
  });
  it("keeps one the region holds under the keep threshold", () => {
    const { body, doc } = bodyOf(inner);
    expect(body).toContain("Die ersten Linien sollen im Herbst starten.");
    expect(closing(doc).map((e) => e.reason)).toEqual([expect.stringMatching(/^closing sentence at the article region's end kept/)]);
  });
  it("keeps no footer sentence holding a boilerplate cue", () => {
    const page = german.replace("Lesen Sie auch: Hafengebühren steigen zum Sommer\n", "Abonnieren Sie unseren Newsletter für weitere Nachrichten.\n").replace("Die Reederei will im Herbst ein zweites Schiff bestellen.\n", "");
    expect(bodyOf(page).body.join(" ")).not.toMatch(/Newsletter/);
  });
  it("and in Polish, above 'Zobacz także'", () => {
    const { body } = bodyOf(polish);
    expect(body).toContain("Gmina planuje kolejne odcinki w przyszłym roku.");
    expect(body.join(" ")).not.toMatch(/Zobacz także|Tagi:/);
  });
});
