// End to end on the hand-written whole pages of whole-pages.ts: every page must become a record with
// the date, authors and language a reader would write down, a body that begins at the article's first
// paragraph, and none of the page's furniture lines left in the body. A check listed among a page's
// known gaps must still fail (when it passes, move it back among the kept checks).
import { describe, expect, it } from "vitest";
import { articleOfPage as article } from "../helpers/hand-written-page.ts";
import { WHOLE_PAGES } from "./whole-pages.ts";

describe("hand-written whole pages with their furniture, in many languages, end to end", () => {
  for (const page of WHOLE_PAGES) {
    it(page.name, () => {
      const a = article(page);
      const { bodyStarts, dropped, ...fields } = page.want;
      const gap = new Set((page.gaps ?? []).map((g) => g.check));
      expect(a.published_date, "published_date").toBe(fields.published_date);
      if (gap.has("authors")) expect(a.authors, "authors (a known gap: fixed?)").not.toEqual(fields.authors);
      else expect(a.authors, "authors").toEqual(fields.authors);
      expect(a.language, "language").toBe(fields.language);
      expect(a.body.startsWith(bodyStarts), `body starts: ${a.body.slice(0, 120)}`).toBe(true);
      for (const line of dropped) expect(a.body.includes(line), `body keeps "${line}"`).toBe(false);
    });
  }
});
