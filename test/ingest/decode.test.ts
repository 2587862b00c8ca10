// decodeBytes: which bytes become text (and in which encoding) and which become a specific reject.
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../pipeline/ingest/decode.ts";
import { encodeCp1252 } from "../robustness/cases.ts";

const ok = (b: Uint8Array) => {
  const d = decodeBytes(b);
  if (!d.ok) throw new Error(`${d.reason}: ${d.detail}`);
  return d;
};

describe("decodeBytes", () => {
  it("strips a UTF-8 BOM and normalises line ends and NFC", () => {
    const d = ok(Buffer.from("\ufeffa\r\nb\rc\ne\u0301"));
    expect(d).toEqual({ ok: true, text: "a\nb\nc\né", encoding: "utf-8" });
  });

  it("tells Windows-1252 from Latin-1 and decodes curly quotes by table", () => {
    const s1 = "Le patron du café a dit \u201cnous ouvrons demain\u201d \u2014 une bonne nouvelle pour le quartier.\n";
    expect(ok(encodeCp1252(s1))).toMatchObject({ text: s1, encoding: "windows-1252" });
    const s2 = "Le patron du café a servi une crème brûlée très appréciée par les clients du quartier.\n";
    expect(ok(Buffer.from(s2, "latin1"))).toMatchObject({ text: s2, encoding: "iso-8859-1" });
  });

  it("rejects legacy bytes that do not look like Western text", () => {
    const runs = Buffer.from(Array.from({ length: 60 }, (_, i) => (i % 8 === 7 ? 0x20 : 0xd0 + (i % 8))));
    expect(decodeBytes(runs)).toMatchObject({ ok: false, reason: "not valid text" });
    expect(decodeBytes(Buffer.from([0x61, 0x81, 0x62]))).toMatchObject({ ok: false, reason: "not valid text", detail: "not UTF-8, and byte 0x81 at offset 1 is undefined in Windows-1252" });
  });

  it("decodes UTF-16 with a BOM and rejects a NUL inside it", () => {
    expect(ok(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("hé", "utf16le")]))).toMatchObject({ text: "hé", encoding: "utf-16le" });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("h\0", "utf16le")]))).toMatchObject({ ok: false, reason: "binary file" });
  });

  it("names binary formats by their signature", () => {
    expect(decodeBytes(Buffer.from("%PDF-1.7\n..."))).toEqual({ ok: false, reason: "binary file", detail: "PDF document (file signature)" });
    expect(decodeBytes(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toMatchObject({ reason: "binary file", detail: "GIF image (file signature)" });
  });
});
