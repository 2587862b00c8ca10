// A cookie notice naming the site (self-reference.ts, cookieNotice): "Gazette uses cookies",
// "Gazette verwendet Cookies". Made-up lines and pages.
import { describe, expect, it } from "vitest";
import { cookieNotice } from "../../pipeline/extract/rules/outlet/self-reference.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("a cookie notice naming the site", () => {
  it("reads the name before the verb, in several languages", () => {
    expect(cookieNotice("Harbour Notes uses cookies and analytics to improve the site.")).toBe("Harbour Notes");
    expect(cookieNotice("Küstenbote verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.")).toBe("Küstenbote");
    expect(cookieNotice("Le Courrier du Port utilise des cookies")).toBe("Le Courrier du Port");
  });

  it("takes no generic subject ('This website', 'We', 'Diese Seite')", () => {
    expect(cookieNotice("This website uses cookies to improve your experience.")).toBeNull();
    expect(cookieNotice("We use cookies")).toBeNull();
    expect(cookieNotice("Diese Seite verwendet Cookies.")).toBeNull();
    expect(cookieNotice("Unsere Webseite nutzt Cookies")).toBeNull();
    // A publishing group's notice, shared by its sites.
    expect(cookieNotice("Harbour Media uses cookies for personalization.")).toBeNull();
  });

  it("names the outlet from the notice when the page prints the name again", () => {
    const page = `Küstenbote Kiel verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.\nOk\n  • Lokales\n  • Sport\n  • Kultur\n  • Wetter\n  • Service\n  • Meinung\n  • Video\n\nHafenmauer wird vor dem Winter repariert\n\n${body()}\n\nDer Newsletter von Küstenbote Kiel, jeden Morgen.\n`;
    expect(outletOf(page)).toBe("Küstenbote Kiel");
  });
});
