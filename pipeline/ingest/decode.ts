// Decodes a raw file's bytes into normalised text: BOM-aware (UTF-8, UTF-16 LE/BE), strict UTF-8
// otherwise, and Windows-1252 / Latin-1 when the bytes are not UTF-8 but look like Western text.
// CRLF/CR become LF, Unicode NFC. Binary or undecodable input becomes a reject reason (with what was
// seen) instead of mojibake in the dataset. Every threshold is a named constant below.

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string; detail: string };

/** Files larger than this are rejected unread ("file too large"): no news article comes close. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** A decoded line longer than this is not article text (a dump, a minified blob): "line too long". */
export const MAX_LINE_CHARS = 1_000_000;
/**
 * Legacy single-byte text is accepted only when it looks like Western text: at most this share of the
 * non-space bytes is ≥ 0x80 (accented letters, curly quotes) ...
 */
export const LEGACY_MAX_HIGH_SHARE = 0.2;
/** ... and no run of consecutive bytes ≥ 0x80 is longer than this (Cyrillic or CJK in a legacy code page make long runs). */
export const LEGACY_MAX_HIGH_RUN = 4;

/** Magic numbers of common binary formats that end up renamed to .txt, for a specific reject detail. */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "WebP/RIFF data", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "ZIP archive (or DOCX/XLSX/EPUB)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip data", bytes: [0x1f, 0x8b] },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** Bytes 0x80–0x9F that Windows-1252 leaves undefined: their presence means it is not Windows-1252. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters for bytes 0x80–0x9F (undefined ones never reach here); other bytes are Latin-1. */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Decodes Windows-1252 by table (Node's TextDecoder treats the label as Latin-1, losing curly quotes). */
function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

const hasPrefix = (b: Uint8Array, p: number[]) => b.length >= p.length && p.every((v, i) => b[i] === v);

/** C0 control bytes that never occur in text (everything below 0x20 but tab, LF, VT, FF, CR, and ESC/SUB seen in old dumps). */
const isControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1a && c !== 0x1b;

function binarySignature(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (hasPrefix(bytes, m.bytes)) return m.name;
  return null;
}

/** Decides whether non-UTF-8 bytes can be read as Windows-1252 / Latin-1; returns the label or why not. */
function legacyEncoding(body: Uint8Array): { ok: true; encoding: string } | { ok: false; detail: string } {
  let high = 0;
  let nonSpace = 0;
  let run = 0;
  let maxRun = 0;
  let c1 = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c > 0x20) nonSpace++;
    if (c >= 0x80) {
      high++;
      run++;
      if (run > maxRun) maxRun = run;
      if (c <= 0x9f) {
        c1 = true;
        if (CP1252_UNDEFINED.has(c)) return { ok: false, detail: `not UTF-8, and byte 0x${c.toString(16)} at offset ${i} is undefined in Windows-1252` };
      }
    } else run = 0;
    if (isControl(c)) return { ok: false, detail: `not UTF-8, and control byte 0x${c.toString(16).padStart(2, "0")} at offset ${i}` };
  }
  const share = nonSpace ? high / nonSpace : 0;
  if (share > LEGACY_MAX_HIGH_SHARE || maxRun > LEGACY_MAX_HIGH_RUN)
    return {
      ok: false,
      detail: `not UTF-8, and not recognisably Windows-1252/Latin-1 (${(share * 100).toFixed(0)}% bytes ≥ 0x80, runs of up to ${maxRun}): encoding cannot be told reliably`,
    };
  // Latin-1 and Windows-1252 agree on 0xA0–0xFF; only text using 0x80–0x9F is specifically Windows-1252.
  return { ok: true, encoding: c1 ? "windows-1252" : "iso-8859-1" };
}

function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  let start = 0;
  let n = 1;
  for (;;) {
    const end = text.indexOf("\n", start);
    const len = (end < 0 ? text.length : end) - start;
    if (len > best.length) best = { line: n, length: len };
    if (end < 0) return best;
    start = end + 1;
    n++;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file", detail: "0 bytes" };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: "file too large", detail: `${bytes.length} bytes, over the limit of ${MAX_FILE_BYTES} bytes` };
  let encoding = "utf-8";
  let body = bytes;
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) body = bytes.subarray(3);
  else if (hasPrefix(bytes, [0xff, 0xfe])) (encoding = "utf-16le"), (body = bytes.subarray(2));
  else if (hasPrefix(bytes, [0xfe, 0xff])) (encoding = "utf-16be"), (body = bytes.subarray(2));
  else {
    const sig = binarySignature(bytes);
    if (sig) return { ok: false, reason: "binary file", detail: `${sig} (file signature)` };
  }

  let text: string;
  if (encoding === "utf-8") {
    const nul = body.indexOf(0);
    if (nul >= 0) {
      const utf16 = nul <= 1 && body.length > 3 && (body[nul + 2] === 0 || body[nul + 2] === undefined);
      return { ok: false, reason: "binary file", detail: `NUL byte at offset ${nul}${utf16 ? " (UTF-16 without a byte-order mark?)" : ""}` };
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const legacy = legacyEncoding(body);
      if (!legacy.ok) return { ok: false, reason: "not valid text", detail: legacy.detail };
      encoding = legacy.encoding;
      text = decodeCp1252(body);
    }
  } else {
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return { ok: false, reason: "not valid text", detail: `bytes after the ${encoding} byte-order mark are not valid ${encoding}` };
    }
    const nul = text.indexOf("\0");
    if (nul >= 0) return { ok: false, reason: "binary file", detail: `NUL character at ${encoding} offset ${nul}` };
  }
  text = text.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim() === "") return { ok: false, reason: "empty file", detail: `${bytes.length} bytes of white space only` };
  const longest = longestLine(text);
  if (longest.length > MAX_LINE_CHARS)
    return { ok: false, reason: "line too long", detail: `line ${longest.line} has ${longest.length} characters, over the limit of ${MAX_LINE_CHARS} (not article text)` };
  return { ok: true, text, encoding };
}
