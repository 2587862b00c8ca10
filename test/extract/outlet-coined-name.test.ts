// A coined one-word brand as the first name line above the headline (coined-name.ts): a small site prints
// its logo's text once, over its menu. Made-up names and pages.
import { describe, expect, it } from "vitest";
import { coinedName } from "../../pipeline/extract/rules/outlet/coined-name.ts";
import { outletCandidates } from "../../pipeline/extract/rules/outlet/candidates.ts";
import { COINED_FIRST_LINE } from "../../pipeline/extract/rules/outlet/signals.ts";
import { body, outletOf, runPage } from "../helpers/outlet-page.ts";

const signalsOf = (page: string, name: string) => outletCandidates(runPage(page)).find((c) => c.name === name)?.signals ?? [];
const page = (top: string) => `Skip to main content\n\n${top}\n\n  • Blog\n  • About\n  • Contact\n\nHow I moved my notes to plain text files\n\n${body(6)}\n`;

describe("coinedName", () => {
  it("reads one word with a capital inside after a small letter as a coined name", () => {
    for (const name of ["HarbourPost", "TinkerLab", "GrueneKueche", "NoteFX"]) expect(coinedName(name)).toBe(true);
  });
  it("does not read plain words, phrases, platforms or a language switch so", () => {
    for (const name of ["Harbour", "Harbour Post", "HARBOURPOST", "harbourPost", "YouTube", "LinkedIn", "DeEn", "EnFrDe"]) expect(coinedName(name)).toBe(false);
  });
});

describe("a coined name as the first name line", () => {
  it("names the site, printed once over the menu", () => {
    const p = page("TinkerLab");
    expect(signalsOf(p, "TinkerLab")).toContain(COINED_FIRST_LINE);
    expect(outletOf(p)).toBe("TinkerLab");
  });
  it("reads it past a menu button's words on its line", () => {
    expect(outletOf(page("Toggle navigation TinkerLab"))).toBe("TinkerLab");
  });
  it("leaves a plain word there alone", () => {
    const p = page("Werkstatt");
    expect(signalsOf(p, "Werkstatt")).not.toContain(COINED_FIRST_LINE);
    expect(outletOf(p)).toBeNull();
  });
});
