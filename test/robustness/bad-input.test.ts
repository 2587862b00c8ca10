// Every kind of bad input a scraper leaves behind, generated into a temp RAW folder and built once:
// each file must come out as a record or as a reject with its exact reason, and the run summary must
// account for every entry (files read = records + rejects + skipped).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildSummary } from "../../pipeline/build.ts";
import { idFor, MAX_FILE_BYTES, MAX_LINE_CHARS } from "../../pipeline/ingest/index.ts";
import { article, BOILERPLATE, encodeCp1252, OTHER_PARAS, WESTERN_PARAS } from "./cases.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-bad-"));
const raw = path.join(tmp, "raw");
const out = path.join(tmp, "out");
const config = path.join(tmp, "dataset.json");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const put = (name: string, data: string | Uint8Array) => {
  const p = path.join(raw, ...name.split("/"));
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, data);
};
const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();
const western = (title: string) => `${title}\n\n${WESTERN_PARAS.join("\n\n")}\n`;
const asRoot = process.getuid?.() === 0;

type Row = Record<string, unknown>;
const jsonl = (file: string): Row[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);

let summary: BuildSummary;
let articles: Map<string, Row>;
let rejects: Map<string, Row>;

beforeAll(async () => {
  mkdirSync(raw, { recursive: true });
  writeFileSync(config, JSON.stringify({ name: "bad-input", title: "Bad input", version: "1.0.0", license: "CC-BY-4.0", description: "test" }));
  put("good.txt", article());
  put("empty.txt", "");
  put("blank.txt", "   \n\t\n  \n");
  put("nul.txt", article().slice(0, 100) + "\0" + article().slice(100));
  put("photo.txt", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]));
  put("jpeg.txt", Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 0)]));
  // Windows-1252 (curly quotes 0x93/0x94 are 1252-only) and Latin-1 (accents only).
  put("cp1252.txt", encodeCp1252(western("Le conseil du port dit \u201coui\u201d aux ferries")));
  put("latin1.txt", Buffer.from(western("Le conseil du port dit oui aux ferries"), "latin1"));
  put("utf16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article("."), "utf16le")]));
  put("utf16be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(article("!"))]));
  put("utf16-nobom.txt", Buffer.from(article("?"), "utf16le"));
  // Bytes that are neither UTF-8 nor Western text (KOI8-R Cyrillic: long runs of high bytes).
  put("koi8.txt", Buffer.from([...Buffer.from("Title\n\n"), ...Array.from({ length: 400 }, (_, i) => (i % 7 === 6 ? 0x20 : 0xc0 + (i % 30)))]));
  put("crlf.txt", article(" (crlf)").replace(/\n/g, "\r\n"));
  put("cr.txt", article(" (cr)").replace(/\n/g, "\r"));
  put("huge.txt", Buffer.alloc(50 * 1024 * 1024, "a"));
  put("one-line.txt", "x".repeat(5 * 1024 * 1024));
  put("boilerplate.txt", BOILERPLATE);
  put("stars.txt", "*".repeat(200_000) + "\n" + "[".repeat(100_000) + "](".repeat(50_000) + "\n");
  put("copy-a.txt", article(" — copy"));
  put("copy-b.txt", article(" — copy"));
  // The same wire story on two sites: one sentence edited, another headline.
  put("near/first.txt", article(" — wire", OTHER_PARAS));
  put("near/second.txt", article(" (site two)", [...OTHER_PARAS.slice(0, 2), OTHER_PARAS[2].replace("so that schools", "so that local schools")]));
  put("with space.txt", article(" (space)"));
  put("ünïcödé 中文.txt", article(" (unicode)"));
  put("-leading-dash.txt", article(" (dash)"));
  put(".hidden.txt", article());
  put(".DS_Store", Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  put("Thumbs.db", Buffer.alloc(32, 0));
  put("sub/desktop.ini", "[.ShellClassInfo]\n");
  put(".git/config", "[core]\n");
  symlinkSync("does-not-exist.txt", path.join(raw, "dangling.txt"));
  symlinkSync("self-loop.txt", path.join(raw, "self-loop.txt"));
  mkdirSync(path.join(raw, "loop"));
  symlinkSync("..", path.join(raw, "loop", "up"));
  symlinkSync("good.txt", path.join(raw, "link-to-good.txt"));
  spawnSync("mkfifo", [path.join(raw, "pipe.fifo")]);
  if (!asRoot) {
    put("locked.txt", article(" (locked)"));
    chmodSync(path.join(raw, "locked.txt"), 0o000);
  }
  summary = await build({ raw, out, config, jobs: 1, cache: false, progress: false });
  const dir = path.join(out, "v1.0.0");
  articles = new Map(jsonl(path.join(dir, "articles.jsonl")).map((r) => [r.source_file as string, r]));
  rejects = new Map(jsonl(path.join(dir, "rejects.jsonl")).map((r) => [r.source_file as string, r]));
}, 120_000);

const reject = (file: string) => {
  const r = rejects.get(file);
  expect(r, `${file} should be a reject`).toBeDefined();
  expect(articles.has(file)).toBe(false);
  return r!;
};
const record = (file: string) => {
  const r = articles.get(file);
  expect(r, `${file} should be a record (reject: ${JSON.stringify(rejects.get(file))})`).toBeDefined();
  return r!;
};

describe("bad input: every file is a record or a reject with a specific reason", () => {
  it("accounts for every entry, in the summary and in the tables", () => {
    expect(summary.filesSeen).toBe(summary.records + summary.rejects + summary.skipped);
    expect(articles.size).toBe(summary.records);
    expect(rejects.size).toBe(summary.rejects);
    // Skipped: .hidden.txt and .git (hidden); .DS_Store, Thumbs.db, desktop.ini (debris); pipe.fifo.
    expect(summary.skippedByReason).toEqual({ hidden: 2, "OS debris": 3, "not a regular file": 1 });
    const expectedRead = asRoot ? 29 : 30;
    expect(summary.records + summary.rejects).toBe(expectedRead);
  });

  it("rejects empty and white-space-only files", () => {
    expect(reject("empty.txt")).toMatchObject({ stage: "ingest", reason: "empty file", detail: "0 bytes" });
    expect(reject("blank.txt")).toMatchObject({ reason: "empty file", detail: "9 bytes of white space only" });
  });

  it("rejects binary files, naming what they are", () => {
    expect(reject("nul.txt")).toMatchObject({ reason: "binary file", detail: "NUL byte at offset 100" });
    expect(reject("photo.txt")).toMatchObject({ reason: "binary file", detail: "PNG image (file signature)" });
    expect(reject("jpeg.txt")).toMatchObject({ reason: "binary file", detail: "JPEG image (file signature)" });
    expect(reject("utf16-nobom.txt")).toMatchObject({ reason: "binary file", detail: "NUL byte at offset 1 (UTF-16 without a byte-order mark?)" });
  });

  it("decodes Windows-1252, Latin-1 and UTF-16 LE/BE with a BOM, recording the encoding", () => {
    const cp = record("cp1252.txt");
    expect(cp.source_encoding).toBe("windows-1252");
    expect(cp.title).toBe("Le conseil du port dit \u201coui\u201d aux ferries");
    expect(String(cp.body)).toContain("approuvé mardi soir");
    const l1 = record("latin1.txt");
    expect(l1.source_encoding).toBe("iso-8859-1");
    expect(String(l1.body)).toContain("débarcadère");
    expect(record("utf16le.txt")).toMatchObject({ source_encoding: "utf-16le", title: article(".").split("\n")[0] });
    expect(record("utf16be.txt")).toMatchObject({ source_encoding: "utf-16be", title: article("!").split("\n")[0] });
    expect(record("good.txt").source_encoding).toBe("utf-8");
  });

  it("rejects bytes whose encoding cannot be told", () => {
    expect(reject("koi8.txt")).toMatchObject({ stage: "ingest", reason: "not valid text" });
    expect(String(reject("koi8.txt").detail)).toMatch(/not recognisably Windows-1252\/Latin-1 .*cannot be told reliably/);
  });

  it("reads CRLF and CR line ends like LF", () => {
    const lf = record("good.txt");
    for (const f of ["crlf.txt", "cr.txt"]) {
      const r = record(f);
      expect(r.body).toBe(lf.body);
      expect(r.paragraph_count).toBe(4);
    }
  });

  it("rejects a 50 MB file and a 5 MB line without spaces, with sizes", () => {
    expect(reject("huge.txt")).toMatchObject({ reason: "file too large", detail: `${50 * 1024 * 1024} bytes, over the limit of ${MAX_FILE_BYTES} bytes` });
    expect(reject("huge.txt").source_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(reject("one-line.txt")).toMatchObject({
      reason: "line too long",
      detail: `line 1 has ${5 * 1024 * 1024} characters, over the limit of ${MAX_LINE_CHARS} (not article text)`,
    });
  });

  it("rejects an all-boilerplate page with what was seen", () => {
    const r = reject("boilerplate.txt");
    expect(r.reason).toBe("no article body found");
    expect(r.detail).toMatch(/none reads as running text/);
    expect(r.detail).toContain('"Home"');
    expect(reject("stars.txt").reason).toBe("no article body found");
  });

  it("keeps one record per exact duplicate and points the others to it", () => {
    record("copy-a.txt");
    expect(reject("copy-b.txt")).toMatchObject({ stage: "dedupe", reason: "duplicate file", detail: `duplicate of ${idFor("copy-a.txt")}` });
    // A symlink to a file reads the same bytes: a duplicate, not a crash.
    expect(reject("link-to-good.txt")).toMatchObject({ reason: "duplicate file", detail: `duplicate of ${idFor("good.txt")}` });
  });

  it("flags near-duplicates without dropping them", () => {
    const first = record("near/first.txt");
    const second = record("near/second.txt");
    expect(second.near_duplicate_of).toBe(first.id);
    expect(second.similarity as number).toBeGreaterThanOrEqual(0.8);
    expect(second.similarity as number).toBeLessThan(1);
  });

  it("handles names with spaces, Unicode and leading dashes", () => {
    for (const f of ["with space.txt", "ünïcödé 中文.txt", "-leading-dash.txt"]) expect(record(f).id).toBe(idFor(f));
  });

  it("rejects unreadable entries, dangling links and symlink loops", () => {
    expect(reject("dangling.txt")).toMatchObject({ reason: "unreadable file", detail: "ENOENT: dangling symlink (its target does not exist)" });
    expect(reject("self-loop.txt")).toMatchObject({ reason: "symlink loop", detail: "ELOOP: the symlink resolves to itself" });
    expect(reject("loop/up")).toMatchObject({ reason: "symlink loop", detail: "symlink to a folder that contains it (RAW itself); not followed" });
    if (!asRoot) expect(reject("locked.txt")).toMatchObject({ reason: "unreadable file" });
  });

  it("writes rejects in source_file byte order, walk-level ones merged in", () => {
    const files = [...rejects.keys()];
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(files).toEqual(sorted);
  });

  it("refuses an OUT equal to RAW or inside it", async () => {
    for (const o of [raw, path.join(raw, "out")]) await expect(build({ raw, out: o, config, progress: false })).rejects.toThrow(/must not be RAW/);
  });

  it("exits with a one-line error when RAW is missing", () => {
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["pipeline/cli.ts", "--raw", path.join(tmp, "missing"), "--out", out], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`clippings: RAW folder not found: ${path.join(tmp, "missing")}`]);
  }, 30_000);
});
