// Offsets in Unicode code points: JavaScript strings index UTF-16 units, Python and most other tools index
// code points, so an astral character (emoji, rare CJK) would shift every later offset by one.

/** Maps UTF-16 indices of `s` to code-point indices (valid for 0..s.length). */
export function codePointIndexer(s: string): (utf16: number) => number {
  const map = new Int32Array(s.length + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++) {
    map[i] = cp;
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: the low half maps to the same index.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[s.length] = cp;
  return (i) => map[i];
}
