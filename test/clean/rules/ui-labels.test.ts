// Pins ui-labels: a short line (at most 60 characters) made only of button or share-bar labels from the
// word list (several languages), separators and markup aside, is removed as boilerplate. Lines where
// one word is not a label, long lines and runs of more than six labels stay.
import { describe, expect, it } from "vitest";
import { uiLabels } from "../../../pipeline/clean/rules/ui-labels.ts";
import { kept, logOf, removed, run } from "./run.ts";

describe("ui-labels", () => {
  const page = [
    "print PRINT", // 1
    "Share | Tweet | Email", // 2
    "Share this article", // 3 a multi-word label
    "- **Search**", // 4
    "Drucken Teilen", // 5 German
    "Поделиться", // 6 Russian
    "分享", // 7 Chinese
    "• Imprimir • Compartir", // 8 Spanish
    "Share prices fell sharply on Monday.", // 9 words that are not labels
    "Teilen Sie Ihre Meinung", // 10
    "Print edition", // 11
    "Share Tweet Email Print Save Comment Reddit", // 12 seven labels
    "[Share](#) | [Tweet](#) | [Email](#) | [Print](#) | [Comments](#) | [Save](#)", // 13 six labels, but over 60 characters
  ];
  const doc = run(page, [uiLabels]);

  it("removes label-only lines as boilerplate", () => {
    expect(removed(doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, "ui-labels", "boilerplate"]));
    expect(logOf(doc, "ui-labels")).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ action: "removed", field: null, first_line: n, last_line: n, reason: "interface labels only", text: page[n - 1] })),
    );
  });

  it("keeps lines with other words, long lines and long label runs", () => {
    expect(page[12].length).toBeGreaterThan(60);
    expect(kept(doc)).toEqual(page.slice(8));
  });
});

describe("ui-labels: audio players", () => {
  it("removes 'listen to this article' labels in several languages, and keeps sentences", () => {
    // (An ad slot's "Advertisement" is left to the article-region model, which reads it as a boundary.)
    const page = ["Listen to this article", "Artikel anhören", "Écouter cet article", "기사 듣기", "Advertisement", "Listen to the minister explain the plan in her own words."];
    const doc = run(page, [uiLabels]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3, 4]);
    expect(kept(doc)).toEqual([page[4], page[5]]);
  });

  it("removes a table of contents' heading, image-viewer buttons, embed placeholders and download links", () => {
    const labels = ["Table of contents", "**Inhaltsverzeichnis**", "Sommaire", "Spis treści", "目次", "[Enlarge image](#)", "Bild vergrößern", "Externer Inhalt", "Contenido externo", "PDF version"];
    const d = run(labels, [uiLabels]);
    expect(kept(d)).toEqual([]);
    // (a heading that only starts with one stays)
    expect(kept(run(["Contents of the new budget bill"], [uiLabels]))).toHaveLength(1);
  });
});

describe("ui-labels: Chinese print, close and font-size links, Vietnamese print buttons", () => {
  it("removes bracketed label runs and keeps a line with other words", () => {
    const page = ["【字号 大 中 小】 【打印本页】 【关闭窗口】", "打印本页 关闭窗口", "In bài", "【大桥将重建】", "中国队在比赛中获胜"];
    const doc = run(page, [uiLabels]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3]);
    expect(kept(doc)).toEqual([page[3], page[4]]);
  });
});
