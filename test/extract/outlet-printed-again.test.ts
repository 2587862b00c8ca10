// A name one signal gives as a publication's, printed again in the page's text (candidates.ts, "printed
// again inside the page's text"): a text browser's dump has no home links, so a logo's alt text deep in
// a long header or a footer's "More from Gazette" is all it shows, and the page naming it once more
// backs it. The pages are made up, shaped as a text browser lays out a news page.
import { describe, expect, it } from "vitest";
import { body, outletOf } from "../helpers/outlet-page.ts";

/** A text browser's long header: a cookie notice and a menu of bullets, then `extra` lines. */
const header = (extra: string) =>
  `Ok\nWe use cookies to give you a better experience.\n${["News", "Politics", "Sport", "Business", "Culture", "Travel", "Weather", "Opinion", "Video"].map((w) => `  • ${w}`).join("\n")}\nMenu\n${extra}\n`;

describe("a publication's name printed again in the text", () => {
  it("takes a footer's self-reference the page prints once more (no links to back it)", () => {
    const page = `${header("")}\nHarbour wall to be repaired before winter\n\n${body()}\n\nSign up to the Harbour Evening Post newsletter for the day's stories.\n\n  • Contact us\n  • Privacy\n\nMore from Harbour Evening Post\n`;
    expect(outletOf(page)).toBe("Harbour Evening Post");
  });

  it("takes a logo's alt text deep in the header when the header names the site again", () => {
    const page = `${header("Nachrichten aus dem Nordkurier Blatt\n  • Lokales\n  • Sport\nNordkurier Blatt Logo")}\nHafenmauer wird vor dem Winter repariert\n\n${body()}\n\n  • Impressum\n  • Datenschutz\n`;
    expect(outletOf(page)).toBe("Nordkurier Blatt");
  });

  it("takes nothing when two names are so backed, or when the name is printed nowhere else", () => {
    const two = `${header("")}\nHarbour wall to be repaired before winter\n\n${body()}\n\nRead the Harbour Evening Post and the Coast Gazette daily.\n\nMore from Harbour Evening Post\n\nMore from Coast Gazette\n`;
    expect(outletOf(two)).toBeNull();
    const once = `${header("")}\nHarbour wall to be repaired before winter\n\n${body()}\n\n  • Contact us\n\nMore from Harbour Evening Post\n`;
    expect(outletOf(once)).toBeNull();
  });

  it("takes no author's box for the site ('About Jane Doe', her name printed in the text)", () => {
    const page = `${header("")}\nHarbour wall to be repaired before winter\n\n${body()}\n\nThe harbour master told Maria Jensen the wall would hold.\n\n  • Contact us\n  • Privacy\n\nAbout Maria Jensen\n`;
    expect(outletOf(page)).toBeNull();
  });
});
