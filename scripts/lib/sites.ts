// Which site a bench page comes from, and cross-validation folds grouped by site, for every trainer and
// for `make cv`. A site is the registrable domain of the page's original URL (public suffix list, via
// tldts), of the archived URL for web.archive.org captures; a page without a usable URL is a group of its
// own. Folds span both benches: a domain found in both stays in one fold, so no page is ever scored by a
// model that saw another page of its site.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { getDomain } from "tldts";

/** The development benches, read from ../shared/bench beside the project (never copied into it). */
export const SHARED_BENCH = process.env.CLIPPINGS_BENCH ?? "../shared/bench";
export const ZYTE_DEV = path.join(SHARED_BENCH, "zyte-dev");
export const TRAFILATURA_DEV = path.join(SHARED_BENCH, "trafilatura-dev");

/** Why the benches cannot be used here, or null when both are present. */
export function benchesMissing(): string | null {
  for (const dir of [ZYTE_DEV, TRAFILATURA_DEV]) if (!existsSync(path.join(dir, "raw"))) return `${dir} not found (the development benches sit in ../shared beside the clone)`;
  return null;
}

const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]*\/(.+)$/i;

/** The site a page belongs to: its URL's registrable domain, or `page:<bench>/<id>` when it has none. */
export function siteOf(url: string | null | undefined, fallbackKey: string): string {
  let u = (url ?? "").trim();
  const archived = ARCHIVED.exec(u);
  if (archived) u = /^[a-z]+:\/\//i.test(archived[1]) ? archived[1] : `http://${archived[1]}`;
  const domain = /^https?:\/\//i.test(u) ? getDomain(u) : null;
  return domain ?? `page:${fallbackKey}`;
}

export interface BenchPage {
  bench: "zyte-dev" | "trafilatura-dev";
  /** The page id: raw files are `<id>-md.txt` and `<id>-w3m.txt`. */
  id: string;
  url: string | null;
  site: string;
}

/** Every page of both benches with its site (zyte-dev URLs from gold.json, trafilatura-dev from pages.json). */
export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  const zyte: Record<string, { url?: string }> = JSON.parse(readFileSync(path.join(ZYTE_DEV, "gold.json"), "utf8"));
  for (const [id, g] of Object.entries(zyte)) pages.push({ bench: "zyte-dev", id, url: g.url ?? null, site: siteOf(g.url, `zyte-dev/${id}`) });
  const traf: Record<string, { url?: string }> = JSON.parse(readFileSync(path.join(TRAFILATURA_DEV, "pages.json"), "utf8"));
  for (const [id, g] of Object.entries(traf)) pages.push({ bench: "trafilatura-dev", id, url: g.url ?? null, site: siteOf(g.url, `trafilatura-dev/${id}`) });
  return pages.sort((a, b) => (a.bench + a.id < b.bench + b.id ? -1 : 1));
}

/** FNV-1a, so fold assignment depends on the site name only (not on the order pages are read). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Site → fold (0..k-1). Sites are taken largest first (ties by hash) and each goes to the fold with the
 * fewest pages so far, so folds are balanced and deterministic.
 */
export function siteFolds(pages: readonly { site: string }[], k = 5): Map<string, number> {
  const size = new Map<string, number>();
  for (const p of pages) size.set(p.site, (size.get(p.site) ?? 0) + 1);
  const sites = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  const load = new Array<number>(k).fill(0);
  const fold = new Map<string, number>();
  for (const s of sites) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f] < load[best]) best = f;
    fold.set(s, best);
    load[best] += size.get(s)!;
  }
  return fold;
}
