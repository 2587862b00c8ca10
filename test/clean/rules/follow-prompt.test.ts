// Pins follow-prompt: inside the article region, a line of its own that opens with a follow or
// subscribe lead (many languages) and ends with the channels it names is removed; a sentence that
// goes on past its channel, bare "follow" before a common word, a line of a wrapped paragraph and
// lines outside the region stay.
import { describe, expect, it } from "vitest";
import { followPrompt, isFollowPrompt } from "../../../pipeline/clean/rules/follow-prompt.ts";
import { kept, logOf, removed, run, wholeRegion } from "./run.ts";

describe("follow-prompt", () => {
  it("tells prompts from sentences", () => {
    for (const t of [
      "Síguenos en Facebook, X e Instagram",
      "Подписывайтесь на наш канал в Telegram",
      "Follow us on Google News",
      "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
      "Folgen Sie uns auf Twitter: @beispiel",
      "Simak berita dan artikel lainnya di Google News",
      "ติดตามข่าวสารได้ทาง Facebook และ LINE",
      "Sign up for our daily newsletter",
      "[Siga-nos no WhatsApp](https://example.com/whatsapp)",
    ])
      expect(isFollowPrompt(t), t).toBe(true);
    for (const t of [
      "Follow these steps shared on Twitter to stop a thief on the train.", // goes on past its channel
      "Follow the money, he said on X.", // bare "follow" before a common word
      "Síguenos", // no channel
      "Subscribers to the newsletter rose by a third last year, the company said.", // no lead
    ])
      expect(isFollowPrompt(t), t).toBe(false);
  });

  const page = [
    "Síguenos en Facebook, X e Instagram", // 1 outside the region
    "",
    "El Ayuntamiento aprobó el plan el martes.", // 3
    "",
    "Síguenos en Facebook, X e Instagram", // 5
    "",
    "Los vecinos piden más autobuses y la obra empieza en marzo; para más detalles",
    "síguenos en Facebook", // 8 a line of a wrapped paragraph
  ];

  it("removes prompts standing alone in the region, and logs them", () => {
    const doc = run(page, [
      { id: "test-region", description: "test", apply: (ctx) => void (ctx.doc.article = { start: 2, end: 7 }) },
      followPrompt,
    ]);
    expect(removed(doc)).toEqual([[5, "follow-prompt", "boilerplate"]]);
    expect(logOf(doc, "follow-prompt")).toEqual([
      { action: "removed", field: null, first_line: 5, last_line: 5, reason: "call to follow the outlet on a channel", text: page[4] },
    ]);
  });

  it("does nothing without an article region", () => {
    expect(removed(run(page, [followPrompt]))).toEqual([]);
    expect(kept(run(page, [wholeRegion, followPrompt]))).not.toContain(page[4]);
  });
});
