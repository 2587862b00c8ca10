// isEmbedChrome reads only lines that open with a lead's first letter (a link's text first) or hold a
// handle: pinned against the plain formulation (every line stripped, lower-cased and compared with every
// lead) on generated lines around each lead and on every line of the benches where present.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEmbedChrome } from "../../pipeline/clean/rules/embedded-post.ts";
import { EMBED_SHARED_LEADS, EMBED_VIEW_LEADS } from "../../pipeline/clean/lexicon/embeds.ts";
import { stripInlineMarkdown } from "../../pipeline/text/markdown.ts";
import { TRAFILATURA_DEV, ZYTE_DEV } from "../../scripts/lib/sites.ts";

const MAX_CHARS = 160;
const MAX_SHARED_WORDS = 10;
const HANDLE = /@[\w.]+/;
/** The rule's test without its prefilters. */
function plain(text: string): boolean {
  if (text.length > MAX_CHARS * 3) return false;
  const t = (text.includes("](") ? stripInlineMarkdown(text) : text).replace(/^[\s*_#>]+|[\s*_]+$/g, "").trim();
  if (!t || t.length > MAX_CHARS) return false;
  const l = t.toLowerCase().replace(/\s+/g, " ");
  if (EMBED_VIEW_LEADS.some((lead) => l.startsWith(lead))) return true;
  const handle = HANDLE.test(l);
  return EMBED_SHARED_LEADS.some((lead) => (l.startsWith(lead) && (handle || l.split(" ").length <= MAX_SHARED_WORDS)) || (handle && l.includes(lead)));
}

describe("embedded-post prefilter", () => {
  it("agrees with the plain test on lines made around every lead", () => {
    const wraps = [(s: string) => s, (s: string) => `[${s}](https://x.test/p)`, (s: string) => `**${s}**`, (s: string) => `[**${s}**](https://x.test)`, (s: string) => `  > ${s}`, (s: string) => `![](i.png) ${s}`, (s: string) => `<https://x.test> ${s}`, (s: string) => `_${s}_`, (s: string) => `# ${s}`, (s: string) => `Ein ${s}`];
    const cases = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0].toUpperCase() + s.slice(1)];
    let found = 0;
    for (const lead of [...EMBED_VIEW_LEADS, ...EMBED_SHARED_LEADS])
      for (const wrap of wraps)
        for (const tail of [" Instagram", " Jane Doe (@jane)", " X", ""])
          for (const cased of cases) {
            const line = wrap(cased(lead) + tail);
            const want = plain(line);
            if (want) found++;
            expect(isEmbedChrome(line), line).toBe(want);
          }
    expect(found).toBeGreaterThan(100);
  });
  for (const bench of [ZYTE_DEV, TRAFILATURA_DEV]) {
    const dir = path.join(bench, "raw");
    it.skipIf(!existsSync(dir))(`agrees on every line of ${path.basename(bench)}`, () => {
      for (const f of readdirSync(dir)) for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) expect(isEmbedChrome(line), line).toBe(plain(line));
    }, 60_000);
  }
});
