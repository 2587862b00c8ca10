// Pins icon-font-run: a line of glued icon-glyph names (5+ 'icon' tokens, at least one per three
// words, no sentence punctuation) is removed; prose about icons survives, whether it has sentences
// or simply too many other words.
import { describe, expect, it } from "vitest";
import { iconFontRun } from "../../../pipeline/clean/rules/icon-font-run.ts";
import { kept, logOf, removed, run } from "./run.ts";

const page = [
  "icon bookmark-bicon bookmarkicon camera-bicon cameraicon share-bicon shareicon", // 1: 7 tokens in 7 words
  "ICON-FACEBOOK ICON-TWITTER ICON-MAIL ICON-PRINT ICON-WHATSAPP", // 2: case-insensitive
  "The museum lent its icon collection abroad. Icons from Crete, icons from Novgorod and two iconostasis panels travelled to Paris.", // 3 sentences
  "icon icon icon icon", // 4 only four
  "Icons. Icons everywhere. Icon after icon lines the iconostasis of the chapel.", // dense, but sentences
  "Five icons, icon after icon after icon, line the wall of the small chapel built by monks in the valley long ago", // 6 too many other words
];

describe("icon-font-run", () => {
  const doc = run(page, [iconFontRun]);

  it("removes glued icon-name runs with the count in the reason", () => {
    expect(removed(doc)).toEqual([
      [1, "icon-font-run", "boilerplate"],
      [2, "icon-font-run", "boilerplate"],
    ]);
    expect(logOf(doc, "icon-font-run")).toEqual([
      { action: "removed", field: null, first_line: 1, last_line: 1, reason: "7 icon-font labels on one line", text: page[0] },
      { action: "removed", field: null, first_line: 2, last_line: 2, reason: "5 icon-font labels on one line", text: page[1] },
    ]);
  });

  it("keeps prose about icons and short runs", () => {
    expect(kept(doc)).toEqual(page.slice(2));
  });
});
