// Decodes a raw file's bytes into normalised text: BOM-aware (UTF-8, UTF-16 LE/BE), strict UTF-8
// otherwise, CRLF/CR to LF, Unicode NFC. Binary or undecodable input becomes a reject reason
// instead of mojibake in the dataset.
export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string; detail: string };

const hasPrefix = (b: Uint8Array, p: number[]) => p.every((v, i) => b[i] === v);

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file", detail: "0 bytes" };
  let encoding = "utf-8";
  let body = bytes;
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) body = bytes.subarray(3);
  else if (hasPrefix(bytes, [0xff, 0xfe])) (encoding = "utf-16le"), (body = bytes.subarray(2));
  else if (hasPrefix(bytes, [0xfe, 0xff])) (encoding = "utf-16be"), (body = bytes.subarray(2));

  if (encoding === "utf-8") {
    const nul = body.indexOf(0);
    if (nul >= 0) return { ok: false, reason: "binary file", detail: `NUL byte at offset ${nul}` };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    return { ok: false, reason: "not valid text", detail: `bytes are not valid ${encoding}` };
  }
  text = text.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim() === "") return { ok: false, reason: "empty file", detail: `${bytes.length} bytes of white space only` };
  return { ok: true, text, encoding };
}
