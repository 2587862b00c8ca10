// The quote stage's audit rows: one "decided" row per quotation naming the attribution rule that gave
// its speaker (or why it has none), over the raw lines of the quotation's paragraphs.
import { describe, expect, it } from "vitest";
import { clean } from "../../pipeline/clean/index.ts";
import { extract } from "../../pipeline/extract/index.ts";
import { ingestBytes } from "../../pipeline/ingest/index.ts";
import { extractQuotes, type SpeakerDecision } from "../../pipeline/quotes/index.ts";

const decide = (body: string) => {
  const decisions: SpeakerDecision[] = [];
  const quotes = extractQuotes({ id: "a1", body, language: "en" }, { decisions });
  return { quotes, decisions };
};

describe("speaker decisions", () => {
  it("names the rule for a cue after, a carry-over, a colon label and a quotation nobody is given", () => {
    const body = [
      "“The bridge will reopen before the winter comes,” Maria Lopez said on Monday.",
      "“We expect the ferries to run again by the end of the week.”",
      "The council met again on Friday to discuss the repairs.",
      "Tom Hardy:",
      "“The repairs will cost far more than anybody had planned for.”",
      "The old road along the river has been shut to all traffic for months now.",
      "Signs on the old road, put up in the spring after the floods, read “closed until further notice by order of the county”.",
    ].join("\n\n");
    const { quotes, decisions } = decide(body);
    expect(decisions.map((d) => [d.via, quotes.find((q) => q.quote_id === d.quote_id)?.speaker])).toEqual([
      ["cue-after", "Maria Lopez"],
      ["carry-over", "Maria Lopez"],
      ["colon-label", "Tom Hardy"],
      ["none", null],
    ]);
    expect(decisions[0].reason).toMatch(/reporting cue "said" after the quotation/u);
    expect(decisions[3].reason).toMatch(/no reporting cue/u);
  });

  it("says why a cue found nobody", () => {
    const { quotes, decisions } = decide("“Nobody will be allowed to cross the bridge until the engineers are done,” the statement said.");
    expect(quotes[0].speaker).toBeNull();
    expect(decisions[0].via).toBe("cue-after");
    expect(decisions[0].reason).toMatch(/no speaker/u);
  });

  it("adds one audit row per quotation to the record, over the quotation's raw lines", () => {
    const text = [
      "# Bridge to reopen",
      "",
      "The county said on Monday that the old bridge over the river would reopen to traffic soon.",
      "",
      "“The bridge will reopen before the winter comes,” Maria Lopez said on Monday.",
      "",
      "Engineers have worked on the bridge since the spring floods damaged two of its piers badly.",
    ].join("\n");
    const ing = ingestBytes("t.txt", new TextEncoder().encode(text));
    if (!ing.ok) throw new Error("ingest failed");
    const out = extract(clean(ing.doc));
    if (!out.ok) throw new Error("extract failed");
    const rows = out.value.audit.filter((r) => r.field === "speaker");
    expect(rows).toHaveLength(out.value.quotes.length);
    expect(rows[0]).toMatchObject({ stage: "extract", rule: "quote-cue-after", action: "decided", first_line: 5, last_line: 5 });
    expect(rows[0].text).toMatch(/→ Maria Lopez: The bridge will reopen/u);
    expect(out.value.audit.map((r) => r.seq)).toEqual(out.value.audit.map((_, i) => i));
  });
});
