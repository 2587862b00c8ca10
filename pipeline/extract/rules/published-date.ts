// Finds the publication date. Every line that prints a date is a candidate — a date line, a byline with
// a date ("By X | November 19, 2019 10:30 AM"), a 'Published … Updated …' stamp — including lines the
// clean stage removed (date stamps often sit in page chrome). Candidates are scored by where they sit
// relative to the headline and the start of the running text (just above the article is best, the page
// top and the foot of the article weaker), by their label (a 'Published' date beats an 'Updated' one),
// and lose when they repeat like comment or list stamps. Dates in running prose, in embedded posts, in
// comment permalinks, on copyright lines or in related-article blocks are never taken; with none printed
// the field stays null.
import type { Rule } from "../../rules.ts";
import type { WorkingDoc } from "../../document.ts";
import { firstProseIndex, lastProseIndex, paragraphs } from "../../document.ts";
import { detectLanguage, languageSample } from "./language.ts";
import { continuesWrappedLine } from "../../text/wrap.ts";
import { findDates, HAS_DIGIT, labelLine, replaceDates, wordsBesideDates, type FoundDate } from "../../text/dates.ts";
import { mdImagesLoose, replaceMatches, stripInlineMarkdown } from "../../text/markdown.ts";
import { endsSentence } from "../../text/normalize.ts";
import { BYLINE_LEADS } from "../lexicon/bylines.ts";
import { looksLikePersonName } from "./byline.ts";

/** A line whose words (besides dates, times, weekdays, labels) exceed this is prose, not a date stamp. */
const MAX_STAMP_WORDS = 12;
/** Header zone: a few lines above the headline and below the start of the running text still count.
 * Distances count non-blank lines, so Markdown (a blank line between blocks) and text dumps read alike. */
const ABOVE_TITLE_SLACK = 3;
const BELOW_START_SLACK = 3;
/** A line ending like a sentence with this many other words is prose. */
const SENTENCE_WORDS = 6;
/** Base scores by place. */
const SCORE_HEADER = 100;
const SCORE_ABOVE = 55;
const SCORE_IN_BODY = 40;
const SCORE_AFTER_END = 35;
const SCORE_FAR = 5;
/** Lines after the article's end where a closing 'Posted by X on <date>' still counts. */
const AFTER_END_WINDOW = 12;
/** Score adjustments. */
const BONUS_PUBLISHED = 15;
const MALUS_UPDATED = 10;
const BONUS_ALONE = 5;
/** Between the headline and the running text beats above the headline, other things equal: a site header
 * prints today's date above the headline, an article its own stamp under it. */
const BONUS_UNDER_TITLE = 1;
const MALUS_REPEATED = 60;
const MALUS_SHORT_YEAR = 5;
/** Lines sharing one shape (digits and dates blanked) this often are comment or list stamps. */
const REPEATED_SHAPE = 3;
/** A name beside a date ("Jane Doe, 21 June 2018", "04.02.2022 | Jane Doe"): at most this many other words. */
const MAX_NAME_STAMP_WORDS = 5;
const NAME_PARTS = /\s?(?:[|•·,;/]|\s[-–—~]\s)\s?/u;

const COPYRIGHT = /©|\(c\)\s*(?:19|20)\d{2}|\bcopyright\b|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos|все права/iu;
/** Embedded posts ("— Name (@handle) November 18, 2019"), tweet and comment permalinks. */
const EMBED = /\(@[\w.]{1,30}\)|twitter\.com\/[\w]{1,30}\/status|#comment|[?&]replytocom=|^\s{0,4}>?\s{0,4}[—–]\s/iu;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A byline lead anywhere on the line ("… | By X", "Posted by X on …"). */
const BYLINE_WORD = new RegExp(`(?<![\\p{L}])(?:${BYLINE_LEADS.map(escape).join("|")})\\s*:?\\s+\\p{Lu}`, "iu");
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S{1,2000}/giu;

interface Candidate {
  line: number;
  found: FoundDate;
  score: number;
  why: string;
}

/** Markdown images: their alt text is a photo caption, whose dates are not the article's. */
const dropImages = (s: string): string => replaceMatches(s, mdImagesLoose(s), () => " ");
/** Text of a line as a reader sees it, without link targets or bare URLs (which carry dates of their own). */
const visible = (raw: string): string => dropUrls(stripInlineMarkdown(dropImages(collapseSpaces(raw))));
/** `s.replace(/\s+/g, " ")`, skipped when there is no white space to replace (most lines). */
const collapseSpaces = (s: string): string => (ODD_SPACE.test(s) ? s.replace(SPACES, " ") : s);
const ODD_SPACE = /[^\S ]| {2}/;
const SPACES = /\s+/g;
/** Bare URLs out, looked for only where one can start ("://" or "www."). */
const dropUrls = (s: string): string => (s.includes("://") || WWW.test(s) ? s.replace(URL_LIKE, " ") : s);
const WWW = /www\./i;

/** Is the line one piece of a wrapped paragraph (text-browser dumps)? A rule of box-drawing characters beside it is no paragraph. */
function inWrappedParagraph(doc: WorkingDoc, i: number): boolean {
  const w = doc.wrapWidth;
  if (!w) return false;
  const prev = i > 0 ? doc.lines[i - 1].raw : "";
  const next = i + 1 < doc.lines.length ? doc.lines[i + 1].raw : "";
  return (LETTER.test(prev) && continuesWrappedLine(prev, doc.lines[i].raw, w)) || (LETTER.test(next) && continuesWrappedLine(doc.lines[i].raw, next, w));
}
const LETTER = /\p{L}/u;

/** The capitalised words a part starts with ("Ann Lee über Stars" → "Ann Lee"). */
const leadingName = (part: string): string => {
  const words = part.split(/\s+/);
  let n = 0;
  while (n < words.length && UPPER_START.test(words[n])) n++;
  return words.slice(0, n).join(" ");
};
const UPPER_START = /^\p{Lu}/u;

/** Is the line a date beside a person's name and little else ("Jane Doe, 21 June 2018", "04.02.2022 | 15:33 | Jane Doe")? */
function nameBesideDate(text: string, found: readonly FoundDate[]): boolean {
  if (wordsBesideDates(text, found).length > MAX_NAME_STAMP_WORDS) return false;
  return replaceDates(text, found, " | ")
    .split(NAME_PARTS)
    .some((part) => looksLikePersonName(leadingName(part.replace(/^(?:\p{Ll}+\s)+/u, "").trim())));
}

const shapeOf = (text: string, found: readonly FoundDate[]): string =>
  replaceDates(text, found, "<d>").toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();

/** A numeric date whose day and month could be swapped. */
const AMBIGUOUS_NUMERIC = /(?<![\d.\/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])\/\d{2,4}(?![\d\/])/;
/** US English pages write ambiguous numeric dates month first (also the reading when the language is unknown). */
const monthFirstFor = (lang: string | null): boolean => lang === "en" || lang === null;

export const publishedDate: Rule = {
  id: "published-date",
  description: "Scores every printed date by its place (near the headline and the article start), label and shape, and takes the best as published_date (and its time).",
  apply(ctx) {
    const { doc } = ctx;
    const { lines } = doc;
    const start = firstProseIndex(doc);
    const end = Math.max(lastProseIndex(doc), start);
    const titleAt = lines.findIndex((l) => l.usedFor === "title");
    const top = titleAt >= 0 ? Math.min(titleAt, start) : start;
    // Ambiguous numeric dates ("05/06/2019") are read month first on English pages only: the language is
    // taken from the language rule when it ran, else detected here — and only when such a date is printed.
    let lang = doc.captured.language;
    if (lang === null && lines.some((l) => AMBIGUOUS_NUMERIC.test(l.text))) {
      lang = detectLanguage(languageSample(paragraphs(doc).map((p) => p.text), doc.captured.title));
      ctx.decide("published_date", `numeric dates with '/' printed; page language ${lang ?? "unknown"} decides day/month order`);
    }
    const opts = { monthFirst: monthFirstFor(lang) };
    const rank: number[] = [];
    const nonBlank: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      rank.push(nonBlank.length);
      if (lines[i].raw.trim()) nonBlank.push(i);
    }
    const at = (k: number) => rank[Math.max(0, Math.min(k, lines.length - 1))] ?? 0;
    const dist = (a: number, b: number) => Math.abs(at(a) - at(b));
    const prevNonBlank = (i: number) => nonBlank[rank[i] - 1] ?? -1;

    const raw: { line: number; text: string; found: FoundDate[]; stamp: boolean; byline: boolean }[] = [];
    const skipped = { prose: 0, embed: 0, copyright: 0 };
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      // A related article's date (its line went with the related-links block) is that article's.
      if (!HAS_DIGIT.test(l.text) || l.removedBy === "related-links") continue;
      const text = visible(l.text);
      let found = findDates(text, opts);
      if (!found.length) continue;
      if (COPYRIGHT.test(text)) {
        skipped.copyright++;
        continue;
      }
      if (EMBED.test(l.raw)) {
        skipped.embed++;
        continue;
      }
      const labelled = found.some((f) => f.label !== null);
      const others = wordsBesideDates(text, found).length;
      if (others > MAX_STAMP_WORDS || (!labelled && inWrappedParagraph(doc, i)) || (others >= SENTENCE_WORDS && endsSentence(text))) {
        skipped.prose++;
        continue;
      }
      // A label alone on the line above ("Published:" / "21 June 2018") labels the first date.
      if (!labelled) {
        const label = labelLine(visible(lines[prevNonBlank(i)]?.text ?? ""));
        if (label) found = [{ ...found[0], label }, ...found.slice(1)];
      }
      const byline = BYLINE_WORD.test(text);
      const stamp = others <= 1 || labelled || byline || nameBesideDate(text, found);
      // A line the title rule took is a candidate only when it is plainly a date stamp.
      if (l.usedFor === "title" && !stamp) continue;
      raw.push({ line: i, text, found, stamp, byline });
    }
    if (skipped.prose + skipped.embed + skipped.copyright)
      ctx.decide("published_date", `ignored dates in ${skipped.prose} prose, ${skipped.embed} embedded-post/comment and ${skipped.copyright} copyright lines`);

    // Shapes are counted on each side of the article's end: comment and list stamps below the article do
    // not make a date line in its header look repeated.
    const shapes = new Map<string, number>();
    const sideShape = (r: (typeof raw)[number]) => `${r.line > end ? "after" : "before"}\u0000${shapeOf(r.text, r.found)}`;
    for (const r of raw) {
      const k = sideShape(r);
      shapes.set(k, (shapes.get(k) ?? 0) + 1);
    }

    const candidates: Candidate[] = [];
    for (const r of raw) {
      const i = r.line;
      let base: number;
      let place: string;
      const inHeader = at(i) >= at(top) - ABOVE_TITLE_SLACK && at(i) <= at(start) + BELOW_START_SLACK;
      const repeated = (shapes.get(sideShape(r)) ?? 0) >= REPEATED_SHAPE && i > top;
      // Once the article has started, stamps that repeat (comments, list items) are never the publication date.
      if (repeated && i > start) continue;
      if (inHeader) {
        base = SCORE_HEADER - Math.min(dist(i, start), titleAt >= 0 ? dist(i, titleAt) : Infinity) * 0.5;
        place = "beside the headline / above the article";
      } else if (i < top) {
        base = Math.max(SCORE_FAR, SCORE_ABOVE - dist(top, i) * 0.5);
        place = "above the headline";
      } else if (i <= end) {
        // Inside the running text only a stamp line (a bare date, a labelled date, a byline) counts.
        if (!r.stamp) continue;
        base = SCORE_IN_BODY;
        place = "a stamp line inside the article";
      } else if (dist(i, end) <= AFTER_END_WINDOW) {
        base = SCORE_AFTER_END - dist(i, end);
        place = "just after the article";
      } else {
        // Far below the article only a labelled stamp ("First published on …") or a byline still counts.
        if (!r.found.some((f) => f.label === "published") && !r.byline) continue;
        base = SCORE_FAR;
        place = "far below the article";
      }
      const alone = wordsBesideDates(r.text, r.found).length <= 1;
      for (const f of r.found) {
        let score = base;
        const notes = [place];
        if (f.label === "published") (score += BONUS_PUBLISHED), notes.push("labelled published");
        if (f.label === "updated") (score -= MALUS_UPDATED), notes.push("labelled updated");
        if (alone) (score += BONUS_ALONE), notes.push("a date line");
        if (titleAt >= 0 && i > titleAt && i <= start) (score += BONUS_UNDER_TITLE), notes.push("under the headline");
        if (repeated) (score -= MALUS_REPEATED), notes.push("shape repeats like comment/list stamps");
        if (f.shortYear) score -= MALUS_SHORT_YEAR;
        candidates.push({ line: i, found: f, score, why: notes.join(", ") });
      }
    }
    if (!candidates.length) {
      ctx.warn("no publication date printed");
      return;
    }
    // Best score; ties go to the earlier line (the header is read top-down).
    const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
    if (candidates.length > 1) ctx.decide("published_date", `${candidates.length} date candidates; best scored ${best.score.toFixed(1)} on line ${lines[best.line].n}`);
    ctx.capture("published_date", best.found.date, `date ${best.why}`, [best.line]);
    if (best.found.time) ctx.capture("published_time", best.found.time, "time printed with the date", [best.line]);
    if (lines[best.line].usedFor === "title") ctx.decide("published_date", "the date sits on the line taken as the headline; the line is left to the title");
    else ctx.use("published_date", [best.line], "publication date line");
  },
};
