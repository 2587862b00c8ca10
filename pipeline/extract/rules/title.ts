// Finds the headline: a Markdown heading in the header zone, else the first headline-like line (a few
// words, not a date, byline or sentence). A '<title>'-style "Headline | Site" is cut to the headline,
// and later copies of the headline (pages often print it twice) are removed.
import type { Rule } from "../../rules.ts";
import { firstProseIndex } from "../../document.ts";
import { isDateLine } from "../../text/dates.ts";
import { comparable } from "../../text/normalize.ts";
import { isBylineLine } from "./byline.ts";

const MIN_WORDS = 2;
const MAX_WORDS = 30;
const SITE_SEPARATOR = /\s+[|–—•·]\s+|\s+-\s+/;

/** "Headline | Site Name" → "Headline" when the tail is short (a site name), else unchanged. */
export function stripSiteName(title: string): string {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const tail = parts[parts.length - 1];
  const head = parts.slice(0, -1).join(" - ");
  return tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3 ? head.trim() : title;
}

const headlineLike = (t: string) => {
  const words = t.split(/\s+/).filter(Boolean).length;
  return words >= MIN_WORDS && words <= MAX_WORDS && !/[.,;:]$/.test(t) && !/^https?:\/\//.test(t) && !isDateLine(t) && !isBylineLine(t);
};

export const title: Rule = {
  id: "title",
  description: "Takes the header zone's Markdown heading or first headline-like line as the title and removes its copies.",
  apply(ctx) {
    const { lines } = ctx.doc;
    const stop = Math.min(firstProseIndex(ctx.doc), lines.length);
    let at = -1;
    for (let i = 0; i < stop && at < 0; i++) if (!lines[i].removedBy && /^\s{0,3}#{1,2}\s+\S/.test(lines[i].raw) && headlineLike(lines[i].text.trim())) at = i;
    for (let i = 0; i < stop && at < 0; i++) if (!lines[i].removedBy && headlineLike(lines[i].text.trim())) at = i;
    if (at < 0) {
      ctx.warn("no headline found above the article");
      return;
    }
    const headline = stripSiteName(lines[at].text.trim());
    ctx.capture("title", headline, at < stop && /^\s*#/.test(lines[at].raw) ? "Markdown heading above the article" : "first headline-like line", [at]);
    ctx.use("title", [at], "headline");
    const key = comparable(headline);
    for (let i = at + 1; i < stop; i++)
      if (!lines[i].removedBy && comparable(stripSiteName(lines[i].text)) === key) ctx.use("title", [i], "headline printed again");
  },
};
