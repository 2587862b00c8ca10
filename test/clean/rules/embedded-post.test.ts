// Pins embedded-post: the "View this post on Instagram" link and the "A post shared by X (@x)" line (in
// several languages) are removed; the post's own words, a tweet's "— Name (@handle) date" sign-off and
// sentences that merely open like a shared-by line stay.
import { describe, expect, it } from "vitest";
import { embeddedPost, isEmbedChrome } from "../../../pipeline/clean/rules/embedded-post.ts";
import { kept, run } from "./run.ts";

describe("embedded-post", () => {
  it("tells an embed's chrome from text", () => {
    for (const t of [
      "View this post on Instagram",
      "Ver essa foto no Instagram",
      "Lihat postingan ini di Instagram",
      "A post shared by City FC (@cityfc)",
      "Uma publicação compartilhada por Cantora Oficial (@cantoraoficial)",
      "Ein Beitrag geteilt von SKEP (@skep.association) am 23. Okt 2017 um 0:31 Uhr",
      "> [A post shared by Chateau (@chateau)](https://www.instagram.com/p/x/)",
    ])
      expect(isEmbedChrome(t), t).toBe(true);
    for (const t of [
      "We are aware of issues with the ticketing site and are working to fix them.",
      "A post shared by thousands of fans on social media last week led the club to change its ticket rules, a spokesman said.",
      "City FC said on Twitter that it would refund all fans.",
      "— City FC (@CityFC) January 14, 2026",
    ])
      expect(isEmbedChrome(t), t).toBe(false);
  });

  it("removes the chrome and keeps the post's words", () => {
    const doc = run(["The singer announced a farewell tour.", "", "View this post on Instagram", "", "Thank you all!", "", "A post shared by Singer (@singer)", "", "Tickets go on sale next week."], [embeddedPost]);
    expect(kept(doc)).toEqual(["The singer announced a farewell tour.", "Thank you all!", "Tickets go on sale next week."]);
  });
});
