// A bounded memo for pure string functions that the rules call many times on the same text (the
// title ranker and the byline, date and subtitle rules all test the same header lines): results are
// kept per input string (short ones only), and the whole table is dropped once it holds MEMO_ENTRIES,
// so memory stays flat however many documents a process sees. Only for functions whose result
// depends on the string alone and is never mutated by callers (freeze objects before caching them).

/** Entries kept before the table is cleared (a few documents' worth of distinct lines). */
export const MEMO_ENTRIES = 4096;
/** Longer strings are computed every time, never kept (a table of huge lines would hold megabytes). */
export const MEMO_MAX_CHARS = 1000;

/**
 * A copy of s that shares no memory with the text it was cut from. V8 keeps a substring as a view
 * of its parent string, so a memo key cut from a 1 MB page would keep the whole page alive for as
 * long as the entry lives; slicing a fresh concatenation makes V8 copy just these characters.
 */
const detach = (s: string): string => (" " + s).slice(1);

/** Stands for a cached `undefined`, so a miss costs one lookup, not a lookup and a `has`. */
const UNDEFINED = Symbol("undefined");

export function memoByString<V>(fn: (s: string) => V, max = MEMO_ENTRIES): (s: string) => V {
  const table = new Map<string, V | typeof UNDEFINED>();
  return (s: string) => {
    if (s.length > MEMO_MAX_CHARS) return fn(s);
    const hit = table.get(s);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as V;
    const v = fn(s);
    if (table.size >= max) table.clear();
    // (A string result is often a trimmed piece of the input: detached too, or it would hold the page.)
    table.set(detach(s), v === undefined ? UNDEFINED : typeof v === "string" ? (detach(v) as V) : v);
    return v;
  };
}
