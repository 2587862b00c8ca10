// Finds the headline among the lines above the article (the header zone and the page head before it).
// Each headline-shaped line (a few words, not a date, byline, link list item, menu entry or sentence)
// is scored: a Markdown heading counts most, then a text the page repeats (headlines are printed twice,
// and sit in share links and the page address as a slug), then closeness to the article's first
// paragraph. A '<title>'-style "Headline | Site" is cut to the headline, and the copies of the
// headline above the article are removed with it.
import type { Rule } from "../../rules.ts";
import { bulletItem, firstProseIndex, type WorkingDoc } from "../../document.ts";
import { continuesWrappedLine } from "../../clean/wrap.ts";
import { isDateLine } from "../../text/dates.ts";
import { linkDensity, stripInlineMarkdown } from "../../text/markdown.ts";
import { comparable } from "../../text/normalize.ts";
import { isBylineLine, looksLikePersonName } from "./byline.ts";
import { BYLINE_LEADS } from "../lexicon/bylines.ts";
import { BOILERPLATE_CUES } from "../../clean/lexicon/boilerplate.ts";

const MIN_WORDS = 2;
const MAX_WORDS = 30;
/** Candidates further above the article than this many non-blank lines are not considered. */
const MAX_DISTANCE = 250;
/** Words of a candidate looked for elsewhere in the page (share links, slugs, a second copy). */
const ECHO_WORDS = 6;
const SITE_SEPARATOR = /\s+[|–—•·:]\s+|\s+-\s+/;

const SCORE = {
  h1: 4,
  h2: 2,
  h3: 1,
  /** Per repetition elsewhere in the page, up to ECHO_CAP repetitions. */
  echo: 1.5,
  echoCap: 2,
  /** Per non-blank line between the candidate and the article. */
  distance: -0.03,
  distanceCap: -3,
  bullet: -3,
  link: -2.5,
  indent: -2,
  cue: -2,
  goodLength: 0.5,
  tooShort: -1,
  allCaps: -1,
  fullStop: -1.5,
  caption: -2.5,
  person: -2,
  dated: -2,
  byline: -2.5,
};

/** Caption and credit marks: "(Credit: iStock)", "Photograph: AFP via Getty", "Image copyright Getty Images". */
const CAPTION = /\b(?:getty|photograph|photo|credit|image copyright|afp|reuters|ap photo|shutterstock|istock|foto|bild)\b/i;
const DATE_OR_TIME = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i;
const escapeLead = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BYLINE_LEAD = new RegExp(`^(?:${BYLINE_LEADS.map(escapeLead).join("|")})\\s+\\p{Lu}`, "iu");

/** "Headline | Site Name" → "Headline" when the tail is short (a site name), else unchanged. */
export function stripSiteName(title: string): string {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const tail = parts[parts.length - 1];
  const head = title.slice(0, title.length - tail.length).replace(/\s*(?:[|–—•·:]|-)\s*$/, "");
  if (/:/.test(title.slice(head.length, title.length - tail.length)) ) return title; // "Column: ..." style subtitles stay
  return tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3 ? head.trim() : title;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${BOILERPLATE_CUES.map(escapeRe).join("|")})(?![\\p{L}])`, "u");
const wordCount = (t: string) => {
  const cjk = t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return Math.max(t.split(/\s+/).filter(Boolean).length, Math.round(cjk / 2));
};

/** Letters and digits only, words separated by one space, URL escapes decoded: for "is it repeated?" checks. */
export function echoKey(s: string): string {
  return s
    .replace(/%20|\+/g, " ")
    .replace(/%[0-9A-Fa-f]{2}/g, " ")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function headlineShaped(t: string): boolean {
  const words = wordCount(t);
  return words >= MIN_WORDS && words <= MAX_WORDS && !/[,;:]$/.test(t) && !/^https?:\/\//.test(t) && !/[©@]/.test(t) && !isDateLine(t) && !isBylineLine(t);
}

interface Candidate {
  lines: number[];
  text: string;
  score: number;
}

function candidates(doc: WorkingDoc, stop: number): Candidate[] {
  const { lines } = doc;
  const page = ` ${echoKey(lines.map((l) => l.raw).join("\n"))} `;
  const out: Candidate[] = [];
  let distance = 0;
  for (let i = stop - 1; i >= 0 && distance < MAX_DISTANCE; i--) {
    const l = lines[i];
    if (!l.raw.trim()) continue;
    distance++;
    // Lines the article-region rule dropped above the article are still candidates; other removals are not.
    if (l.removedBy && l.removedAs !== "metadata" && l.removedBy !== "article-region") continue;
    if (l.usedFor) continue;
    // The second half of a wrapped line is not where a headline starts.
    if (doc.wrapWidth && i > 0 && lines[i - 1].raw.trim() && continuesWrappedLine(lines[i - 1].raw, l.raw, doc.wrapWidth)) continue;
    // A headline wrapped over two lines by a text browser.
    const group = [i];
    if (doc.wrapWidth && i + 1 < stop && lines[i + 1].raw.trim() && continuesWrappedLine(l.raw, lines[i + 1].raw, doc.wrapWidth)) group.push(i + 1);
    const raw = group.map((j) => lines[j].raw.trim()).join(" ");
    const text = stripInlineMarkdown(raw).replace(/\s+/g, " ").trim();
    if (!headlineShaped(text)) continue;
    let score = 0;
    const heading = /^\s{0,3}(#{1,6})\s+\S/.exec(l.raw);
    if (heading) score += heading[1].length === 1 ? SCORE.h1 : heading[1].length === 2 ? SCORE.h2 : SCORE.h3;
    const key = echoKey(text).split(" ").slice(0, ECHO_WORDS).join(" ");
    let echoes = -1;
    for (let at = page.indexOf(` ${key} `); at >= 0 && echoes < SCORE.echoCap; at = page.indexOf(` ${key} `, at + key.length + 1)) echoes++;
    score += SCORE.echo * Math.max(0, echoes);
    score += Math.max(SCORE.distanceCap, SCORE.distance * distance);
    if (bulletItem(l.raw) !== null || /^\s*[☆□◦▪►→]/u.test(l.raw)) score += SCORE.bullet;
    if (linkDensity(raw) > 0.5) score += SCORE.link;
    if (/^\s{4,}/.test(l.raw)) score += SCORE.indent;
    if (CUE.test(text.toLowerCase()) && wordCount(text) <= 4) score += SCORE.cue;
    const words = wordCount(text);
    if (words >= 4 && words <= 20) score += SCORE.goodLength;
    if (words < 3) score += SCORE.tooShort;
    if (!/\p{Ll}/u.test(text)) score += SCORE.allCaps;
    if (/[^.]\.$/.test(text)) score += SCORE.fullStop;
    if (CAPTION.test(text)) score += SCORE.caption;
    if (looksLikePersonName(text.replace(/^\p{L}{1,6}\s+(?=\p{Lu})/u, "")) && words <= 4) score += SCORE.person;
    if (DATE_OR_TIME.test(text) && words <= 12) score += SCORE.dated;
    if (BYLINE_LEAD.test(text)) score += SCORE.byline;
    out.push({ lines: group, text, score });
  }
  return out;
}

export const title: Rule = {
  id: "title",
  description: "Scores the headline-shaped lines above the article (heading marks, repetition, closeness) and takes the best as the title.",
  apply(ctx) {
    const { doc } = ctx;
    const stop = Math.min(firstProseIndex(doc), doc.lines.length);
    const cands = candidates(doc, stop);
    if (!cands.length) {
      ctx.warn("no headline found above the article");
      return;
    }
    // Highest score wins; on a tie the one nearer the article.
    const best = cands.reduce((a, b) => (b.score > a.score ? b : a));
    const headline = stripSiteName(best.text);
    ctx.capture("title", headline, `best-scored headline-shaped line above the article (score ${best.score.toFixed(1)})`, best.lines);
    ctx.use("title", best.lines, "headline");
    const key = comparable(headline);
    for (const c of cands)
      if (c !== best && comparable(stripSiteName(c.text)) === key && c.lines.every((i) => !doc.lines[i].usedFor)) ctx.use("title", c.lines, "headline printed again");
  },
};
