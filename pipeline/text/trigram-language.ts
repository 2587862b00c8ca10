// franc's `francAll` over the languages news is written in (franc 6.2.0, the 187-language build,
// restricted with its `only` option to NEWS_LANGUAGES), computed the same way, faster. franc scores a
// text against every language model of its script: for each of the text's trigrams it looks the
// trigram up in each model. Here the models are inverted once into one table, trigram → the
// (language, rank) pairs holding it, so each trigram of the text is looked up once and only the
// languages that know it are touched: distance = 300 × trigrams − Σ (300 − |count − rank − 1|) over
// the pairs found. Every step (sample cut, script choice, trigram cleaning and order, integer
// distances, stable sort, normalisation, the `only` filter) follows franc 6.2.0 and uses its own data
// files, so the ranking is identical; test/text/trigram-language.test.ts compares the two on many
// texts. Trigrams are keyed by their three UTF-16 code units packed into one number (no substring per
// position); the text's trigrams are sorted and met with the sorted table in one sweep (no hash table
// per text, and memory read in order); the script counts are read from a per-character table (no
// array of matches per script).
import { data } from "franc/data.js";
import { expressions } from "franc/expressions.js";

/** franc's constants: longest sample read, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * Three UTF-16 code units as one integer: 10 bits each when all three are below U+0400 (most text; a
 * small integer), else 16 bits each offset past those (below 2^49, exact). Distinct trigrams get
 * distinct numbers.
 */
const tri = (a: number, b: number, c: number): number =>
  (a | b | c) < 0x400 ? (a << 20) | (b << 10) | c : 0x40000000 + (a * 0x10000 + b) * 0x10000 + c;

interface ScriptIndex {
  languages: string[];
  /** The trigrams any model of the script holds, ascending. */
  keys: Float64Array;
  /** For keys[k], pairs[start[k] .. start[k + 1]) is a flat [language index, rank, language index, rank, ...]. */
  start: Int32Array;
  pairs: Int32Array;
}

let indexes: Map<string, ScriptIndex> | null = null;

/**
 * The languages franc may answer (ISO 639-3, as franc names them): those news sites write in, by
 * script. Left out are languages whose trigrams overlap a news language's and which few news pages
 * use: Scots (English), Venetian and Sardinian (Italian), Low German (German), Acehnese, Balinese,
 * Buginese and Minangkabau (Indonesian), Bhojpuri, Maithili and Magahi (Hindi), Saraiki (Urdu),
 * Yiddish (German in Hebrew letters), and many Latin-script languages of Africa and the Pacific.
 */
export const NEWS_LANGUAGES: readonly string[] = [
  // Latin
  "eng", "deu", "fra", "spa", "por", "ita", "nld", "pol", "ces", "slk", "swe", "dan", "nob", "nno", "fin", "ekk", "lvs",
  "lit", "slv", "hrv", "bos", "srp", "ron", "hun", "tur", "ind", "zlm", "vie", "tgl", "cat", "glg", "afr", "als", "swh",
  "hau", "yor", "ibo", "zul", "xho", "som", "uzn", "azj", "jav", "sun", "ceb", "plt", "kin", "sna", "tuk", "hat",
  // Cyrillic
  "rus", "ukr", "bel", "bul", "mkd", "kaz", "kir", "tat", "tgk", "khk",
  // Arabic
  "arb", "pes", "prs", "urd", "pbu", "uig",
  // Devanagari
  "hin", "mar", "npi",
  // Ethiopic, Myanmar, Hebrew
  "amh", "tir", "mya", "heb",
];

/**
 * The languages franc may answer — its `only` option: the news languages, and every language that has
 * a script of its own (franc answers those by script alone: Greek, Thai, Korean, ...). Languages
 * outside it (Scots, Venetian, Acehnese, Bhojpuri, ...) share trigrams with a news language and took
 * its pages without being what news sites write in.
 */
export const FRANC_ONLY: readonly string[] = [...NEWS_LANGUAGES, ...Object.keys(expressions).filter((s) => !(s in data))];
const ALLOWED = new Set(FRANC_ONLY);

function buildIndexes(): Map<string, ScriptIndex> {
  const out = new Map<string, ScriptIndex>();
  for (const script of Object.keys(data)) {
    const models = data[script];
    const languages = Object.keys(models).filter((lang) => ALLOWED.has(lang));
    const lists = new Map<number, number[]>();
    languages.forEach((lang, li) => {
      const model = models[lang].split("|");
      // franc assigns ranks from the end, so a trigram listed twice keeps its first (smallest) rank.
      const seen = new Set<string>();
      model.forEach((t, rank) => {
        // A text's trigrams are three code units: a model entry of another length never matches one.
        if (seen.has(t) || t.length !== 3) return;
        seen.add(t);
        const key = tri(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
        const list = lists.get(key);
        if (list) list.push(li, rank);
        else lists.set(key, [li, rank]);
      });
    });
    const keys = Float64Array.from(lists.keys()).sort();
    const start = new Int32Array(keys.length + 1);
    const pairs = new Int32Array([...lists.values()].reduce((n, l) => n + l.length, 0));
    keys.forEach((key, k) => {
      const list = lists.get(key)!;
      pairs.set(list, start[k]);
      start[k + 1] = start[k] + list.length;
    });
    out.set(script, { languages, keys, start, pairs });
  }
  return out;
}

const SCRIPTS = Object.keys(expressions);
/**
 * Per BMP code unit, the scripts whose expression matches it alone, as a bit mask (bit k: SCRIPTS[k]);
 * -1 until looked up. Without surrogates in the text every match of an expression is one code unit
 * (its two-unit alternatives are surrogate pairs), so an expression's match count is the number of
 * units whose mask has its bit.
 */
const unitScripts = new Int32Array(0x10000).fill(-1);
const scriptsOf = (c: number): number => {
  let m = unitScripts[c];
  if (m < 0) {
    m = 0;
    const ch = String.fromCharCode(c);
    SCRIPTS.forEach((script, k) => {
      const re = expressions[script];
      re.lastIndex = 0;
      if (re.test(ch)) m |= 1 << k;
      re.lastIndex = 0;
    });
    unitScripts[c] = m;
  }
  return m;
};
const SURROGATE = /[\uD800-\uDFFF]/;

/** Number of matches of each script's expression in the text, in SCRIPTS order. */
function scriptCounts(value: string): number[] {
  if (SURROGATE.test(value)) return SCRIPTS.map((script) => value.match(expressions[script])?.length ?? 0);
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    let m = scriptsOf(value.charCodeAt(i));
    for (let k = 0; m !== 0; k++, m >>>= 1) if (m & 1) counts[k]++;
  }
  return counts;
}

/** The script whose characters occur most (first one on ties), and its share — franc's getTopScript. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  const counts = scriptCounts(value);
  SCRIPTS.forEach((script, k) => {
    const count = counts[k] / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  });
  return [top, topCount];
}

/**
 * The text's trigrams, ascending, repeats included — trigram-utils' asTuples without its own order:
 * the distances below are sums of integers, the same in any order. Sorted, they are counted as runs
 * and met in one sweep along the sorted index, which keeps memory access in order.
 */
function sortedTrigrams(value: string): Float64Array | Int32Array {
  // franc's cleaning, value.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " "), in one pass: each run of
  // punctuation, digits and white space becomes one space either way.
  const clean = " " + value.replace(/[\s\u0021-\u0040]+/g, " ").trim().toLowerCase() + " ";
  const n = Math.max(0, clean.length - 2);
  // Below U+0400 every trigram is a 30-bit integer, and 32-bit arrays sort about twice as fast.
  const out = BEYOND_10_BITS.test(clean) ? new Float64Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = tri(clean.charCodeAt(i), clean.charCodeAt(i + 1), clean.charCodeAt(i + 2));
  return out.sort();
}
const BEYOND_10_BITS = /[^\u0000-\u03ff]/;

const und = (): [string, number][] => [["und", 1]];

/** Languages ranked best first with scores in [0, 1] (1 for the best), exactly as franc's francAll(value, { minLength, only: FRANC_ONLY }). */
export function rankLanguages(value: string, minLength: number): [string, number][] {
  if (!value || value.length < minLength) return und();
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  indexes ??= buildIndexes();
  const index = script === undefined ? undefined : indexes.get(script);
  if (!script || !index) {
    if (!script || share === 0 || !ALLOWED.has(script)) return und();
    return [[script, 1]];
  }
  const sample = sortedTrigrams(value);
  const { keys, start, pairs } = index;
  const totals = new Array<number>(index.languages.length).fill(0);
  let distinct = 0;
  for (let i = 0, j = 0; i < sample.length; ) {
    const t = sample[i];
    let count = 0;
    for (; i < sample.length && sample[i] === t; i++) count++;
    distinct++;
    while (j < keys.length && keys[j] < t) j++;
    if (j < keys.length && keys[j] === t) for (let k = start[j]; k < start[j + 1]; k += 2) totals[pairs[k]] += Math.abs(count - pairs[k + 1] - 1) - MAX_DIFFERENCE;
  }
  for (let l = 0; l < totals.length; l++) totals[l] += MAX_DIFFERENCE * distinct;
  const distances: [string, number][] = index.languages.map((lang, i) => [lang, totals[i]]);
  distances.sort((a, b) => a[1] - b[1]);
  // No allowed language of the script: franc normalises its "und" as a ranking of one.
  if (!distances.length) return und();
  const min = distances[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}
