import { describe, expect, it } from "vitest";
import { siteFolds, siteOf } from "../../scripts/lib/sites.ts";

describe("siteOf", () => {
  it("takes the registrable domain, through public suffixes and archive captures", () => {
    expect(siteOf("https://www.bbc.co.uk/news/world-1", "x")).toBe("bbc.co.uk");
    expect(siteOf("https://news.example.com.au/a", "x")).toBe("example.com.au");
    expect(siteOf("https://web.archive.org/web/20160218174457/http://blog.lettern.de/2010/05/a/", "x")).toBe("lettern.de");
    expect(siteOf("https://web.archive.org/web/20130307194448/the-pain.net/2008/05/a.html", "x")).toBe("the-pain.net");
  });
  it("makes a page without a URL a group of its own", () => {
    expect(siteOf("hard::somesite.com-page.html", "trafilatura-dev/abc")).toBe("page:trafilatura-dev/abc");
    expect(siteOf(null, "zyte-dev/def")).toBe("page:zyte-dev/def");
  });
});

describe("siteFolds", () => {
  it("keeps a site in one fold, balances folds and does not depend on page order", () => {
    const pages = ["a.com", "a.com", "a.com", "b.com", "c.com", "d.com", "e.com", "f.com"].map((site) => ({ site }));
    const folds = siteFolds(pages, 3);
    const load = [0, 0, 0];
    for (const p of pages) load[folds.get(p.site)!]++;
    expect(load.sort()).toEqual([2, 3, 3]);
    expect(siteFolds([...pages].reverse(), 3)).toEqual(folds);
  });
});
