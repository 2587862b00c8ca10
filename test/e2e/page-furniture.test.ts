// End to end on hand-written pages with the furniture around scraped articles that the per-rule tests
// see only one piece at a time: a labelled tag line under the story (which must go to `tags`, not stay in
// the body or become a related headline), a first paragraph the page split mid-sentence, a Dutch
// "03-12-26, 14:05" stamp, briefs of one or two sentences and a list article (which must be records).
// Each page goes through ingest → clean → extract → validate; the pages are written for this test, not
// taken from any site.
import { describe, expect, it } from "vitest";
import { articleOfPage as article } from "../helpers/hand-written-page.ts";
import type { Article } from "../../schemas/article.ts";

interface Page {
  name: string;
  lines: string[];
  want: Partial<Pick<Article, "title" | "subtitle" | "language" | "published_date" | "published_time" | "authors" | "tags" | "related_headlines">> & {
    bodyStarts: string;
    bodyEnds: string;
    paragraphs: number;
  };
}

const PAGES: Page[] = [
  {
    name: "English: a first paragraph split mid-sentence under a caption with its credit",
    lines: [
      "Home > News > Local",
      "Council votes to rebuild the old stone bridge",
      "By Sarah Jones and Tom Reid",
      "Published 3 December 2026, 14:05",
      "Workers inspect the bridge on Monday. Photo: John Smith/Northern Herald",
      "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted",
      "more than a decade between residents and the county.",
      "Work is expected to begin in the spring and take about eighteen months, the council said.",
      '"This bridge is the heart of our town," said Mayor Helen Clarke. "We could not let it fall down."',
      "Related: County approves new budget for roads",
      "© 2026 The Northern Herald. All rights reserved.",
    ],
    want: {
      title: "Council votes to rebuild the old stone bridge", published_date: "2026-12-03", published_time: "14:05", authors: ["Sarah Jones", "Tom Reid"],
      related_headlines: ["County approves new budget for roads"],
      bodyStarts: "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted more than a decade",
      bodyEnds: "We could not let it fall down.\"", paragraphs: 3,
    },
  },
  {
    name: "German: a tag line after a related-article block in a text dump",
    lines: [
      "Startseite Politik Wirtschaft Sport Kultur",
      "Stadt testet kostenlose Busse am Wochenende",
      "Von Thomas Müller",
      "03.12.2026, 14:05 Uhr",
      "Die Stadt will ab Januar testen, ob kostenlose Busse am Wochenende mehr Menschen zum Umsteigen bewegen. Das hat der Stadtrat am Dienstag beschlossen.",
      "Der Versuch kostet nach Angaben der Verwaltung rund zwei Millionen Euro im Jahr, die aus dem Haushalt des Verkehrsamts kommen.",
      "Die Opposition hält das Geld für besser angelegt in häufigeren Takten auf den Linien in die Vororte.",
      "Mehr zum Thema",
      "Straßenbahn-Tarife steigen 2027",
      "Schlagwörter: Verkehr, Bus, Stadtrat",
    ],
    want: {
      title: "Stadt testet kostenlose Busse am Wochenende", language: "de", published_date: "2026-12-03", published_time: "14:05", authors: ["Thomas Müller"],
      tags: ["Verkehr", "Bus", "Stadtrat"], related_headlines: ["Straßenbahn-Tarife steigen 2027"],
      bodyStarts: "Die Stadt will ab Januar", bodyEnds: "in die Vororte.", paragraphs: 3,
    },
  },
  {
    name: "Italian: a tag line inside the article's last lines",
    lines: [
      "Home | Cronaca | Politica | Economia | Sport | Cultura",
      "Il Comune approva il nuovo piano per le piste ciclabili",
      "di Marco Bianchi",
      "3 dicembre 2026 ore 14:05",
      "Il consiglio comunale ha approvato martedì sera il piano per le nuove piste ciclabili, che prevede dodici chilometri di percorsi protetti entro il 2028.",
      "Secondo l'assessore alla mobilità, i lavori partiranno a marzo e riguarderanno prima di tutto le strade vicino alle scuole della città.",
      "L'opposizione ha votato contro, sostenendo che il piano toglie troppi parcheggi nel centro storico e nei quartieri commerciali.",
      "Tag: mobilità, bici, consiglio comunale",
    ],
    want: {
      title: "Il Comune approva il nuovo piano per le piste ciclabili", language: "it", published_date: "2026-12-03", published_time: "14:05", authors: ["Marco Bianchi"],
      tags: ["mobilità", "bici", "consiglio comunale"], bodyStarts: "Il consiglio comunale", bodyEnds: "nei quartieri commerciali.", paragraphs: 3,
    },
  },
  {
    name: "Dutch: a day-month-two-digit-year stamp with its time",
    lines: [
      "Nieuws Sport Show Regio",
      "Kabinet trekt extra geld uit voor woningbouw",
      "Marieke Jansen",
      "03-12-26, 14:05 Laatste update: 16:20",
      "Het kabinet trekt volgend jaar één miljard euro extra uit voor de bouw van betaalbare woningen. Dat maakte de minister dinsdag bekend.",
      "Gemeenten kunnen vanaf maart een aanvraag indienen bij het Rijk, dat de aanvragen in de zomer beoordeelt.",
      "Woningcorporaties reageren positief, maar zeggen dat het geld niet genoeg is om het tekort op te lossen.",
    ],
    want: {
      title: "Kabinet trekt extra geld uit voor woningbouw", language: "nl", published_date: "2026-12-03", published_time: "14:05", authors: ["Marieke Jansen"],
      bodyStarts: "Het kabinet trekt", bodyEnds: "het tekort op te lossen.", paragraphs: 3,
    },
  },
  {
    name: "Japanese: a two-sentence brief under its headline and date",
    lines: ["ニュース", "東京で初雪", "2026年12月3日", "東京都心で3日、初雪が観測された。平年より早い。"],
    want: { title: "東京で初雪", language: "ja", published_date: "2026-12-03", bodyStarts: "東京都心で3日", bodyEnds: "平年より早い。", paragraphs: 1 },
  },
  {
    name: "Hindi: a one-sentence brief under a two-entry menu",
    lines: ["होम | देश", "दिल्ली में पहली बर्फबारी", "3 दिसंबर 2026", "मौसम विभाग ने कहा कि अगले दो दिनों तक ठंड बढ़ेगी।"],
    want: { title: "दिल्ली में पहली बर्फबारी", language: "hi", published_date: "2026-12-03", bodyStarts: "मौसम विभाग", bodyEnds: "ठंड बढ़ेगी।", paragraphs: 1 },
  },
  {
    name: "English: a list article whose only sentence is the list's lead-in",
    lines: ["Ten things to do this weekend", "December 3, 2026", "Here is our pick of what to do in the city this weekend:",
      "- Visit the winter market in the old square", "- See the new exhibition at the national gallery", "- Take a walk along the river path"],
    want: { title: "Ten things to do this weekend", published_date: "2026-12-03", bodyStarts: "Here is our pick", bodyEnds: "- Take a walk along the river path", paragraphs: 4 },
  },
  {
    name: "Spanish: a headline with its deck under it, then the byline",
    lines: [
      "Portada Nacional Internacional Deportes Cultura",
      "El Ayuntamiento aprueba un plan de vivienda asequible",
      "El plan prevé construir 5.000 pisos de alquiler en cinco años en los barrios del sur",
      "Laura García",
      "Madrid, 03 dic 2026 - 14:05 CET",
      "El pleno del Ayuntamiento aprobó el martes un plan para construir 5.000 viviendas de alquiler asequible en los próximos cinco años.",
      "Según la concejala de Urbanismo, las primeras obras comenzarán en primavera en los barrios del sur de la ciudad.",
    ],
    want: {
      title: "El Ayuntamiento aprueba un plan de vivienda asequible", subtitle: "El plan prevé construir 5.000 pisos de alquiler en cinco años en los barrios del sur",
      published_date: "2026-12-03", authors: ["Laura García"], bodyStarts: "El pleno del Ayuntamiento", bodyEnds: "sur de la ciudad.", paragraphs: 2,
    },
  },
  {
    name: "German: a short kicker over the headline stays a kicker",
    lines: [
      "Startseite Politik Wirtschaft Sport Kultur",
      "Kommentar zur Wahl",
      "Die neue Bürgermeisterin und ihr Bündnis müssen jetzt liefern",
      "Von Thomas Müller",
      "03.12.2026, 14:05 Uhr",
      "Die Wahl ist entschieden, und die neue Bürgermeisterin hat eine klare Mehrheit im Rat hinter sich. Nun beginnt die eigentliche Arbeit.",
      "Die Opposition hat angekündigt, jeden Haushaltsposten genau zu prüfen, bevor sie zustimmt.",
    ],
    want: {
      title: "Die neue Bürgermeisterin und ihr Bündnis müssen jetzt liefern", published_date: "2026-12-03", authors: ["Thomas Müller"],
      bodyStarts: "Die Wahl ist entschieden", bodyEnds: "bevor sie zustimmt.", paragraphs: 2,
    },
  },
];

describe("hand-written pages with tag lines, split paragraphs and local stamps, end to end", () => {
  for (const page of PAGES) {
    it(page.name, () => {
      const a = article(page);
      const { bodyStarts, bodyEnds, paragraphs, ...fields } = page.want;
      for (const [field, value] of Object.entries(fields)) expect(a[field as keyof Article], field).toEqual(value);
      expect(a.body.startsWith(bodyStarts), `body starts: ${a.body.slice(0, 80)}`).toBe(true);
      expect(a.body.endsWith(bodyEnds), `body ends: ${a.body.slice(-80)}`).toBe(true);
      expect(a.paragraph_count).toBe(paragraphs);
    });
  }
});
