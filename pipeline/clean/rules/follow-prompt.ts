// Removes calls to follow the outlet elsewhere left in the article region ("Síguenos en Facebook, X e
// Instagram", "Подписывайтесь на наш канал в Telegram", "Follow us on Google News"): a short line that
// opens with a follow or subscribe lead and names a channel (a network, a messenger, a newsletter). Such
// lines sit between or after the paragraphs and score like text, yet they are site furniture.
import type { Rule } from "../../rules.ts";
import { FOLLOW_CHANNELS, FOLLOW_LEADS } from "../lexicon/follow-prompts.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";
import { countSpaced } from "../../text/normalize.ts";

/** A prompt is one short line: a longer one is a sentence about following or subscribing. */
const MAX_WORDS = 16;
const MAX_CHARS = 140;
/** Leads longest first, so that "follow us" is tried before "follow". */
const LEADS = [...FOLLOW_LEADS].sort((a, b) => b.length - a.length);
/** Scripts written without spaces between words: a lead in them may run straight into the next word. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A channel named as a word of its own (not "x" inside a word, nor "line" inside "online"). */
const CHANNEL_ALL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FOLLOW_CHANNELS.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** Bare English "follow" opens a prompt only before a name or a handle ("Follow Newsbeat on X"), not "Follow the money". */
const BARE_FOLLOW = /^[Ff]ollow\s+(?:\p{Lu}|@)/u;

/** The lead the line opens with, or null. */
export function followLead(text: string): string | null {
  const lower = text.toLowerCase();
  for (const lead of LEADS) {
    if (!lower.startsWith(lead)) continue;
    const next = lower.slice(lead.length, lead.length + 1);
    if (next && /\p{L}/u.test(next) && !UNSPACED.test(lead)) continue;
    if (lead === "follow" && !BARE_FOLLOW.test(text)) return null;
    return lead;
  }
  return null;
}

/** Words a prompt may print after the last channel it names (a handle: "Folgen Sie uns auf Twitter: @x"). */
const MAX_AFTER_CHANNEL = 3;

/**
 * Is the line a call to follow the outlet on a channel? It opens with a lead and ends with the channels
 * it names: "Follow these steps shared on Twitter to stop a thief" goes on past its channel.
 */
export function isFollowPrompt(text: string): boolean {
  if (text.length > MAX_CHARS * 3) return false;
  const t = (text.includes("](") || text.includes("<") ? stripInlineMarkdown(text) : text).replace(/^[\s*_#>•·-]+/, "").trim();
  if (!t || t.length > MAX_CHARS || countSpaced(t) > MAX_WORDS || followLead(t) === null) return false;
  let after = -1;
  for (const m of t.matchAll(CHANNEL_ALL)) after = countSpaced(t.slice(m.index + m[0].length));
  return after >= 0 && after <= MAX_AFTER_CHANNEL;
}

/** Is line i a paragraph of its own (a text dump wraps a paragraph over lines: one of them is no prompt)? */
const standsAlone = (lines: readonly { text: string }[], i: number): boolean =>
  (i === 0 || !lines[i - 1].text.trim()) && (i === lines.length - 1 || !lines[i + 1].text.trim());

export const followPrompt: Rule = {
  id: "follow-prompt",
  description: "Removes 'Follow us on …' / 'Síguenos en …' lines (a follow or subscribe lead naming a channel) from the article region.",
  apply(ctx) {
    const art = ctx.doc.article;
    if (!art) return;
    for (let i = art.start; i <= art.end; i++) {
      const line = ctx.doc.lines[i];
      if (line.removedBy || !line.text.trim() || !standsAlone(ctx.doc.lines, i)) continue;
      if (isFollowPrompt(line.text)) ctx.remove(i, i, "call to follow the outlet on a channel");
    }
  },
};
