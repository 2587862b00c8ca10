// related-links runs a cheap filter (mayBeLead) before stripping a line's markup to compare it with
// the lead-ins. The filter may only rule out lines that cannot be lead-ins: checked on hand-written
// lines and on random ones built around the lead-ins (links, images, emphasis, headings, entities,
// escapes, quoted link titles, colons, letters whose lower case depends on context).
import { describe, expect, it } from "vitest";
import { rng } from "../../helpers/rng.ts";
import { mayBeLead } from "../../../pipeline/clean/rules/related-links.ts";
import { RELATED_LEADS } from "../../../pipeline/clean/lexicon/related.ts";
import { stripInlineMarkdown } from "../../../pipeline/text/markdown.ts";

const LEADS = new Set(RELATED_LEADS);
const isLead = (t: string) => LEADS.has(stripInlineMarkdown(t).trim().toLowerCase().replace(/\s*[:：]\s*$/, ""));

const pick = <T,>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const casings = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0].toUpperCase() + s.slice(1)];
const WRAPS = [
  (l: string) => l,
  (l: string) => `**${l}:**`,
  (l: string) => `${l}:`,
  (l: string) => `${l} ：`,
  (l: string) => `## ${l}`,
  (l: string) => `_${l}_`,
  (l: string) => `[${l}](https://news.example.org/a/very/long/address/that/goes/on/and/on?with=query&and=more)`,
  (l: string) => `[${l}](https://news.example.org/a "A title (with a bracket) that is long enough")`,
  (l: string) => `![a long description of a photograph of the harbour at dawn](https://img.example.org/x.jpg) ${l}:`,
  (l: string) => `[![logo](https://img.example.org/logo.png)](https://example.org) ${l}`,
  (l: string) => `<https://example.org/a/long/address/that/is/kept/as/text> ${l}`,
  (l: string) => `${l}&nbsp;:`,
  (l: string) => `\\*${l}\\*`,
  (l: string) => `${l}   \u00a0 :`,
];
const NOISE = ["", " ", "x", "Σ", "İ", "\u212a", "é", "日", "😀", "\ud800", "(", ")", "[", "]", "!", '"', "<", ">", "&", "#", "*", "_", ":", "—"];

describe("related-links filter", () => {
  it("passes lead-ins in any markup and rules out long linked headlines", () => {
    for (const t of ["**See also:**", "[See also](https://example.org/a/long/address/of/the/page)", "Читайте также:", "相关新闻", "## Read more"])
      expect([t, isLead(t), mayBeLead(t)]).toEqual([t, true, true]);
    for (const t of [
      "[Engineers warn of cracks in the river wall after the flood](https://news.example.org/a/3)",
      "- [Mayor defends the repair budget](https://news.example.org/a/2)",
      "[Barron's](https://www.barrons.com)",
    ])
      expect([t, mayBeLead(t)]).toEqual([t, false]);
  });

  it("never rules out a line that is a lead-in", () => {
    const r = rng(21);
    let leads = 0;
    for (let k = 0; k < 20000; k++) {
      const lead = pick(r, casings)(pick(r, RELATED_LEADS));
      const core = r() < 0.7 ? lead : lead.replace(/ /g, pick(r, [" ", "  ", "\u00a0", "** **"]));
      const t = `${r() < 0.2 ? pick(r, NOISE) : ""}${pick(r, WRAPS)(core)}${r() < 0.2 ? pick(r, NOISE) : ""}`.trim();
      if (!isLead(t)) continue;
      leads++;
      expect([t, mayBeLead(t)]).toEqual([t, true]);
    }
    expect(leads).toBeGreaterThan(5000);
  });
});
