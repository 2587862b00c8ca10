// End to end on the hand-written whole pages of unseen-pages.ts (shapes the earlier page sets lack: live
// blogs, "updated" above "published", a site header's "today" date, dates in local calendars printed
// alone, bylines with an agency and a photographer, names without a lead, decks, galleries, embedded
// posts, tables and lists): every page must become a record with the title, outlet, date, authors and
// language a reader would write down, a body that begins at the article's first paragraph and ends at
// its last, and none of the page's furniture lines left in the body. A check listed among a page's known
// gaps must still fail (when it passes, move it back among the kept checks).
import { describe, expect, it } from "vitest";
import { articleOfPage as article } from "../helpers/hand-written-page.ts";
import { UNSEEN_PAGES, type UnseenCheck } from "./unseen-pages.ts";
import type { Article } from "../../schemas/article.ts";

/** Whether the article passes one check of the page. */
function passes(a: Article, want: (typeof UNSEEN_PAGES)[number]["want"], check: UnseenCheck): boolean {
  switch (check) {
    case "title":
      return a.title === want.title;
    case "outlet":
      return a.outlet === want.outlet;
    case "published_date":
      return a.published_date === want.published_date;
    case "authors":
      return JSON.stringify(a.authors) === JSON.stringify(want.authors);
    case "language":
      return a.language === want.language;
    case "bodyStarts":
      return a.body.startsWith(want.bodyStarts);
    case "bodyEnds":
      return a.body.trimEnd().endsWith(want.bodyEnds);
    case "dropped":
      return want.dropped.every((line) => !a.body.includes(line));
  }
}

const CHECKS: UnseenCheck[] = ["title", "outlet", "published_date", "authors", "language", "bodyStarts", "bodyEnds", "dropped"];

describe("hand-written whole pages in shapes not covered before, in many languages, end to end", () => {
  it("covers 60 pages or more in 25 languages or more", () => {
    expect(UNSEEN_PAGES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(UNSEEN_PAGES.map((p) => p.want.language)).size).toBeGreaterThanOrEqual(25);
  });
  for (const page of UNSEEN_PAGES) {
    it(page.name, () => {
      const a = article(page);
      const gap = new Set((page.gaps ?? []).map((g) => g.check));
      for (const check of CHECKS) {
        if (check === "outlet" && page.want.outlet === undefined) continue;
        const ok = passes(a, page.want, check);
        const got = check === "bodyStarts" ? a.body.slice(0, 120) : check === "bodyEnds" ? a.body.slice(-120) : JSON.stringify(a[check as keyof Article] ?? null);
        if (gap.has(check)) expect(ok, `${check} (a known gap: fixed?)`).toBe(false);
        else expect(ok, `${check}: got ${got}`).toBe(true);
      }
    });
  }
});
