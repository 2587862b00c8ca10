// addSubjects builds the mention of a capitalised run only when mayNameOrg says it can name an
// organisation (it keeps no other kind). The test may only skip runs whose mention is not one:
// checked on hand-written runs and on random ones mixing names, organisation words, acronyms,
// titles, particles, connectors and sentence openers.
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { mayNameOrg, nameMention, runStartingAt } from "../../pipeline/quotes/mentions.ts";
import { tokenize } from "../../pipeline/quotes/text.ts";

const WORDS = [
  "Maria", "Lopez", "Zhao", "Lijian", "Van", "van", "der", "de", "Ministry", "of", "the", "Health", "Foreign", "Office", "Police",
  "Department", "NASA", "UN", "EU", "CEO", "President", "Minister", "Spokesman", "Secretary", "State", "However", "But", "The",
  "Reuters", "Inc.", "Corp", "Bank", "Bank's", "Smith's", "J.", "U.S.", "SEE", "MORE", "and", "said", "Police,", "Health:", "(AP)",
];
const mention = (phrase: string) => {
  const ts = tokenize(phrase);
  const run = runStartingAt(ts, 0);
  return { run, m: run.length ? nameMention(run, []) : null };
};

describe("mayNameOrg", () => {
  it("tells people from possible organisations", () => {
    expect(mayNameOrg(mention("Maria Lopez said").run)).toBe(false);
    expect(mention("Ministry of Health officials").m?.kind).toBe("org");
    expect(mayNameOrg(mention("Ministry of Health officials").run)).toBe(true);
    expect(mayNameOrg(mention("NASA said").run)).toBe(true);
  });

  it("never skips a run whose mention is an organisation", () => {
    const r = rng(61);
    let orgs = 0;
    for (let k = 0; k < 20000; k++) {
      const phrase = Array.from({ length: 1 + Math.floor(r() * 6) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ");
      const { run, m } = mention(phrase);
      if (m?.kind !== "org") continue;
      orgs++;
      expect([phrase, mayNameOrg(run)]).toEqual([phrase, true]);
    }
    expect(orgs).toBeGreaterThan(1000);
  });
});
