// Pins related-links: a "See also:" lead-in (word list in several languages) followed by link-only
// lines, or an inline "Related article: [Headline](url)", is removed and the headlines go to
// related_headlines. A lead with no link after it stays, and so does prose that merely contains the
// words — including lines over 2000 characters, which are never lead-ins (a cheap filter).
import { describe, expect, it } from "vitest";
import { relatedLinks } from "../../../pipeline/clean/rules/related-links.ts";
import { kept, logOf, removed, run } from "./run.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute.";

describe("related-links", () => {
  it("removes a 'See also:' block with its link lines and keeps the headlines", () => {
    const page = [
      prose, // 1
      "", // 2
      "**See also:**", // 3
      "- [Bridge closed to lorries after inspection](https://news.example.org/a/1)", // 4
      "", // 5
      "- [Mayor defends repair budget](https://news.example.org/a/2)", // 6
      "Residents will be able to cross on a temporary footbridge while the work goes on.", // 7 stops the block
    ];
    const doc = run(page, [relatedLinks]);
    expect(doc.captured.related_headlines).toEqual(["Bridge closed to lorries after inspection", "Mayor defends repair budget"]);
    expect(removed(doc)).toEqual([3, 4, 5, 6].map((n) => [n, "related-links", "boilerplate"]));
    expect(logOf(doc, "related-links")).toEqual([
      { action: "captured", field: "related_headlines", first_line: 4, last_line: 4, reason: "linked after 'see also'", text: "Bridge closed to lorries after inspection" },
      { action: "captured", field: "related_headlines", first_line: 6, last_line: 6, reason: "linked after 'see also'", text: "Mayor defends repair budget" },
      {
        action: "removed", field: null, first_line: 3, last_line: 6, reason: "'see also' block with 2 link(s)",
        text: "**See also:** / - [Bridge closed to lorries after inspection](https://news.example.org/a/1) / - [Mayor defends repair budget](https://news.example.org/a/2)",
      },
    ]);
    expect(kept(doc)).toEqual([prose, page[6]]);
  });

  it("removes an inline 'Related article: [Headline](url)' line", () => {
    const doc = run([prose, "Related article: [Engineers warn of cracks in river wall](https://news.example.org/a/3)"], [relatedLinks]);
    expect(doc.captured.related_headlines).toEqual(["Engineers warn of cracks in river wall"]);
    expect(removed(doc)).toEqual([[2, "related-links", "boilerplate"]]);
    expect(logOf(doc, "related-links").map((e) => [e.action, e.reason])).toEqual([
      ["captured", "linked after 'related article'"],
      ["removed", "related-article link"],
    ]);
  });

  it("reads lead-ins in other languages, full-width colon included", () => {
    const doc = run(
      [
        "Lesen Sie auch: [Brücke wird neu gebaut](https://example.de/b)", // 1
        "Читайте также:", // 2
        "[Мост закроют на ремонт](https://example.ru/m)", // 3
        "相关新闻：[大桥将重建](https://example.cn/q)", // 4
      ],
      [relatedLinks],
    );
    expect(doc.captured.related_headlines).toEqual(["Brücke wird neu gebaut", "Мост закроют на ремонт", "大桥将重建"]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3, 4]);
    expect(logOf(doc, "related-links").filter((e) => e.action === "removed").map((e) => e.reason)).toEqual([
      "related-article link",
      "'читайте также' block with 1 link(s)",
      "related-article link",
    ]);
  });

  it("takes at most five links after one lead-in", () => {
    const links = [1, 2, 3, 4, 5, 6].map((k) => `- [Story number ${k}](https://news.example.org/s/${k})`);
    const doc = run(["Read more", ...links], [relatedLinks]);
    expect(doc.captured.related_headlines).toEqual([1, 2, 3, 4, 5].map((k) => `Story number ${k}`));
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(kept(doc)).toEqual([links[5]]);
  });

  it("keeps a lead-in with no link after it, and a line of several links", () => {
    const page = ["Read more:", prose, "Related: [Bridge](https://example.org/1) and [Budget](https://example.org/2)"];
    const doc = run(page, [relatedLinks]);
    expect(removed(doc)).toEqual([]);
    expect(doc.captured.related_headlines).toEqual([]);
  });

  it("keeps long prose that contains 'see also', and a lead-in-like line over 2000 characters", () => {
    const longProse =
      "Critics of the plan, who see also the cost of the temporary footbridge as a waste of money, said the council had not explained why the old bridge could not be repaired instead. " +
      "They pointed to a survey carried out five years ago which found that most of the stonework was sound.";
    const filler = "The engineers' report runs to many pages and describes every arch of the bridge in detail. ";
    const huge = `See also: ${filler.repeat(Math.ceil(2100 / filler.length))}`.trim();
    expect(huge.length).toBeGreaterThan(2000);
    const page = [longProse, "[Bridge closed to lorries after inspection](https://news.example.org/a/1)", huge, "[Mayor defends repair budget](https://news.example.org/a/2)"];
    const doc = run(page, [relatedLinks]);
    expect(removed(doc)).toEqual([]);
    expect(kept(doc)).toEqual(page);
    expect(doc.captured.related_headlines).toEqual([]);
    expect(logOf(doc, "related-links")).toEqual([]);
  });
});

describe("related-links in a text dump (no link markup)", () => {
  it("takes headline-shaped lines after a lead-in that only introduces other articles", () => {
    const page = [
      prose, // 1
      "", // 2
      "Related", // 3
      "", // 4
      "  • Bridge closed to lorries after inspection", // 5
      "  • Mayor defends repair budget", // 6
      "", // 7
      "Residents will be able to cross on a temporary footbridge while the work goes on.", // 8 stops the block
    ];
    const doc = run(page, [relatedLinks]);
    expect(doc.captured.related_headlines).toEqual(["Bridge closed to lorries after inspection", "Mayor defends repair budget"]);
    expect(removed(doc).map(([n]) => n)).toEqual([3, 4, 5, 6]);
    expect(logOf(doc, "related-links").at(-1)?.reason).toBe("'related' block with 2 headline(s), 2 without link markup");
  });

  it("reads the lead-ins of other languages", () => {
    for (const lead of ["Читайте также", "Lees ook", "Czytaj także", "यह भी पढ़ें", "관련기사", "Xem thêm"]) {
      const doc = run([prose, "", lead, "Bridge closed to lorries after inspection", "", prose], [relatedLinks]);
      expect(doc.captured.related_headlines, lead).toEqual(["Bridge closed to lorries after inspection"]);
    }
  });

  it("takes a related item's date line under its headline into the block", () => {
    const doc = run([prose, "", "Related", "", "Mayor defends repair budget", "", "28 November 2026", "", "Bridge closed to lorries after inspection", "", prose], [relatedLinks]);
    expect(doc.captured.related_headlines).toEqual(["Mayor defends repair budget", "Bridge closed to lorries after inspection"]);
    expect(removed(doc).map(([n]) => n)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it("stops at the article's own date line under an empty related block", () => {
    const doc = run([prose, "", "Similar posts", "", "Published: 22 August 2012", "Filed under: Archive, Family", "", prose], [relatedLinks]);
    expect(doc.captured.related_headlines).toEqual([]);
    expect(kept(doc)).toContain("Published: 22 August 2012");
    const de = run([prose, "", "Ähnliche Beiträge", "", "Veröffentlicht: 22. August 2012", "", prose], [relatedLinks]);
    expect(kept(de)).toContain("Veröffentlicht: 22. August 2012");
  });

  it("stops at interface labels and two-word section labels", () => {
    const doc = run([prose, "", "More on this story", "Storm warning issued for weekend", "Share this story", "Top stories", "Minister resigns over expenses row"], [relatedLinks]);
    expect(doc.captured.related_headlines).toEqual(["Storm warning issued for weekend"]);
  });

  it("leaves plain lines after 'Read more' (it also ends a teaser), sentences, and pages with link markup", () => {
    expect(run([prose, "Read more", "Bridge closed to lorries after inspection"], [relatedLinks]).captured.related_headlines).toEqual([]);
    expect(run([prose, "See also", "the council said the bridge would reopen in spring."], [relatedLinks]).captured.related_headlines).toEqual([]);
    const marked = run(["[Home](https://news.example.org/)", prose, "See also", "Bridge closed to lorries after inspection"], [relatedLinks]);
    expect(marked.captured.related_headlines).toEqual([]);
  });
});

describe("related-links inline with other separators", () => {
  it("takes 'Lead-in » headline', 'Lead-in | headline' and lead-ins of more languages", () => {
    for (const line of [
      "À lire aussi » Pourquoi le pont ferme cet été",
      "Read also | Bridge closed to lorries after inspection",
      "LE PUEDE INTERESAR: El puente cerrará en verano",
      "Dowiedz się więcej: Most zostanie zamknięty latem",
      "Lea también → El alcalde defiende el presupuesto",
    ]) {
      const doc = run([prose, "", line, "", prose], [relatedLinks]);
      expect(doc.captured.related_headlines, line).toHaveLength(1);
      expect(kept(doc), line).toEqual([prose, prose]);
    }
  });

  it("leaves a line whose words before the separator are no lead-in", () => {
    const line = "Politics » The council voted to rebuild the bridge";
    expect(kept(run([prose, "", line], [relatedLinks]))).toContain(line);
  });
});

describe("related-links: the singular 'related article' lead and 'read more' in Hebrew and Hungarian", () => {
  it("removes the lines and keeps their headlines", () => {
    const doc = run(
      [
        "Artículo relacionado: [La inflación baja por tercer mes](#)", // 1
        "קראו עוד: מחירי הדירות ממשיכים לעלות", // 2
        "Kapcsolódó: Drágul a bérlet januártól", // 3
      ],
      [relatedLinks],
    );
    expect(doc.captured.related_headlines).toEqual(["La inflación baja por tercer mes", "מחירי הדירות ממשיכים לעלות", "Drágul a bérlet januártól"]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3]);
  });

  it("reads a lead whose bold closes after its separator, and a thumbnail card (picture, then a link) under a lead", () => {
    const doc = run(
      [
        "**À lire aussi »** [Ballonnements : quel est votre profil digestif ?](https://x.test/a)", // 1
        "", // 2
        "Mirá también", // 3
        "", // 4
        "![Fernando Gray y la interna del Frente](https://x.test/img.jpg)", // 5
        "", // 6
        "[](/politica/fernando-gray)", // 7
        "", // 8
        "La interna también tiene su capítulo carcelario.", // 9
      ],
      [relatedLinks],
    );
    expect(doc.captured.related_headlines).toEqual(["Ballonnements : quel est votre profil digestif ?", "Fernando Gray y la interna del Frente"]);
    expect(kept(doc)).toEqual(["La interna también tiene su capítulo carcelario."]);
    expect(logOf(doc, "related-links").find((e) => e.action === "captured" && e.first_line === 5)?.reason).toBe("card after 'mirá también'");
  });
});

