// spellingsIn walks a line for a name's spellings where a pattern compiled per name used to run (V8
// spent more compiling it, Unicode classes and all, than running it): the walk must find exactly what
// that pattern finds. Compared with the pattern on made-up lines built around names, on random strings
// of letters, joints and address marks, and on the bench pages' lines where ../shared/bench is present.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { spellingsIn } from "../../pipeline/extract/rules/outlet/spelling.ts";
import { rng } from "../helpers/rng.ts";
import { ZYTE_DEV } from "../../scripts/lib/sites.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The pattern the walk replaced. */
function reference(text: string, chars: string[]): string[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}@#/.\\\\_-])${chars.map(escapeRe).join("[\\s\\-.'’&]{0,2}")}(?![\\p{L}\\p{N}/@_]|\\.\\p{L}|-\\p{L})`, "giu");
  return [...text.matchAll(re)].map((m) => m[0]);
}
const lettersOf = (name: string) => [...name].filter((c) => /[\p{L}\p{N}]/u.test(c));

describe("spellingsIn", () => {
  it("finds the spellings a page prints, and none inside addresses, handles or tags", () => {
    const line = "Harbour-Times on X: @harbourtimes · harbourtimes.test · HARBOUR TIMES · Harbour  Times · #HarbourTimes · Harbour Times's";
    expect(spellingsIn(line, lettersOf("Harbour Times"))).toEqual(["Harbour-Times", "HARBOUR TIMES", "Harbour  Times", "Harbour Times"]);
    expect(spellingsIn("Die Zeitung Der Freitag und derFreitag.de", lettersOf("der Freitag"))).toEqual(["Der Freitag"]);
  });
  it("agrees with the pattern on made-up and random lines", () => {
    const r = rng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const names = ["Harbour Times", "El País", "der Freitag", "Ведомости", "ÉCHO", "M6 Info", "Straße", "İstanbul Haber", "𝐁old Post", "日报网"];
    const bits = ["", " ", "  ", "   ", "-", ".", "'", "’", "&", "@", "#", "/", "_", "\\\\", "a", "É", "é", "ß", "SS", "x", "1", ".de", "-x", "\u00a0", "\t"];
    for (let k = 0; k < 20000; k++) {
      const name = pick(names);
      const chars = lettersOf(name);
      // a spelling of the name with random joints and case, wrapped in random neighbours
      const spelled = chars.map((c) => (r() < 0.5 ? c.toUpperCase() : c.toLowerCase()) + (r() < 0.3 ? pick(bits) : "")).join("");
      const line = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(bits)).join("") + spelled + Array.from({ length: Math.floor(r() * 4) }, () => pick(bits)).join("");
      expect(spellingsIn(line, chars), `${name} in ${JSON.stringify(line)}`).toEqual(reference(line, chars));
    }
  });
  it.skipIf(!existsSync(path.join(ZYTE_DEV, "raw")))("agrees with the pattern on the zyte-dev pages' lines (bench present)", () => {
    const dir = path.join(ZYTE_DEV, "raw");
    const names = ["Business Insider", "The Hill", "CNN", "Reuters", "News"];
    for (const f of readdirSync(dir).slice(0, 60))
      for (const line of readFileSync(path.join(dir, f), "utf8").split("\n"))
        for (const name of names) expect(spellingsIn(line, lettersOf(name))).toEqual(reference(line, lettersOf(name)));
    // ~3 s alone; the whole suite on two shared cores ran it past vitest's 5 s default.
  }, 30_000);
});
