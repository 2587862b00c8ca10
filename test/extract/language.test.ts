import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { countLetters, detectLanguage, language, languageByScript, NO_LISTED_SCRIPT } from "../../pipeline/extract/rules/language.ts";

describe("language", () => {
  it("tells Chinese, Japanese and Korean by script", () => {
    expect(languageByScript("市议会周二晚间投票决定在冬季风暴到来之前修复旧港口的防波堤。")).toBe("zh");
    expect(languageByScript("市議会は火曜日の夜、冬の嵐が来る前に古い港の防波堤を修理することを決めました。")).toBe("ja");
    expect(languageByScript("시의회는 화요일 저녁 겨울 폭풍이 오기 전에 오래된 항구 방파제를 수리하기로 결정했다.")).toBe("ko");
    expect(languageByScript("The council voted on Tuesday.")).toBeNull();
  });
  it("maps franc's individual-language codes and separates Indonesian from Malay", () => {
    expect(detectLanguage("Dewan kota memutuskan pada hari Selasa malam untuk memperbaiki tembok pelabuhan lama karena badai musim dingin akan segera datang, kata pemerintah setempat, dan warga bisa melihat pekerjaan itu setelah bulan depan.")).toBe("id");
    expect(detectLanguage("Der Stadtrat hat am Dienstagabend beschlossen, die alte Hafenmauer vor den Winterstürmen zu reparieren, wie die Verwaltung mitteilte.")).toBe("de");
    expect(detectLanguage("too short")).toBeNull();
  });
  it("judges the body, not a short English menu left in it", () => {
    const text = ["Home", "News", "Sport", "Le conseil municipal a voté mardi soir la réparation du vieux mur du port avant les tempêtes de l'hiver, a indiqué la mairie dans un communiqué publié mercredi."].join("\n\n");
    const out = runRules(toWorkingDoc("t.txt", text), [language], "extract");
    expect(out.captured.language).toBe("fr");
    expect(out.log.find((e) => e.field === "language")?.reason).toMatch(/franc-min/);
  });
  it("skips the script scans only for text with no letter of a listed script", () => {
    const scripts = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Greek}\p{sc=Hebrew}\p{sc=Georgian}\p{sc=Armenian}\p{sc=Khmer}\p{sc=Lao}\p{sc=Myanmar}\p{sc=Sinhala}]/u;
    const clash: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (NO_LISTED_SCRIPT.test(ch) && scripts.test(ch)) clash.push(cp.toString(16));
    }
    expect(clash).toEqual([]);
    expect(NO_LISTED_SCRIPT.test("Plain Latin, Ünïcödé — “quotes” and кириллица.")).toBe(true);
    expect(NO_LISTED_SCRIPT.test("Ω omega")).toBe(false);
    expect(languageByScript("Αθήνα: το δημοτικό συμβούλιο αποφάσισε την Τρίτη.")).toBe("el");
  });
});

describe("countLetters", () => {
  it("counts letters as the Unicode pattern does, astral letters as two code units and lone surrogates as none", () => {
    const ref = (t: string) => t.replace(/[^\p{L}]/gu, "").length;
    const samples = [
      "", "The council voted, 12–3.", "Ünïcödé — “quotes” and кириллица", "市议会周二晚间投票", "𠀀𠀁 two astral Han letters",
      "emoji 🙂 is no letter", "lone \ud800 high and \udc00 low surrogates", "\ud835\udc00 mathematical A", "ﬁ ligature ª º",
    ];
    for (const s of samples) expect(countLetters(s), s).toBe(ref(s));
    expect(countLetters("𠀀a")).toBe(3);
    expect(countLetters("a\ud800b")).toBe(2);
  });
});
