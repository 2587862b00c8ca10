// Block signals in scripts beyond Latin and CJK: a word keeps its combining vowel signs (Devanagari,
// Bengali, Thai), sentence marks of other scripts end a sentence, and scripts written without spaces
// count words from letters. Texts written for this test.
import { describe, expect, it } from "vitest";
import { blockFeatures, FEATURES } from "../../pipeline/clean/block-features.ts";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { textStats } from "../../pipeline/clean/block-text.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";

const feature = (text: string, name: (typeof FEATURES)[number]) => {
  const doc = toWorkingDoc("t.txt", text);
  return blockFeatures(buildBlocks(doc), doc)[0][FEATURES.indexOf(name)];
};

describe("block text signals in other scripts", () => {
  it("counts a Hindi word with its vowel signs as one token and the danda as a sentence end", () => {
    const s = textStats("नगर परिषद ने मंगलवार को पुराने पुल को बंद करने का फैसला किया।");
    expect(s.tokens).toBe(13);
    expect(s.punct).toBe(1);
    expect(feature("नगर परिषद ने मंगलवार को पुराने पुल को बंद करने का फैसला किया।", "sentEnd")).toBe(1);
  });
  it("counts Arabic commas and the Arabic question mark", () => {
    const s = textStats("قال الوزير، في مؤتمر صحفي؛ هل ستوافق الحكومة؟ نعم");
    expect(s.commas).toBe(2);
    expect(s.punct).toBe(1);
  });
  it("counts Thai words from letters, as for Chinese", () => {
    const thai = "สภาเมืองลงมติเมื่อวันอังคารให้ปิดสะพานเก่าเพื่อซ่อมแซม โดยงานจะเริ่มในเดือนหน้า";
    expect(textStats(thai).tokens).toBe(2);
    // two letters a word: a long Thai sentence is not a two-word label
    expect(Math.exp(feature(thai, "logWords")) - 1).toBeGreaterThan(20);
  });
  it("ends Amharic and Burmese sentences at their own marks", () => {
    expect(feature("የከተማው ምክር ቤት ማክሰኞ ዕለት የድሮውን ድልድይ ለመዝጋት ወሰነ።", "sentEnd")).toBe(1);
    expect(feature("မြို့တော်ကောင်စီသည် တံတားဟောင်းကို ပိတ်ရန် ဆုံးဖြတ်ခဲ့သည်။", "sentEnd")).toBe(1);
  });
});
