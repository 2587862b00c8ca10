// Cuts a run of reader comments off the end of the article region. Comment sections repeat one stamp
// per comment — a short line with a date (a year) and a time, in the same shape each time ("November
// 19, 2019 at 6:34 am", "19.11.2019 um 06:34") — every few lines. Where three or more such stamps
// follow the article's running text in the region, the region ends after the last paragraph before the
// first of them (the comment count, share links and the first commenter's name go with the comments).
// Script- and language-general: it reads digits, line shape and repetition only. A page of posts with
// no article in front of its first stamp (a forum thread) is left alone.
import type { Rule } from "../../rules.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";
import { countSpaced, endsSentence } from "../../text/normalize.ts";

/** A comment stamp: a short line holding a year and a clock time (either order). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)/;
const TIME = /(?<![\d.,])\d{1,2}(?::\d{2}|\s?h\s?\d{2}|\.\d{2}\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))(?![\d.,])/iu;
const MAX_STAMP_WORDS = 14;
/** This many stamps of one shape make a comment run ... */
const MIN_STAMPS = 3;
/** ... each at most this many non-blank lines after the one before. */
const MAX_GAP = 12;
/** Words of running text the region must hold before the first stamp (else it is a thread of posts). */
const MIN_ARTICLE_WORDS = 80;

/** A stamp's shape: digits and letter runs blanked, so that every comment's stamp has the same one. */
const shapeOf = (t: string) => t.replace(/\p{N}+/gu, "0").replace(/\p{L}+/gu, "a").replace(/\s+/g, " ").trim();

export const commentRun: Rule = {
  id: "comment-run",
  description: "Cuts reader comments (three or more same-shaped date-and-time stamps) off the end of the article region.",
  apply(ctx) {
    const { doc } = ctx;
    const art = doc.article;
    if (!art) return;
    // Every non-blank line of the region, also those the region rule removed inside it as boilerplate
    // (stamps and names score low; the comments' text often does not).
    const live: number[] = [];
    for (let i = art.start; i <= art.end; i++) if (doc.lines[i].text.trim()) live.push(i);
    // Stamps by shape, in line order, as positions in `live`.
    const byShape = new Map<string, number[]>();
    live.forEach((i, k) => {
      const raw = doc.lines[i].text;
      if (raw.length > 300) return;
      // (what a reader sees: an image's address holds digits that are no stamp)
      const t = raw.includes("](") || raw.includes("<") ? stripInlineMarkdown(raw).trim() : raw;
      if (!t || !TIME.test(t) || !YEAR.test(t) || countSpaced(t) > MAX_STAMP_WORDS) return;
      const s = shapeOf(t);
      const ks = byShape.get(s);
      if (ks) ks.push(k);
      else byShape.set(s, [k]);
    });
    let first = -1;
    for (const ks of byShape.values()) {
      // the first run of MIN_STAMPS stamps with gaps of at most MAX_GAP lines
      for (let a = 0; a + MIN_STAMPS - 1 < ks.length; a++) {
        let ok = true;
        for (let b = a + 1; b < a + MIN_STAMPS; b++) if (ks[b] - ks[b - 1] > MAX_GAP) ok = false;
        if (ok) {
          if (first < 0 || ks[a] < first) first = ks[a];
          break;
        }
      }
    }
    if (first < 0) return;
    // The article's running text before the first stamp, and its last sentence.
    let words = 0;
    let lastSentence = -1;
    for (let k = 0; k < first; k++) {
      const l = doc.lines[live[k]];
      if (l.removedBy) continue;
      const t = l.text;
      words += countSpaced(t);
      if (endsSentence(t) && countSpaced(t) >= 8) lastSentence = k;
    }
    if (words < MIN_ARTICLE_WORDS || lastSentence < 0) return;
    const from = live[lastSentence + 1];
    ctx.remove(from, art.end, `reader comments: ${MIN_STAMPS} or more same-shaped date-and-time stamps after the article, from line ${doc.lines[live[first]].n}`);
    const end = live[lastSentence];
    doc.article = { start: art.start, end };
    ctx.decide(null, `article region ends at line ${doc.lines[end].n}, before the comments`);
  },
};
