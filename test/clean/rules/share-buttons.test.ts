// Pins share-buttons: share labels in many languages, a share button naming its network and a line of
// icon-font ligature names are removed; sentences that merely use the words, and menus, stay. Made-up lines.
import { describe, expect, it } from "vitest";
import { isIconLigatureRun, isShareButton, shareButtons } from "../../../pipeline/clean/rules/share-buttons.ts";
import { kept, logOf, removed, run } from "./run.ts";

describe("share-buttons", () => {
  it("reads share labels in many languages and scripts", () => {
    for (const t of ["Paylaş", "Sdílet", "Podijeli", "Deel dit artikel", "Del artiklen", "Dela artikeln", "Сподели", "Κοινοποίηση", "שתף", "مشاركة", "Chia sẻ", "แชร์", "शेयर करें", "この記事をシェア", "공유하기", "分享到：", "Comparteix", "Artikel teilen"])
      expect(isShareButton(t), t).toBe(true);
  });
  it("reads a share button naming its network, inflected or not", () => {
    for (const t of ["Sdílet na Facebooku", "Sdílet na X", "Compartir en WhatsApp", "Share on LinkedIn", "Partager sur Facebook", "Facebook'ta paylaş", "Teilen per E-Mail"])
      expect(isShareButton(t), t).toBe(true);
  });
  it("leaves lines that are more than a button", () => {
    for (const t of ["Share prices fell", "Paylaş ve kazan kampanyası başladı", "Facebook", "Sdílet na Facebooku je snadné", "Del 2: Historien"])
      expect(isShareButton(t), t).toBe(false);
  });
  it("reads icon-font ligature names, not a line of plain labels or words", () => {
    expect(isIconLigatureRun("menu search account_circle")).toBe(true);
    expect(isIconLigatureRun("menu search person")).toBe(true);
    expect(isIconLigatureRun("close expand_more")).toBe(true);
    expect(isIconLigatureRun("menu search")).toBe(false); // plain labels: ui-labels' business
    expect(isIconLigatureRun("Menu Search Person")).toBe(false); // ligature names are lower case
    expect(isIconLigatureRun("search for a person")).toBe(false);
  });
  it("removes them from the page and says why in the audit trail", () => {
    const page = ["menu search account_circle", "The Harbour Courier", "Sdílet na Facebooku", "The council met on Tuesday.", "この記事をシェア", "The mayor spoke."];
    const doc = run(page, [shareButtons]);
    expect(removed(doc)).toEqual([[1, "share-buttons", "boilerplate"], [3, "share-buttons", "boilerplate"], [5, "share-buttons", "boilerplate"]]);
    expect(kept(doc)).toEqual(["The Harbour Courier", "The council met on Tuesday.", "The mayor spoke."]);
    expect(logOf(doc, "share-buttons").map((e) => e.reason)).toEqual(["icon-font ligature names", "share button", "share button"]);
  });
});
