// Worst-case inputs through every clean and extract rule, one rule at a time, at two sizes: a rule
// whose time grows much faster than its input (a super-linear regex, a quadratic loop) shows up as a
// large growth factor or a blown time bound. A benchmark with figures, not a flaky unit test.
//   npx tsx scripts/regex-worst-case.ts        (make regex-bench)
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CLEAN_RULES, toWorkingDoc } from "../pipeline/clean/index.ts";
import { EXTRACT_RULES } from "../pipeline/extract/index.ts";
import { runRules, type Rule, type Stage } from "../pipeline/rules.ts";

/** Per rule and input, at the large size. */
const TIME_BOUND_MS = 2000;
/** Doubling the input may at most multiply the time by this (linear ≈ 2; quadratic ≈ 4). */
const MAX_GROWTH = 3.2;
const SMALL = 250_000;
/** Below this (at the large size) the growth factor is noise. */
const MIN_JUDGED_MS = 250;

const gen: Record<string, (n: number) => string> = {
  "no spaces": (n) => "x".repeat(n),
  "spaces": (n) => " ".repeat(n) + "x",
  "asterisks": (n) => "*".repeat(n),
  "underscores": (n) => "_a".repeat(n / 2),
  "brackets": (n) => "[".repeat(n / 2) + "](".repeat(n / 4),
  "image brackets": (n) => "![".repeat(n / 4) + "](".repeat(n / 4),
  "open links": (n) => "[](".repeat(n / 3),
  "link soup": (n) => "[a](b) ".repeat(n / 7),
  "pipes": (n) => "| a ".repeat(n / 4),
  "dashes": (n) => "- ".repeat(n / 2),
  "digits": (n) => "1".repeat(n),
  "dates": (n) => "12 March 2024, ".repeat(n / 15),
  "colons": (n) => "a: ".repeat(n / 3),
  "hashes": (n) => "#".repeat(n),
  "quotes": (n) => "\u201c".repeat(n / 2) + "\"".repeat(n / 2),
  "short lines": (n) => "Home\n".repeat(n / 5),
  "one-word lines": (n) => "By\n".repeat(n / 3),
  "long words lines": (n) => ("word ".repeat(40) + "\n").repeat(n / 201),
  "CJK": (n) => "中文字".repeat(n / 3),
};

// A full garbage collection before each run, so that one run does not pay for the garbage of the
// runs before it (with hundreds of thousands of line objects that alone could double a time).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/** A row over the bound is measured this many times in all, keeping the fastest time per size: a
 * super-linear rule is slow on every run, a busy machine only on some. */
const TRIES = 3;

const time = (rule: Rule, stage: Stage, text: string) => {
  const doc = toWorkingDoc("worst.txt", text);
  gc();
  const t = performance.now();
  runRules(doc, [rule], stage);
  return performance.now() - t;
};

const rules: [Rule, Stage][] = [...CLEAN_RULES.map((r) => [r, "clean"] as [Rule, Stage]), ...EXTRACT_RULES.map((r) => [r, "extract"] as [Rule, Stage])];
let failures = 0;
console.log(`${"rule".padEnd(22)} ${"input".padEnd(17)} ${"250k ms".padStart(9)} ${"500k ms".padStart(9)} growth`);
for (const [rule, stage] of rules) {
  for (const [name, make] of Object.entries(gen)) {
    let small = Infinity;
    let large = Infinity;
    let growth = 0;
    let bad = true;
    let tries = 0;
    for (; tries < TRIES && bad; tries++) {
      small = Math.min(small, time(rule, stage, make(SMALL)));
      large = Math.min(large, time(rule, stage, make(2 * SMALL)));
      growth = large / Math.max(small, 1);
      // Growth is judged only where times are large enough not to be timer/GC noise.
      bad = large > TIME_BOUND_MS || (large > MIN_JUDGED_MS && growth > MAX_GROWTH);
    }
    if (bad) failures++;
    if (bad || large > 100) console.log(`${rule.id.padEnd(22)} ${name.padEnd(17)} ${small.toFixed(0).padStart(9)} ${large.toFixed(0).padStart(9)} ${growth.toFixed(1)}${tries > 1 ? `  (fastest of ${tries} runs)` : ""}${bad ? "  <-- SUPER-LINEAR / OVER BOUND" : ""}`);
  }
}
console.log(`${rules.length} rules × ${Object.keys(gen).length} inputs; rows shown only when over 100 ms. ${failures ? `${failures} over the bound` : "all within the bound"} (bound ${TIME_BOUND_MS} ms at 500k chars, growth ≤ ${MAX_GROWTH}× per doubling).`);
process.exitCode = failures ? 1 : 0;
