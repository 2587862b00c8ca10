// The file sink hashes what it writes, so checksums of a fresh version need not read files back; the
// recorded size and hash must be exactly those of the bytes on disk.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileStats } from "../../pipeline/write/checksums.ts";
import { openFileSink, takeWrittenStat } from "../../pipeline/write/sink.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-sink-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("file sink", () => {
  it("records the size and SHA-256 of the bytes it wrote, text and binary, across flushes", async () => {
    const file = path.join(tmp, "a.bin");
    const sink = openFileSink(file);
    for (let i = 0; i < 5000; i++) {
      await sink.write(`line ${i} — é ✓\n`);
      if (i % 700 === 0) await sink.write(new Uint8Array([0, 1, 2, 255]));
    }
    await sink.close();
    const disk = readFileSync(file);
    expect(takeWrittenStat(file)).toEqual({ bytes: disk.byteLength, sha256: createHash("sha256").update(disk).digest("hex") });
    // Taken once: a second look finds nothing, and fileStats hashes the file itself.
    expect(takeWrittenStat(file)).toBeUndefined();
    expect((await fileStats(tmp, ["a.bin"]))["a.bin"].sha256).toBe(createHash("sha256").update(disk).digest("hex"));
  });
});
