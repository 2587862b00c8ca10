// Text comparisons that ignore typography: used to spot a title printed twice or a masthead that
// spells the site's domain.

/** Case-folded, quote/dash-normalised, white-space-collapsed form for equality tests. */
export const comparable = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[*_#]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Letters and digits only, lower-case: "The Moscow Times" → "themoscowtimes". */
export const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Words of a line, for counts and length signals (Unicode-aware). */
export const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];

/** Does the text end like a sentence (terminal punctuation, optionally inside closing quotes)? */
export const endsSentence = (s: string): boolean => /[.!?…。！？](?:["'”’»)\]]*)\s*$/u.test(s.trim());
