// A name without what its rendering adds (tidy-name.ts). Made-up names.
import { describe, expect, it } from "vitest";
import { tidyName } from "../../pipeline/extract/rules/outlet/tidy-name.ts";
import { onceOnly } from "../../pipeline/extract/rules/outlet/names.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("a name without its rendering's marks", () => {
  it("drops Markdown escapes, wrapping quotation marks and a close button's cross", () => {
    expect(tidyName("frauen\\*")).toBe("frauen*");
    expect(tidyName("«Hafenblatt»")).toBe("Hafenblatt");
    expect(tidyName("„Hafenblatt“")).toBe("Hafenblatt");
    expect(tidyName("「港湾新聞」")).toBe("港湾新聞");
    expect(tidyName("The Quay ×")).toBe("The Quay");
  });

  it("keeps quotation marks inside a name and a name's own punctuation", () => {
    expect(tidyName("Das „Hafenblatt“ Magazin")).toBe("Das „Hafenblatt“ Magazin");
    expect(tidyName("Yahoo!")).toBe("Yahoo!");
  });

  it("names the outlet without the escape the Markdown rendering added", () => {
    const page = `[![frauen\\*](https://frauen-media.test/logo.png)](https://frauen-media.test/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n[Impressum](https://frauen-media.test/impressum)\n\n© 2023 frauen\\*\n`;
    expect(outletOf(page)).toBe("frauen*");
  });
  it("reads a name printed twice, or twice around its domain, once", () => {
    expect(onceOnly("Hafenblatt Hafenblatt")).toBe("Hafenblatt");
    expect(onceOnly("Abend Blick Abend Blick")).toBe("Abend Blick");
    expect(onceOnly("Abend Blick abendblick.test Abend Blick")).toBe("Abend Blick");
    expect(onceOnly("Hafenblatt hafen.blatt.de Hafenblatt")).toBe("Hafenblatt");
    // Another word between two prints is no domain: the name as it is.
    expect(onceOnly("Hafen und Hafen")).toBe("Hafen und Hafen");
    expect(onceOnly("Abend Blick abendblick.test Morgen Blick")).toBe("Abend Blick abendblick.test Morgen Blick");
  });
  it("names the site once where its masthead prints it twice around its domain", () => {
    const menu = ["Politik", "Sport", "Kultur", "Suche"].map((w) => `  • ${w}`).join("\n");
    const page = `Abendblick News abendblick.test Abendblick News\n\n${menu}\n\nHafenmauer soll vor dem Winter repariert werden\n\n${body(8)}\n\n${menu}\n\nAbendblick News\n\n  • Impressum\n`;
    expect(outletOf(page)).toBe("Abendblick News");
  });
});
