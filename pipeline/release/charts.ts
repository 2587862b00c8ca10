// The dataset card's charts: Vega-Lite specs compiled to Vega and rendered to SVG headlessly in Node
// (`view.toSVG()`, no browser or canvas). Input is the pre-aggregated VersionStats, so the specs hold
// a few hundred numbers at most, and the SVG bytes depend on nothing but the data: UTC time units, no
// timestamps, no random ids.
import type { TopLevelSpec } from "vega-lite";
import { chartFile } from "../../schemas/derive/files.ts";
import { UNKNOWN, type VersionStats } from "./stats.ts";

/** Bars shown per category chart; the rest are summed into one "other" bar. */
export const TOP_CATEGORIES = 25;
/** Aim for about this many bars in the body-length histogram. */
export const HISTOGRAM_BARS = 30;
const NICE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000];
const WIDTH = 560;
const COLOR = "#4c78a8";

export interface Chart {
  name: string;
  file: string;
  title: string;
  /** One-line text alternative for the card. */
  alt: string;
  spec: TopLevelSpec;
}

const base = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  background: "white",
  config: { font: "sans-serif", view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } },
} as const;

function topN(all: [string, number][], n = TOP_CATEGORIES): { name: string; n: number }[] {
  // Records without a value are shown last, after the "other" bar.
  const unknown = all.filter(([k]) => k === UNKNOWN);
  const entries = all.filter(([k]) => k !== UNKNOWN);
  const head = entries.slice(0, n).map(([name, c]) => ({ name, n: c }));
  const rest = entries.slice(n);
  if (rest.length) head.push({ name: `other (${rest.length})`, n: rest.reduce((s, [, c]) => s + c, 0) });
  for (const [name, c] of unknown) head.push({ name, n: c });
  return head;
}

function categoryChart(name: string, title: string, field: string, entries: [string, number][]): Chart {
  const values = topN(entries);
  return {
    name,
    file: chartFile(name),
    title,
    alt: values.length ? values.slice(0, 5).map((v) => `${v.name}: ${v.n}`).join(", ") + (values.length > 5 ? ", …" : "") : "no records",
    spec: {
      ...base,
      title,
      width: WIDTH - 200,
      height: { step: 18 },
      data: { values },
      mark: { type: "bar", color: COLOR },
      encoding: {
        y: { field: "name", type: "nominal", sort: null, title: field, axis: { labelLimit: 180 } },
        x: { field: "n", type: "quantitative", title: "articles", axis: { tickMinStep: 1, format: "d" } },
      },
    },
  };
}

function monthChart(s: VersionStats): Chart {
  const values = s.months.map(([m, n]) => ({ month: `${m}-01`, n }));
  const title = "Articles per month of publication";
  return {
    name: "articles-per-month",
    file: chartFile("articles-per-month"),
    title,
    alt:
      (values.length ? `${values.length} months from ${s.months[0][0]} to ${s.months[s.months.length - 1][0]}` : "no article prints a date") +
      (s.undated ? `; ${s.undated} articles without a printed date are not shown` : ""),
    spec: {
      ...base,
      title: { text: title, subtitle: s.undated ? `${s.undated} articles without a printed date not shown` : "" },
      width: WIDTH,
      height: 200,
      data: { values },
      mark: { type: "bar", color: COLOR },
      encoding: {
        x: { field: "month", type: "temporal", timeUnit: "utcyearmonth", title: "month", scale: { type: "utc", padding: 12 }, axis: { format: "%Y-%m", labelAngle: -45 } },
        y: { field: "n", type: "quantitative", title: "articles", axis: { tickMinStep: 1, format: "d" } },
      },
    },
  };
}

/** A histogram step that gives about HISTOGRAM_BARS bars up to `max`. */
export function histogramStep(max: number): number {
  return NICE_STEPS.find((s) => max / s <= HISTOGRAM_BARS) ?? Math.ceil(max / HISTOGRAM_BARS);
}

function lengthChart(s: VersionStats): Chart {
  const max = s.wordCounts.length ? s.wordCounts[s.wordCounts.length - 1][0] : 0;
  const step = histogramStep(Math.max(max, 1));
  const bins = new Map<number, number>();
  for (const [v, n] of s.wordCounts) {
    const b = Math.floor(v / step) * step;
    bins.set(b, (bins.get(b) ?? 0) + n);
  }
  const values = [...bins].sort((a, b) => a[0] - b[0]).map(([b, n]) => ({ from: b, to: b + step, n }));
  const q = s.wordQuartiles;
  const title = "Body length (words)";
  return {
    name: "body-length",
    file: chartFile("body-length"),
    title,
    alt: q ? `word counts from ${q[0]} to ${q[4]}, median ${q[2]}, in bins of ${step} words` : "no records",
    spec: {
      ...base,
      title: { text: title, subtitle: q ? `median ${q[2]} words; quartiles ${q[1]} and ${q[3]}` : "" },
      width: WIDTH,
      height: 200,
      data: { values },
      mark: { type: "bar", color: COLOR, binSpacing: 1 },
      encoding: {
        x: { field: "from", type: "quantitative", bin: { binned: true, step }, title: `words in body (bins of ${step})` },
        x2: { field: "to" },
        y: { field: "n", type: "quantitative", title: "articles", axis: { tickMinStep: 1, format: "d" } },
      },
    },
  };
}

export function chartsFor(s: VersionStats): Chart[] {
  return [
    monthChart(s),
    categoryChart("articles-per-outlet", "Articles per outlet", "outlet", s.outlets),
    categoryChart("articles-per-language", "Articles per language (ISO 639-1)", "language", s.languages),
    lengthChart(s),
  ];
}

/** Loaded on first use: vega is large, and most imports of the write stage never draw a chart. */
let libs: Promise<[typeof import("vega"), typeof import("vega-lite")]> | undefined;

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await (libs ??= Promise.all([import("vega"), import("vega-lite")]));
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none", logLevel: vega.Error });
  try {
    return (await view.toSVG()) + "\n";
  } finally {
    view.finalize();
  }
}

/** file name → SVG text, for every chart. */
export async function renderCharts(s: VersionStats): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of chartsFor(s)) out[c.file] = await renderSvg(c.spec);
  return out;
}
