// The body gate must see running text in every script: sentences ending in the marks of scripts other
// than Latin and CJK, and Thai or Lao, which mark no sentence end. Texts written for this test.
import { describe, expect, it } from "vitest";
import { checkBody, isRunningText } from "../pipeline/body-gate.ts";

describe("isRunningText", () => {
  it("takes a Latin sentence of eight words and leaves a short label", () => {
    expect(isRunningText("The council voted on Tuesday to close the old bridge.")).toBe(true);
    expect(isRunningText("Read more.")).toBe(false);
    expect(isRunningText("Home Sport Politics Weather")).toBe(false);
  });
  it("takes a paragraph whose last line trails off after a finished sentence", () => {
    expect(isRunningText("Kapitel 12 ist nun auch online. Wie immer gibt es die Bilder nur für angemeldete Leser. Viel Spass")).toBe(true);
    expect(isRunningText("Home. News. Sport. Weather. Contact. Login. About us. Jobs")).toBe(false);
    expect(isRunningText("Read more about the city council and its new plan here")).toBe(false);
  });
  it("takes a Hindi sentence ending in the danda", () => {
    expect(isRunningText("नगर परिषद ने मंगलवार को पुराने पुल को बंद करने का फैसला किया।")).toBe(true);
    expect(isRunningText("मुख्य पृष्ठ")).toBe(false);
  });
  it("takes an Arabic question and an Urdu sentence", () => {
    expect(isRunningText("هل ستوافق الحكومة على الميزانية الجديدة قبل نهاية الشهر المقبل؟")).toBe(true);
    expect(isRunningText("حکومت نے منگل کو نئے بجٹ کی منظوری دے دی اور اجلاس ختم ہو گیا۔")).toBe(true);
  });
  it("takes Amharic, Armenian and Burmese sentences by their own end marks", () => {
    expect(isRunningText("የከተማው ምክር ቤት ማክሰኞ ዕለት የድሮውን ድልድይ ለመዝጋት ወሰነ እና ስራው በሚቀጥለው ወር ይጀምራል።")).toBe(true);
    expect(isRunningText("Քաղաքային խորհուրդը երեքշաբթի օրը որոշեց փակել հին կամուրջը մինչև ամառ։")).toBe(true);
    expect(isRunningText("မြို့တော်ကောင်စီသည် အင်္ဂါနေ့တွင် တံတားဟောင်းကို ပိတ်ရန် ဆုံးဖြတ်ခဲ့သည်။")).toBe(true);
  });
  it("takes Thai running text, which has no sentence mark, and leaves a short Thai label", () => {
    expect(isRunningText("สภาเมืองลงมติเมื่อวันอังคารให้ปิดสะพานเก่าเพื่อซ่อมแซม โดยงานจะเริ่มในเดือนหน้าและใช้เวลาประมาณสามเดือน")).toBe(true);
    expect(isRunningText("หน้าแรก ข่าว กีฬา")).toBe(false);
  });
  it("takes a short Chinese or Japanese sentence by its ideographs, and leaves a short CJK label or credit", () => {
    expect(isRunningText("财政部长表示，这份预算负责任，将协助家庭应对高物价。")).toBe(true);
    expect(isRunningText("政府は３日、今冬の電力需給対策を決定した。")).toBe(true);
    expect(isRunningText("本文来源：新华社。")).toBe(false);
    expect(isRunningText("责任编辑：李华")).toBe(false);
  });
  it("takes a short Korean sentence by its Hangul syllables, and leaves a short Korean label", () => {
    expect(isRunningText("서울에 3일 첫눈이 내렸다. 평년보다 일주일 빠르다.")).toBe(true);
    expect(isRunningText("관련기사 더보기.")).toBe(false);
  });
  it("does not take a line of Latin letters with one Thai word as Thai running text", () => {
    expect(isRunningText("Menu Home News Sport Weather Contact Login ข่าว")).toBe(false);
  });
});

describe("checkBody", () => {
  it("keeps a Thai body and rejects a body of menu items", () => {
    expect(checkBody("ข่าวล่าสุด\n\nสภาเมืองลงมติเมื่อวันอังคารให้ปิดสะพานเก่าเพื่อซ่อมแซม โดยงานจะเริ่มในเดือนหน้า", "a.txt", "0")).toBeNull();
    expect(checkBody("Home\n\nNews\n\nSport", "b.txt", "0")?.reason).toBe("no article body found");
  });
  it("keeps a list its lead-in sentence opens, and rejects the same items without it or under a short label", () => {
    const items = "- Visit the winter market in the old square\n\n- Take a walk along the river path";
    expect(checkBody(`Here is our pick of what to do in the city this weekend:\n\n${items}`, "c.txt", "0")).toBeNull();
    expect(checkBody(items, "d.txt", "0")?.reason).toBe("no article body found");
    expect(checkBody(`More from us:\n\n${items}`, "e.txt", "0")?.reason).toBe("no article body found");
  });
});
