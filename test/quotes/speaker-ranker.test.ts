// The speaker ranker's candidates and signals, and how a model's choice is published: the names around
// a quotation plus "no speaker", with the colon and dash links, the same-sentence and cue signals, and
// the threshold under which the top name is not published.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";
import { chooseSpeaker, SPEAKER_FEATURES, type SpeakerCandidate, type SpeakerModel } from "../../pipeline/quotes/speaker-ranker.ts";

const f = (name: string) => SPEAKER_FEATURES.indexOf(name as (typeof SPEAKER_FEATURES)[number]);
const candidatesOf = (body: string, language = "en") => {
  const out: SpeakerCandidate[][] = [];
  extractQuotes({ id: "a1", body, language }, { onCandidates: (_q, c) => out.push(c) });
  return out;
};
const byName = (cs: SpeakerCandidate[], name: string | null) => cs.find((c) => c.name === name)!;

describe("speaker candidates", () => {
  it("reads a cue in the same sentence and the rules' choice", () => {
    const [cs] = candidatesOf("Officials met on Sunday. “The bridge will reopen before winter comes,” Maria Lopez told reporters after Tom Hardy left.");
    const maria = byName(cs, "Maria Lopez");
    expect(maria.features[f("isRules")]).toBe(1);
    expect(maria.features[f("before")]).toBe(0);
    expect(maria.features[f("sameSentence")]).toBe(1);
    expect(maria.features[f("subject")]).toBe(1);
    const tom = byName(cs, "Tom Hardy");
    expect(tom.features[f("cueBetween")]).toBe(1);
    expect(tom.features[f("isRules")]).toBe(0);
    expect(tom.features[f("subject")]).toBe(0);
    expect(byName(cs, null).features[f("isNull")]).toBe(1);
  });

  it("tells a name written at the cue from a pronoun the rules resolved", () => {
    const [cs] = candidatesOf("Maria Lopez arrived at the bridge on Monday. “It will reopen before the winter comes,” she said.");
    const maria = byName(cs, "Maria Lopez");
    expect(maria.features[f("isRules")]).toBe(1);
    expect(maria.features[f("isRulesResolved")]).toBe(1);
    expect(maria.features[f("isRulesCue")]).toBe(0);
  });

  it("links a name to its quotation by a colon before it or a dash after it", () => {
    const [colon] = candidatesOf("Tom Hardy, the county engineer: “The repairs will cost far more than anybody planned.”");
    expect(byName(colon, "Tom Hardy").features[f("colonLink")]).toBe(1);
    const [dash] = candidatesOf("– Naprawa będzie kosztować znacznie więcej, niż ktokolwiek planował – powiedział Tomasz Nowak.", "pl");
    expect(byName(dash, "Tomasz Nowak").features[f("dashLink")]).toBe(1);
  });

  it("lists the previous speaker and the names two paragraphs back, not further", () => {
    const body = [
      "Anna Berg opened the meeting in the town hall.",
      "“The bridge will reopen before the winter comes,” Maria Lopez said on Monday.",
      "The council met again on Friday to discuss it.",
      "Tom Hardy was there too.",
      "“Nobody has told us anything about the cost of all those repairs,” a resident said.",
    ].join("\n\n");
    const cs = candidatesOf(body)[1];
    expect(cs.map((c) => c.name)).toEqual(expect.arrayContaining(["Tom Hardy", "Maria Lopez", null]));
    expect(cs.map((c) => c.name)).not.toContain("Anna Berg");
    expect(byName(cs, "Maria Lopez").features[f("isPrevious")]).toBe(1);
  });
});

describe("chooseSpeaker", () => {
  const k = SPEAKER_FEATURES.length;
  const model = (w: Partial<Record<(typeof SPEAKER_FEATURES)[number], number>>, threshold: number): SpeakerModel => ({
    features: [...SPEAKER_FEATURES],
    mean: new Array(k).fill(0),
    std: new Array(k).fill(1),
    weights: SPEAKER_FEATURES.map((n) => w[n] ?? 0),
    threshold,
  });
  const cand = (name: string | null, set: Partial<Record<(typeof SPEAKER_FEATURES)[number], number>>): SpeakerCandidate => ({
    name,
    role: null,
    features: SPEAKER_FEATURES.map((n) => set[n] ?? 0),
  });
  const cs = [cand("A", { sameSentence: 1 }), cand("B", {}), cand(null, { isNull: 1 })];

  it("publishes the top name when its probability clears the threshold", () => {
    expect(cs[chooseSpeaker(cs, model({ sameSentence: 3 }, 0.5))].name).toBe("A");
  });

  it("keeps no speaker when the top name is unsure", () => {
    expect(cs[chooseSpeaker(cs, model({ sameSentence: 0.2 }, 0.5))].name).toBeNull();
  });

  it("applies a model inside extractQuotes and says so in the decision", () => {
    const body = "“The repairs will cost far more than anybody had planned,” Maria Lopez said after Tom Hardy left.";
    const decisions: { via: string; reason: string }[] = [];
    // A model that trusts nothing but the "no speaker" candidate.
    const qs = extractQuotes({ id: "a1", body, language: "en" }, { model: model({ isNull: 5 }, 0.9), decisions: decisions as never });
    expect(qs[0].speaker).toBeNull();
    expect(decisions[0].via).toBe("ranker");
  });
});
