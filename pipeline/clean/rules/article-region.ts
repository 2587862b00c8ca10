// Finds where the article starts and ends and removes everything else: menus, link lists, share and
// sign-up blocks, "most read" lists, comments and footers. Each block (a Markdown line, or a wrapped
// paragraph of a text-browser dump re-joined) gets a probability of being article text from a small
// model (logistic, or boosted trees: ../block-classifier.ts) over its features (length, link density,
// stop-word and punctuation density, boilerplate cues, neighbours; ../blocks.ts builds the blocks,
// ../block-features.ts computes their features, ../block-scoring.ts runs block-model.json, trained and
// cross-validated by scripts/train-block-model.ts). The article is the contiguous run of blocks with the largest total
// "evidence" (probability above a threshold, weighted by length) — the densest run of prose — and
// inside it blocks that are clearly not text (a caption, a share bar) are removed too.
// The few blocks in front of the article (the header zone: headline, date, byline, standfirst) stay
// for the extract rules, which take what they need; the header-leftovers rule removes the rest after
// them. The start and end are marked on the document (doc.article; see articleStart/articleEnd).
import type { Rule } from "../../rules.ts";
import { bulletItem, endsInColon, isProse, opensListItem } from "../../document.ts";
import { countSpaced } from "../../text/normalize.ts";
import { hasCue } from "../../text/cues.ts";
import { isAppeal, TABLE_ROW } from "../block-features.ts";
import { BLOCK_MODEL, runSummary, scoreDoc, selectBlocks, type BlockModel } from "../block-scoring.ts";
import { EDGE_MIN_PROB, edgeSentences } from "../block-edge-sentences.ts";
import { appealAboveTail, closingAppeal, innerAppeals, trailingAppeals } from "../block-trailing-appeal.ts";
import { isNoticeRegion, regionBesideNotice } from "../block-notice-region.ts";
import { commentHeaderIn } from "../block-comment-header.ts";
import { sectionHeadingIn } from "../block-section-heading.ts";
import { adjacentRepeats } from "../block-adjacent-repeat.ts";
import { photoCreditBlock } from "../credit-end.ts";

/**
 * A kept block that belongs to the article even above its first paragraph: a list item (its first raw
 * line) or a lead-in of six or more words ending in a colon. Headlines, datelines and bylines are neither.
 */
export const opensBody = (firstRaw: string, text: string): boolean =>
  opensListItem(firstRaw) || leadIn(text);
/** A lead-in of six or more words ending in a colon ("Here is our pick for the weekend:"). */
const leadIn = (text: string): boolean => endsInColon(text) && countSpaced(text) >= 6;

/** A sentence ends in one of these marks, then only closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？؟।]["'”’»)]*$/u;
const HEADING_MARK = /^\s{0,3}#/;
/** An opening sentence above the region ends in a full stop (a headline may end in "?" or "!", seldom in "."). */
const FULL_STOP_END = /[.…。]["'”’»)]*$/u;
/** A line that opens with a link ("[More photos](…)", "- [Next story](…)"). */
const LINK_LINE = /^\s*(?:[-*+•]\s+)?!?\[/;
/**
 * A short lead sentence right above the first paragraph (a one-line opener, a quoted claim, "Welcome
 * back." under a deck) is kept by the model with high confidence but is too short for isProse, so it used
 * to fall in the header zone and was removed there. Above this probability, a kept block that reads as a
 * sentence (five or more words ending in a sentence mark, not a Markdown heading) opens the article too.
 * Headlines, bylines and date lines seldom end in a sentence mark, and the walk stops at the first kept
 * block that is neither; a standfirst right above the first paragraph can be taken as well. (Both
 * benches, 5 folds by site: trafilatura-dev snippet F1 0.879 → 0.881, recall 0.865 → 0.868; zyte-dev
 * body, titles, dates and authors unchanged.) The sentence shape does most of the work, so the bar was
 * lowered from 0.8 to 0.5: a short opener the model is less sure of ("A half century on, the band is
 * still touring.") is no header either (fit: trafilatura-dev snippets TP 2460 → 2466, FP unchanged,
 * title 0.832 → 0.834; zyte-dev body 0.924 → 0.925, its titles, dates and authors unchanged).
 */
export const LEAD_MIN_PROB = 0.5;
export const leadSentence = (firstRaw: string, text: string): boolean =>
  !HEADING_MARK.test(firstRaw) && SENTENCE_END.test(text) && sentenceWords(text) >= 5;

/** Letters of scripts written without spaces between words (Chinese, Japanese). */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/**
 * Words of a sentence: its space-separated runs, and in a script written without spaces one word per two
 * letters (a Chinese or Japanese word is one to three characters), so "総事業費は約120億円。" is a sentence
 * of several words, not one.
 */
export function sentenceWords(text: string): number {
  const spaced = countSpaced(text);
  if (spaced >= 5) return spaced;
  return spaced + Math.floor((text.match(UNSPACED_LETTER)?.length ?? 0) / 2);
}

/**
 * A sentence that may be taken at the region's edges (block-edge-sentences.ts): a lead sentence, not a
 * line opening with a link, with no boilerplate cue and no appeal to the reader (a sign-up line, a
 * thank-you for support, a cookie note is furniture however it ends).
 */
export const edgeSentence = (firstRaw: string, text: string): boolean =>
  leadSentence(firstRaw, text) && !LINK_LINE.test(firstRaw) && !furniture(text);

/** A text with a boilerplate cue or an appeal to the reader. */
function furniture(text: string): boolean {
  const lower = text.toLowerCase();
  return hasCue(lower) || isAppeal(text, lower);
}

/**
 * The shape of an article's short last paragraph (block-edge-sentences.ts): a sentence closed by one full
 * stop after a word of two or more letters or a number ("… next spring.", "… 120億円。"), not an ellipsis
 * (a teaser cut short), an abbreviation ("Stiftung e. V."), a list item or a reference ("2. FDIC.") nor a
 * labelled line ("Lea también: …").
 */
const LAST_PARAGRAPH_END = /[\p{L}\p{N}]{2}["'”’»)]*[.。]["'”’»)]*$/u;
const LABEL_LEAD = /^\s*(?:\S+\s+){0,2}\S+\s?[:：]\s/u;
export const lastParagraph = (firstRaw: string, text: string): boolean =>
  LAST_PARAGRAPH_END.test(text) && !opensListItem(firstRaw) && !LABEL_LEAD.test(text);
/** A last paragraph may be as short as this ("Rain is not forecast.", "Affaire à suivre."): a sentence still. */
const LAST_MIN_WORDS = 3;
/** The article's short last paragraph: a sentence of LAST_MIN_WORDS or more words, with no link, cue or appeal. */
export const lastSentence = (firstRaw: string, text: string): boolean =>
  !HEADING_MARK.test(firstRaw) && !LINK_LINE.test(firstRaw) && sentenceWords(text) >= LAST_MIN_WORDS && lastParagraph(firstRaw, text) && !furniture(text);

/** A live blog's entry time alone on a line ("20:00", "+++ 07:10 Uhr +++", "ore 09:00", "9.40 h"). */
const ENTRY_STAMP = /^[\s+*#|•·–—-]*(?:\p{L}{1,4}\.?\s)?\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|h|hs|ч|น\.|am|pm|a\.m\.|p\.m\.))?[\s+*#|•·–—-]*$/iu;

/**
 * A picture: a Markdown image, or a text dump's bracketed image name opening the block — a file name
 * with a digit, a dash, a dot or an underscore ("[chart-2]", "[imga132_thumb]"), not a button ("[Submit]").
 */
const PICTURE_OPEN = /^\s*(?:!\[|\[(?=[\p{L}\p{N}_.\-]*[\d_.\-])[\p{L}\p{N}_.\-]{6,}\])/u;
/** A picture's caption beside it has at most this many words. */
const MAX_PICTURE_CAPTION_WORDS = 12;
/** A picture with at most a short caption on its line ("[chart-2] Click to enlarge"). */
export const pictureLine = (firstRaw: string, text: string): boolean => PICTURE_OPEN.test(firstRaw) && countSpaced(text) <= MAX_PICTURE_CAPTION_WORDS;

/** Ends a sentence or a lead-in: the line after it starts a new one. */
const OPEN_END = /[.!?…。！？؟।:：;]["'”’»)]*$/u;
/**
 * Does block i continue the sentence block i - 1 leaves open: the very next line, starting with a
 * lower-case letter, after a line that ends in no sentence mark ("… zatłoczone" / "skrzyżowania w śródmieściu.")?
 */
export function continuesSentence(doc: { lines: readonly { raw: string }[]; wrapWidth: number | null }, blocks: readonly { lines: number[]; text: string }[], i: number): boolean {
  // (a text browser's dump re-joins its wrapped lines into blocks already: a lower-case line left apart
  // there is a caption's or a graphic's label, not the rest of a sentence)
  if (i <= 0 || i >= blocks.length || doc.wrapWidth !== null) return false;
  const prev = blocks[i - 1];
  const cur = blocks[i];
  if (prev.lines[prev.lines.length - 1] + 1 !== cur.lines[0]) return false;
  return /^\p{Ll}/u.test(cur.text) && !OPEN_END.test(prev.text) && countSpaced(prev.text) >= 3 && !HEADING_MARK.test(doc.lines[prev.lines[0]].raw);
}

/** Blocks left in front of the article, for the headline, date, byline and standfirst. */
const HEADER_BLOCKS = 25;

/** The rule with a given block model (the cross-validation in scripts/train-block-model.ts runs each fold's). */
export const articleRegionWith = (model: BlockModel): Rule => ({
  id: "article-region",
  description: "Keeps the densest run of article-like blocks (logistic block model) and removes the rest, logging why.",
  apply(ctx) {
    const { doc } = ctx;
    const { blocks, probs, cued } = scoreDoc(doc, model);
    const selected = selectBlocks(blocks, probs, model);
    let { keep } = selected;
    let region = selected.region;
    // A cookie or privacy notice taken for the article (block-notice-region.ts): the next densest run.
    if (region) {
      // (a block with a cue: the feature pass counted its cues already, on the same lower-cased text)
      const cue = (i: number) => cued[i] === 1;
      if (isNoticeRegion(keep, region, (i) => countSpaced(blocks[i].text), cue)) {
        const next = regionBesideNotice(blocks, probs, region, model);
        if (next) {
          ctx.decide(null, `the densest run (lines ${doc.lines[blocks[region[0]].lines[0]].n}–${doc.lines[blocks[region[1]].lines[0]].n}) reads as a notice (most of its words in blocks with a boilerplate cue): the next densest run taken`);
          ({ region, keep } = next);
        }
      }
    }
    // A page too short for the model to find a region (a one-sentence brief under a menu and a date): the
    // run of sentences around the best-scoring sentence block is the article. A page with no sentence
    // block keeps all its lines.
    if (!region) {
      const sentence = (i: number) => leadSentence(doc.lines[blocks[i].lines[0]].raw, blocks[i].text) || isProse(blocks[i].text);
      let best = -1;
      for (let i = 0; i < blocks.length; i++) if (sentence(i) && (best < 0 || probs[i] > probs[best])) best = i;
      if (best < 0) {
        ctx.decide(null, "no article region found: nothing removed");
        return;
      }
      let [a, b] = [best, best];
      while (a > 0 && sentence(a - 1)) a--;
      while (b + 1 < blocks.length && sentence(b + 1)) b++;
      for (let i = a; i <= b; i++) keep[i] = true;
      region = [a, b];
      ctx.decide(null, `no block scored as article text (best p=${probs[best].toFixed(2)}): the run of sentence blocks around the best one taken as the article`);
    }
    let [regionStart, e] = region;
    const firstRawOf = (i: number) => doc.lines[blocks[i].lines[0]].raw;
    const closing = (i: number) => edgeSentence(firstRawOf(i), blocks[i].text);
    // A closing sentence the region holds with p between the region's and the keep threshold is the
    // article's last paragraph, not boilerplate ("Die ersten Bauarbeiten sollen im Herbst beginnen." above
    // a "Lesen Sie auch" line): a short last paragraph looks like a teaser to the model.
    for (let i = e; i > regionStart && !keep[i] && probs[i] >= model.regionThreshold && closing(i); i--) {
      keep[i] = true;
      ctx.decide(null, `closing sentence at the article region's end kept (line ${doc.lines[blocks[i].lines[0]].n}, p=${probs[i].toFixed(2)})`);
    }
    // Sentences touching the region's edges (block-edge-sentences.ts): a short closing line above the
    // footer, a short opening sentence above the first paragraph.
    // (a unit of blocks a..b: one block, or the lines of a paragraph split mid-sentence)
    const unitText = (a: number, b: number) => (a === b ? blocks[a].text : blocks.slice(a, b + 1).map((x) => x.text).join(" "));
    const closingUnit = (a: number, b: number) => edgeSentence(firstRawOf(a), unitText(a, b));
    const edges = edgeSentences(blocks, probs, regionStart, e, {
      closing: closingUnit,
      opening: (a, b) => closingUnit(a, b) && FULL_STOP_END.test(unitText(a, b)),
      last: (a, b) => lastSentence(firstRawOf(a), unitText(a, b)),
      continues: (i) => continuesSentence(doc, blocks, i),
      bridge: (i) => {
        const raw = firstRawOf(i);
        if (ENTRY_STAMP.test(blocks[i].text)) return "stamp";
        if (pictureLine(raw, blocks[i].text)) return "picture";
        // (not in a text browser's dump, whose "•" items past an article are a form's fields or a menu)
        // (nor a list of sign-up steps or links: "- Sign up for a … account")
        if (doc.wrapWidth === null && (TABLE_ROW.test(raw) || (opensListItem(raw) && !LINK_LINE.test(bulletItem(raw) ?? raw) && !furniture(blocks[i].text)))) return "list";
        return null;
      },
    });
    // A region whose every block falls under the keep threshold is a short story (one or two sentences of
    // a brief): its best block is the article, else the page would have no body at all. (The body gate
    // still rejects it later if that block is no running text.) Sentences taken at its edges below do not
    // make it less so: the densest run stays the article's core.
    if (!keep.slice(regionStart, e + 1).some(Boolean)) {
      let best = regionStart;
      for (let i = regionStart + 1; i <= e; i++) if (probs[i] > probs[best]) best = i;
      keep[best] = true;
      ctx.decide(null, `no block of the article region reached the keep threshold: its best block (line ${doc.lines[blocks[best].lines[0]].n}, p=${probs[best].toFixed(2)}) kept as the article`);
    }
    const edgeBlocks = new Set(edges.taken);
    for (const i of edges.taken) keep[i] = true;
    [regionStart, e] = [edges.start, edges.end];
    // A block printed twice in a row (block-adjacent-repeat.ts): an image's alt text over its caption, a
    // teaser over the lead. The first copy goes.
    const repeats = new Set(adjacentRepeats(blocks, keep, regionStart, e));
    for (const i of repeats) keep[i] = false;
    // A caption that ends in a photo credit ("… on Monday. (AP Photo/Jane Doe)", "… Credit: ESA"): a text
    // dump wraps it over lines into one block of prose, which the model keeps; or a short credit line
    // ("© dpa/Jane Doe") (credit-end.ts). It goes, unless it is the region's only kept block.
    const captions = new Set<number>();
    let keptLeft = 0;
    for (let i = regionStart; i <= e; i++) if (keep[i]) keptLeft++;
    for (let i = regionStart; i <= e && keptLeft > 1; i++) {
      if (keep[i] && photoCreditBlock(blocks[i].text)) {
        keep[i] = false;
        captions.add(i);
        keptLeft--;
      }
    }
    // The running text starts at the region's first kept paragraph of prose; kept short lines before it
    // (a kicker, a byline, a date) belong to the header zone, where the extract rules look for them.
    // (a paragraph split mid-sentence over two lines is read whole: "… Práce potrvají" / "přibližně dva roky.")
    const unitEndOf = (i: number) => {
      while (i < e && continuesSentence(doc, blocks, i + 1)) i++;
      return i;
    };
    const firstProseFrom = (from: number) => {
      for (let i = from; i <= e; i++) if (keep[i] && isProse(unitText(i, unitEndOf(i)))) return i;
      return -1;
    };
    let s = Math.max(regionStart, firstProseFrom(regionStart));
    // A list or a lead-in ending in a colon right above that paragraph (ingredients, "the ten best: …",
    // "he wrote:") is already article text, not header: the start moves up over such kept blocks.
    const firstParagraph = s;
    // So is a short sentence the model is sure of (LEAD_MIN_PROB), as an opening line.
    let leads = 0;
    for (let j = s - 1; j >= regionStart; j--) {
      if (!keep[j]) continue;
      const firstRaw = doc.lines[blocks[j].lines[0]].raw;
      if (!opensBody(firstRaw, blocks[j].text)) {
        if (!((probs[j] >= LEAD_MIN_PROB || edgeBlocks.has(j)) && leadSentence(firstRaw, blocks[j].text))) break;
        leads++;
      }
      s = j;
    }
    // A region that opens with a list takes the lead-in just above it ("Here is our pick for the
    // weekend:"), which the model, seeing a lone line, may have left outside.
    if (s === regionStart && s > 0 && opensListItem(doc.lines[blocks[s].lines[0]].raw)) {
      const above = blocks[s - 1];
      if (leadIn(above.text) && !opensListItem(doc.lines[above.lines[0]].raw)) {
        s--;
        keep[s] = true;
        leads++;
      }
    }
    // Comments the region ran on into (block-comment-header.ts): it ends before their header.
    const header = commentHeaderIn(blocks, s, e);
    if (header >= 0) {
      e = header - 1;
      while (e > s && !keep[e]) e--;
      ctx.decide(null, `comment section header (line ${doc.lines[blocks[header].lines[0]].n}: a count and the headline in quotes): the article region ends before it`);
    }
    // The heading of the next section ("Related articles", "Tags:") under most of the region's words
    // (block-section-heading.ts): the article ends above it.
    const heading = sectionHeadingIn(blocks, keep, s, e, (i) => countSpaced(blocks[i].text));
    if (heading >= 0) {
      ctx.decide(null, `section heading under the article (line ${doc.lines[blocks[heading].lines[0]].n}: related links or tags): the article region ends above it, the ${e - heading + 1} block${e > heading ? "s" : ""} from it on removed`);
      e = heading - 1;
      while (e > s && !keep[e]) e--;
    }
    // An appeal near the end with a few blocks under it (a paywall over a members' list, a plea over the
    // author's bio): the article ends above it (block-trailing-appeal.ts).
    const tail = appealAboveTail(keep, s, e, (i) => countSpaced(blocks[i].text), (i) => !opensListItem(firstRawOf(i)) && isAppeal(blocks[i].text, blocks[i].text.toLowerCase()));
    if (tail >= 0) {
      ctx.decide(null, `appeal to subscribe or sign up near the end (line ${doc.lines[blocks[tail].lines[0]].n}): the article region ends above it, the ${e - tail + 1} block${e > tail ? "s" : ""} from it on removed`);
      e = tail - 1;
      while (e > s && !keep[e]) e--;
    }
    // A paywall or sign-up note closing the region is cut off its end (block-trailing-appeal.ts).
    const appeals = trailingAppeals(blocks, keep, s, e);
    if (appeals.cut.length) {
      e = appeals.end;
      ctx.decide(null, `${appeals.cut.length} appeal${appeals.cut.length > 1 ? "s" : ""} to subscribe or sign up closing the region cut off its end: ${appeals.cut.map((i) => `line ${doc.lines[blocks[i].lines[0]].n}`).join(", ")}`);
    }
    // Appeals set between the article's paragraphs (a sign-up box, a plea for support) go too, unless one
    // is the region's only kept block (a list item may be a step of the story: "Sign up for an account").
    const inner = new Set(innerAppeals(keep, s, e, (i) => !opensListItem(firstRawOf(i)) && closingAppeal(blocks[i].text)));
    if (inner.size && keep.slice(s, e + 1).filter(Boolean).length > inner.size) for (const i of inner) keep[i] = false;
    else inner.clear();
    const headerFrom = Math.max(0, s - HEADER_BLOCKS);
    const pct = (p: number) => `p=${p.toFixed(2)}`;
    // Everything before the header zone and after the region goes as one run each: one audit row per
    // run (with how many blocks and their probability range) rather than one per menu item.
    const removeRun = (a: number, b: number, where: string) => {
      if (a > b) return;
      ctx.remove(blocks[a].lines[0], blocks[b].lines[blocks[b].lines.length - 1], `${where} the article region (${runSummary(probs, a, b)})`);
    };
    removeRun(0, headerFrom - 1, "before");
    for (let i = s; i <= e; i++) {
      const b = blocks[i];
      if (repeats.has(i)) ctx.remove(b.lines[0], b.lines[b.lines.length - 1], "printed twice in a row (an image's alt text over its caption, a teaser over the lead): the first copy removed");
      else if (captions.has(i)) ctx.remove(b.lines[0], b.lines[b.lines.length - 1], "caption ending in a photo credit, or a credit line, inside the article");
      else if (inner.has(i)) ctx.remove(b.lines[0], b.lines[b.lines.length - 1], "appeal to subscribe, sign up or support inside the article");
      else if (!keep[i]) ctx.remove(b.lines[0], b.lines[b.lines.length - 1], `boilerplate block inside the article (${pct(probs[i])})`);
    }
    removeRun(e + 1, blocks.length - 1, "after");
    // Lines with nothing a reader sees (an image, an empty link) are not blocks (see buildBlocks).
    const inBlock = new Uint8Array(doc.lines.length);
    for (const b of blocks) for (const i of b.lines) inBlock[i] = 1;
    doc.lines.forEach((l, i) => {
      if (!inBlock[i] && !l.removedBy && l.text.trim()) ctx.remove(i, i, "no visible text (an image or an empty link)");
    });
    doc.article = { start: blocks[s].lines[0], end: blocks[e].lines[blocks[e].lines.length - 1] };
    if (edges.taken.length)
      ctx.decide(null, `${edges.taken.length} sentence block${edges.taken.length > 1 ? "s" : ""} touching the densest run (p≥${EDGE_MIN_PROB}) taken into the article region: ${edges.taken.map((i) => `line ${doc.lines[blocks[i].lines[0]].n}`).join(", ")}`);
    ctx.decide(null, `article region: lines ${doc.lines[doc.article.start].n}–${doc.lines[doc.article.end].n} (${e - s + 1} of ${blocks.length} blocks${s < firstParagraph ? `; starts ${firstParagraph - s} blocks above its first paragraph, at a list, a lead-in${leads ? ` or ${leads} lead sentence${leads > 1 ? "s" : ""} (p≥${LEAD_MIN_PROB})` : ""}` : ""})`);
  },
});

export const articleRegion: Rule = articleRegionWith(BLOCK_MODEL);
