// Title-line evidence: the site-name half of a "Headline | Site" line.
import { nameKey, nameShaped } from "./names.ts";
import type { OutletPage } from "./page.ts";
import { WEIGHTS } from "./signals.ts";

/** The site-name half of a "Headline | Site" line whose headline is the title: "Site", else null. */
export function titleSiteName(line: string, title: string): string | null {
  // Separators sites put between headline and name; not ':' (a headline's own "Topic: ...").
  const parts = line.split(/\s+[|–—•·]\s+|\s+-\s+|\s*[|｜]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const head = parts.slice(0, -1).join(" ");
  const tail = parts.slice(1).join(" ");
  const short = (name: string, rest: string) => nameShaped(name) && name.split(" ").length <= 5 && name.length < rest.length / 2 && !nameKey(rest).includes(nameKey(name));
  // The title rule may keep the whole line ("Headline | Site", where the tail could be a subtitle): then
  // only a short last part is a candidate (a headline's own topic comes first: "Gaza – the talks ..."),
  // and the support it needs elsewhere on the page decides.
  if (nameKey(title) === nameKey(line)) return short(last, head) ? last : null;
  const fullTitleKey = nameKey(title);
  const titleKey = fullTitleKey.slice(0, 24);
  if (titleKey.length < 8) return null;
  const isTitle = (p: string) => {
    const k = nameKey(p);
    return k.length >= 8 && (k.startsWith(titleKey) || titleKey.startsWith(k.slice(0, 24)));
  };
  // The name is the shorter side: a headline's own dash ("Gaza - the talks") leaves a long tail.
  // A part of the headline itself is no site name.
  const outside = (p: string) => !fullTitleKey.includes(nameKey(p));
  if (isTitle(head) && outside(last) && nameShaped(last) && last.split(" ").length <= 5 && last.length < head.length / 2) return last;
  if (isTitle(tail) && outside(first) && nameShaped(first) && first.split(" ").length <= 5 && first.length < tail.length / 2) return first;
  return null;
}

/** The site half of the title line. */
export function titleSite(page: OutletPage): void {
  const { doc, n, seen, add } = page;
  const title = doc.captured.title;
  if (title)
    for (let i = 0; i < n; i++) {
      if (doc.lines[i].usedFor !== "title") continue;
      const name = titleSiteName(seen(i), title);
      if (name) add(name, WEIGHTS.titleSite, "site name beside the headline", i);
    }
}
