// Finds the article's authors: person names from bylines near the headline, the article's start, its
// date stamp, or just after its end. Three signals, strongest first: a byline lead ("By X and Y", "Von X",
// "Par X", "Por X", "Oleh X", "Автор: X", "Posted by X on …", "… | By X"), a link to an author page
// ("[Jane Doe](/author/jane-doe)"), and — only when neither is printed — a line that is just a person's
// name (with an optional role or date: "Jane Doe, AP Business Writer", "Jane Doe - Nov 19, 2019") beside
// the date stamp or under the headline. Names keep their printed case; job titles, outlets, "staff",
// e-mails, handles and photo credits are dropped.
//
// The driver: it marks the header lines to search, then asks the rules in ./byline/ in order of strength
// (a lead, an author link, a name line, a sign-off, a dash sign-off, the site's owner) and records what they found.
import type { Rule } from "../../rules.ts";
import { firstProseIndex, lastProseIndex, paragraphs } from "../../document.ts";
import { isNewsAgency } from "../lexicon/outlets.ts";
import type { Found } from "./byline/shared.ts";
import { pageWords, type PageWords } from "./byline/page-words.ts";
import { leadByline } from "./byline/lead-byline.ts";
import { authorLinks } from "./byline/author-links.ts";
import { nameLine, NEXT_NAME_LINE } from "./byline/name-line.ts";
import { signOff } from "./byline/sign-off.ts";
import { dashSignOff, DASH_SIGN_OFF_LINES } from "./byline/dash-sign-off.ts";
import { siteOwner } from "./byline/site-owner.ts";
import { bareNameLine } from "./byline/bare-name-line.ts";
import { opensProse } from "./byline/cjk.ts";

export { cleanByline } from "./byline/clean.ts";
export { looksLikePersonName } from "./byline/person-name.ts";
export { namesIn } from "./byline/name-runs.ts";
export { isBylineLine } from "./byline/leads.ts";
export { pageWords, type PageWords } from "./byline/page-words.ts";

/** Where bylines are looked for, in lines around the anchors. */
const ABOVE_TOP = 4;
const BELOW_START = 6;
const UNDER_TITLE = 10;
/** Without a credible headline, the header is this many lines above the article's start. */
const ABOVE_START = 15;
const AROUND_DATE = 3;
const AFTER_END = 8;
/** A headline further than this (non-blank lines) above the article's start is not trusted as an anchor. */
const MAX_HEADER_SPAN = 30;
/** An author-page link counts this close to a byline with a lead (when there is one). */
const AUTHOR_LINK_NEAR_LEAD = 2;
/** A name-only line counts this close to the date stamp, or this far under the headline. */
const NAME_LINE_NEAR_DATE = 3;
const NAME_LINE_UNDER_TITLE = 4;

const same = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, " ") === b.toLowerCase().replace(/\s+/g, " ");

export const byline: Rule = {
  id: "byline",
  description: "Reads person names from bylines ('By X and Y', author-page links, a name beside the date) near the headline, the article start or its end into authors.",
  apply(ctx) {
    const { doc } = ctx;
    const n = doc.lines.length;
    const start = firstProseIndex(doc);
    const end = Math.max(lastProseIndex(doc), start);
    const titleAt = doc.lines.findIndex((l) => l.usedFor === "title");
    const dateAt = doc.lines.findIndex((l) => l.usedFor === "published_date");
    const top = titleAt >= 0 ? Math.min(titleAt, start) : start;

    // Distances count non-blank lines, so Markdown (blank line between blocks) and text dumps read alike.
    const rank: number[] = [];
    const nonBlank: number[] = [];
    for (let i = 0; i < n; i++) {
      rank.push(nonBlank.length);
      if (doc.lines[i].raw.trim()) nonBlank.push(i);
    }
    const near = new Set<number>();
    const addRange = (anchor: number, before: number, after: number) => {
      const r = rank[Math.min(Math.max(anchor, 0), n - 1)] ?? 0;
      for (let k = Math.max(0, r - before); k <= Math.min(nonBlank.length - 1, r + after); k++) near.add(nonBlank[k]);
    };
    const dist = (a: number, b: number) => Math.abs(rank[a] - rank[b]);
    // The header: a few lines around the headline, and from the headline (when it sits credibly close to
    // the article, else from a little above the article) down to a few lines into the article.
    const startAt = Math.min(start, n - 1);
    const titleCredible = titleAt >= 0 && dist(titleAt, startAt) <= MAX_HEADER_SPAN;
    if (titleAt >= 0) addRange(titleAt, ABOVE_TOP, UNDER_TITLE);
    const headFrom = titleCredible ? top : startAt;
    addRange(headFrom, titleCredible ? ABOVE_TOP : ABOVE_START, 0);
    addRange(headFrom, 0, Math.max(0, rank[startAt] - rank[Math.min(headFrom, n - 1)]) + BELOW_START);
    if (dateAt >= 0) addRange(dateAt, AROUND_DATE, AROUND_DATE);
    if (end + 1 < n) addRange(end + 1, 0, AFTER_END - 1);
    const order = [...near].sort((a, b) => a - b).filter((i) => doc.lines[i].usedFor !== "title");

    let words: PageWords | null = null;
    const page = () => (words ??= pageWords(doc.lines, () => paragraphs(doc).map((p) => p.text)));
    const found: Found[] = [];
    const covered = new Set<number>();
    // Bylines with a lead first; author-page links count beside them, or on their own when no lead is printed
    // (topic pages share URL shapes with author pages, so a link far from any byline is not trusted).
    for (const i of order) {
      if (covered.has(i)) continue;
      const f = leadByline(doc, i, page);
      if (!f) continue;
      f.lines.forEach((k) => covered.add(k));
      found.push(f);
    }
    const leadLines = found.flatMap((f) => f.lines);
    for (const i of order) {
      if (covered.has(i)) continue;
      if (leadLines.length && !leadLines.some((k) => dist(k, i) <= AUTHOR_LINK_NEAR_LEAD)) continue;
      const f = authorLinks(doc, i, page);
      if (!f) continue;
      covered.add(i);
      found.push(f);
    }
    // A byline printed after the article's end, when the header prints one, is the next or a related
    // article's ("von Vera Vaubel" under a teaser): dropped.
    if (found.some((f) => f.lines.every((k) => k <= start))) {
      for (let k = found.length - 1; k >= 0; k--) {
        if (!found[k].lines.every((l) => l > end)) continue;
        ctx.decide("authors", `byline after the article's end (${found[k].names.join(", ")}) not taken: the header prints one`);
        found.splice(k, 1);
      }
    }
    if (!found.length) {
      const nameNear = (i: number) =>
        (dateAt >= 0 && dist(i, dateAt) <= NAME_LINE_NEAR_DATE) || (titleCredible && i > titleAt && dist(i, titleAt) <= NAME_LINE_UNDER_TITLE);
      const free = (i: number) => !doc.lines[i].usedFor || doc.lines[i].usedFor === "published_date";
      for (const i of order) {
        if (!nameNear(i) || !free(i)) continue;
        const f = nameLine(doc, i, page(), false, dateAt >= 0 && i !== dateAt && dist(i, dateAt) <= 1);
        if (!f) continue;
        found.push(f);
        // Names listed one per line: the next lines that are names too, down to the date line (a list stands
        // between the headline and the date; under the date a capitalised line is more often a heading).
        for (let r = rank[i] + 1, last = i; r < nonBlank.length && rank[nonBlank[r]] - rank[last] <= NEXT_NAME_LINE; r++) {
          const k = nonBlank[r];
          if (dateAt >= 0 && k >= dateAt) break;
          const g = free(k) ? nameLine(doc, k, page(), true) : null;
          if (!g) break;
          found.push(g);
          last = k;
        }
        break;
      }
    }
    // A name alone next to the date and under the headline, in a script no given-name list covers.
    if (!found.length && dateAt >= 0 && titleAt >= 0) {
      for (const i of order) {
        if (i <= titleAt || i >= start || dist(i, dateAt) !== 1 || doc.lines[i].usedFor) continue;
        const f = bareNameLine(doc, i);
        if (f) {
          found.push(f);
          break;
        }
      }
    }
    if (!found.length) {
      const f = signOff(doc, nonBlank[rank[end] + 1]);
      if (f) found.push(f);
    }
    if (!found.length && end + 1 < n) {
      const f = dashSignOff(doc, nonBlank.slice(rank[end] + 1, rank[end] + 1 + DASH_SIGN_OFF_LINES));
      if (f) found.push(f);
    }
    if (!found.length) {
      const f = siteOwner(doc, nonBlank, page());
      if (f) found.push(f);
    }
    if (!found.length) {
      ctx.decide("authors", "no byline, author link or name line near the headline, date or article end");
      return;
    }
    for (const f of found) {
      for (const name of f.names) {
        if (doc.captured.authors.some((a) => same(a, name))) continue;
        if (isNewsAgency(name)) {
          ctx.decide("authors", `"${name}" in the byline is a news agency, not a person`);
          continue;
        }
        ctx.capture("authors", name, f.how, f.lines);
      }
      // A credit opening the first paragraph ("新华社北京12月3日电（记者 王明）国务院…", "(서울=연합뉴스) 김민수 기자 = …")
      // leaves the paragraph in the body.
      const credit = f.lines.filter((k) => !opensProse(doc.lines[k].text));
      if (credit.length < f.lines.length) ctx.decide("authors", "byline printed at the start of a paragraph: names taken, the paragraph stays in the body");
      if (credit.length) ctx.use("authors", credit, "byline");
    }
  },
};
