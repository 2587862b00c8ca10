// Clean: turn a decoded document into numbered lines and run the boilerplate rules over it, in order.
// Each rule is one file under rules/; the order below is the recipe (link-aware rules before the rule
// that unwraps links; paragraph re-joining last).
import type { IngestedDoc } from "../ingest/index.ts";
import { emptyCaptured, type WorkingDoc } from "../document.ts";
import { runRules, type Rule } from "../rules.ts";
import { articleNumber } from "./rules/article-number.ts";
import { authorBioRule } from "./rules/author-bio.ts";
import { articleRegion } from "./rules/article-region.ts";
import { commentRun } from "./rules/comment-run.ts";
import { followPrompt } from "./rules/follow-prompt.ts";
import { danglingLeadIn } from "./rules/dangling-lead-in.ts";
import { trailingLabelRule } from "./rules/trailing-label.ts";
import { repeatedCaption } from "./rules/repeated-caption.ts";
import { breadcrumb } from "./rules/breadcrumb.ts";
import { emptyPunctuation } from "./rules/empty-punctuation.ts";
import { iconFontRun } from "./rules/icon-font-run.ts";
import { keyEvents } from "./rules/key-events.ts";
import { markdownInline } from "./rules/markdown-inline.ts";
import { masthead } from "./rules/masthead.ts";
import { menuLine } from "./rules/menu-line.ts";
import { metadataBullets } from "./rules/metadata-bullets.ts";
import { originalUrl } from "./rules/original-url.ts";
import { photoCredit } from "./rules/photo-credit.ts";
import { cjkCaptionCredit } from "./rules/cjk-caption-credit.ts";
import { printSource } from "./rules/print-source.ts";
import { relatedLinks } from "./rules/related-links.ts";
import { splitParagraphs } from "./rules/split-paragraphs.ts";
import { tagLine } from "./rules/tag-line.ts";
import { tagList } from "./rules/tag-list.ts";
import { uiLabels } from "./rules/ui-labels.ts";
import { shareButtons } from "./rules/share-buttons.ts";
import { galleryCounter } from "./rules/gallery-counter.ts";
import { readingTime } from "./rules/reading-time.ts";
import { embeddedPost } from "./rules/embedded-post.ts";
import { detectWrapWidth } from "../text/wrap.ts";
import { shortDumpWidth } from "./short-dump-width.ts";

/** The rules that run before the article region is chosen (the block model is trained on their output). */
export const PRE_REGION_RULES: readonly Rule[] = [
  iconFontRun,
  uiLabels,
  readingTime,
  galleryCounter,
  embeddedPost,
  emptyPunctuation,
  breadcrumb,
  menuLine,
  originalUrl,
  tagLine,
  relatedLinks,
  keyEvents,
  photoCredit,
  cjkCaptionCredit,
  printSource,
  articleNumber,
  masthead,
  metadataBullets,
  tagList,
];

export const CLEAN_RULES: readonly Rule[] = [...PRE_REGION_RULES, articleRegion, shareButtons, commentRun, followPrompt, repeatedCaption, danglingLeadIn, trailingLabelRule, authorBioRule, markdownInline, splitParagraphs];

export interface CleanedDoc {
  id: string;
  sourceFile: string;
  sha256: string;
  encoding: string;
  doc: WorkingDoc;
}

/** Splits decoded text into the working document the rules share. */
export function toWorkingDoc(sourceFile: string, text: string): WorkingDoc {
  const raw = text.split("\n");
  return {
    sourceFile,
    lines: raw.map((t, i) => ({ n: i + 1, text: t, raw: t })),
    captured: emptyCaptured(),
    log: [],
    warnings: [],
    // (a dump too short for detectWrapWidth: short-dump-width.ts)
    wrapWidth: detectWrapWidth(raw) ?? shortDumpWidth(raw),
  };
}

export function clean(input: IngestedDoc, rules: readonly Rule[] = CLEAN_RULES): CleanedDoc {
  const doc = runRules(toWorkingDoc(input.sourceFile, input.text), rules, "clean");
  return { id: input.id, sourceFile: input.sourceFile, sha256: input.sha256, encoding: input.encoding, doc };
}
