// End to end on hand-written headers in the byline and date shapes of languages the benches lack (see
// byline-date-pages.ts): each page goes through the pure stages (ingest → clean → extract → validate)
// and its title, date, time and authors are checked against what a reader would write down.
import { describe, expect, it } from "vitest";
import { articleOfPage as article } from "../helpers/hand-written-page.ts";
import type { Article } from "../../schemas/article.ts";
import { HEADER_PAGES } from "./byline-date-pages.ts";

describe("byline and date lines of many languages, end to end", () => {
  for (const page of HEADER_PAGES) {
    it(page.name, () => {
      const a = article(page);
      const { bodyStarts, ...fields } = page.want;
      for (const [field, value] of Object.entries(fields)) expect(a[field as keyof Article], field).toEqual(value);
      expect(a.body.startsWith(bodyStarts), `body starts: ${a.body.slice(0, 60)}`).toBe(true);
    });
  }
});
