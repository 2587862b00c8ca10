// Detects the article's language from its title and body with franc-min (trigram model of the 82 most
// spoken languages, offline and maintained) and maps the ISO 639-3 code to ISO 639-1.
import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";

/** Fewer letters than this and the guess is not trusted: the field stays null. */
const MIN_CHARS = 40;

export function detectLanguage(text: string): string | null {
  if (text.replace(/[^\p{L}]/gu, "").length < MIN_CHARS) return null;
  const code3 = franc(text.slice(0, 4000), { minLength: MIN_CHARS });
  return code3 === "und" ? null : iso6393To1[code3] ?? null;
}

export const language: Rule = {
  id: "language",
  description: "Detects the language of title and body (franc-min) as an ISO 639-1 code.",
  apply(ctx) {
    const text = [ctx.doc.captured.title ?? "", ...paragraphs(ctx.doc).map((p) => p.text)].join("\n");
    const code = detectLanguage(text);
    if (code) ctx.capture("language", code, "franc-min on title and body");
    else ctx.warn("language could not be told (too little text)");
  },
};
