// franc-min's `francAll`, computed the same way, faster. franc scores a text against every language
// model of its script: for each of the text's trigrams it looks the trigram up in each model (44
// lookups per trigram for Latin). Here the models are inverted once into one table, trigram → the
// (language, rank) pairs holding it, so each trigram of the text is looked up once and only the
// languages that know it are touched: distance = 300 × trigrams − Σ (300 − |count − rank − 1|) over
// the pairs found. Every step (sample cut, script choice, trigram cleaning and order, integer
// distances, stable sort, normalisation) follows franc-min 6.2.0 and uses its own data files, so the
// ranking is identical; test/text/trigram-language.test.ts compares the two on many texts.
import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

/** franc's constants: longest sample read, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptIndex {
  languages: string[];
  /** trigram → flat [language index, rank, language index, rank, ...] */
  pairs: Map<string, number[]>;
}

let indexes: Map<string, ScriptIndex> | null = null;

function buildIndexes(): Map<string, ScriptIndex> {
  const out = new Map<string, ScriptIndex>();
  for (const script of Object.keys(data)) {
    const models = data[script];
    const languages = Object.keys(models);
    const pairs = new Map<string, number[]>();
    languages.forEach((lang, li) => {
      const model = models[lang].split("|");
      // franc assigns ranks from the end, so a trigram listed twice keeps its first (smallest) rank.
      const seen = new Set<string>();
      model.forEach((tri, rank) => {
        if (seen.has(tri)) return;
        seen.add(tri);
        const list = pairs.get(tri);
        if (list) list.push(li, rank);
        else pairs.set(tri, [li, rank]);
      });
    });
    out.set(script, { languages, pairs });
  }
  return out;
}

/** The script whose characters occur most (first one on ties), and its share — franc's getTopScript. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const m = value.match(expressions[script]);
    const count = (m ? m.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** The text's trigrams with their counts, ascending by count, ties in first-seen order — trigram-utils' asTuples. */
function trigramTuples(value: string): [string, number][] {
  const clean = (" " + value.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase() + " ");
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const t = clean.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}

const und = (): [string, number][] => [["und", 1]];

/** Languages ranked best first with scores in [0, 1] (1 for the best), exactly as franc-min's francAll(value, { minLength }). */
export function rankLanguages(value: string, minLength: number): [string, number][] {
  if (!value || value.length < minLength) return und();
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  indexes ??= buildIndexes();
  const index = script === undefined ? undefined : indexes.get(script);
  if (!script || !index) {
    if (!script || share === 0) return und();
    return [[script, 1]];
  }
  const tuples = trigramTuples(value);
  const totals = new Array<number>(index.languages.length).fill(MAX_DIFFERENCE * tuples.length);
  for (const [tri, count] of tuples) {
    const list = index.pairs.get(tri);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 2) totals[list[k]] += Math.abs(count - list[k + 1] - 1) - MAX_DIFFERENCE;
  }
  const distances: [string, number][] = index.languages.map((lang, i) => [lang, totals[i]]);
  distances.sort((a, b) => a[1] - b[1]);
  if (!distances.length) return und();
  const min = distances[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}
