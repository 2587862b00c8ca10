// rankLanguages must rank exactly as franc's francAll over the news languages: same codes, same order, same scores.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { francAll } from "franc";
import { describe, expect, it } from "vitest";
import { FRANC_ONLY, rankLanguages } from "../../pipeline/text/trigram-language.ts";
import { ZYTE_DEV } from "../../scripts/lib/sites.ts";

const SAMPLES = [
  "",
  "short",
  "1234567890 !!! ??? ... 2019-11-19",
  "The council voted on Tuesday evening to repair the old harbour wall before the winter storms arrive.",
  "Der Stadtrat hat am Dienstagabend beschlossen, die alte Hafenmauer vor den Winterstürmen zu reparieren.",
  "Le conseil municipal a voté mardi soir la réparation du vieux mur du port avant les tempêtes de l'hiver.",
  "El concejo municipal votó el martes por la noche reparar el viejo muro del puerto antes de las tormentas.",
  "Dewan kota memutuskan pada hari Selasa malam untuk memperbaiki tembok pelabuhan lama karena badai.",
  "Городской совет во вторник вечером проголосовал за ремонт старой стены гавани до зимних штормов.",
  "市议会周二晚间投票决定在冬季风暴到来之前修复旧港口的防波堤。",
  "市議会は火曜日の夜、冬の嵐が来る前に古い港の防波堤を修理することを決めました。",
  "시의회는 화요일 저녁 겨울 폭풍이 오기 전에 오래된 항구 방파제를 수리하기로 결정했다.",
  "مجلس المدينة صوت مساء الثلاثاء على إصلاح جدار الميناء القديم قبل عواصف الشتاء.",
  "नगर परिषद ने मंगलवार शाम को सर्दियों के तूफानों से पहले पुराने बंदरगाह की दीवार की मरम्मत के लिए मतदान किया।",
  "Mixed: the council 议会 voted — Стадтрат 🙂 and then some more English words to pass the minimum.",
  "𠀀𠀁𠀂 astral Han letters among 市议会周二晚间投票决定在冬季风暴到来之前修复旧港口的防波堤 and a lone \ud800 surrogate.",
  "Bystyret vedtok tirsdag kveld å reparere den gamle havnemuren før vinterstormene kommer.",
  "Ιδού ένα ελληνικό κείμενο για το λιμάνι και τον χειμώνα που έρχεται.",
  "ሰላም ለዓለም የከተማው ምክር ቤት ማክሰኞ ምሽት ወሰነ።",
  "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ and ﬁ ligatures: the council voted on Tuesday evening to repair the old harbour wall.",
];

/** Paragraph-sized pieces of the bench pages, cut at several lengths (around the 2048-character sample). */
const BENCH_RAW = join(ZYTE_DEV, "raw");
function benchPieces(): string[] {
  const dir = BENCH_RAW;
  const out: string[] = [];
  for (const f of readdirSync(dir).sort().slice(0, 60)) {
    const text = readFileSync(join(dir, f), "utf8");
    for (const p of text.split(/\n\s*\n/).filter((x) => x.length > 60).slice(0, 8)) out.push(p);
    out.push(text.slice(0, 1000), text.slice(0, 2047), text.slice(0, 2049), text.slice(0, 6000));
  }
  return out;
}

describe("rankLanguages", () => {
  it("ranks hand-written samples exactly as franc with only the news languages", () => {
    for (const s of SAMPLES) for (const min of [10, 40]) expect(rankLanguages(s, min), s).toEqual(francAll(s, { minLength: min, only: [...FRANC_ONLY] }));
  });
  const hasBench = existsSync(BENCH_RAW);
  if (!hasBench) console.warn(`[trigram-language.test] skipping the bench-page comparison: ${BENCH_RAW} not found`);
  it.skipIf(!hasBench)("ranks the bench pages exactly as franc with only the news languages", () => {
    const pieces = benchPieces();
    expect(pieces.length).toBeGreaterThan(300);
    for (const s of pieces) expect(rankLanguages(s, 40)).toEqual(francAll(s, { minLength: 40, only: [...FRANC_ONLY] }));
  });
});
