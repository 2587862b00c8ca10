// A masthead that runs the site's name into its tagline with no separator (run-on-tagline.ts): the name
// is the leading words the page prints again on their own. Made-up names and pages.
import { describe, expect, it } from "vitest";
import { taglineWords, withoutRunOnTagline } from "../../pipeline/extract/rules/outlet/run-on-tagline.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("a name run into its tagline", () => {
  it("reads the words after a name as a tagline: a phrase, an article opening them, another script", () => {
    expect(taglineWords(["Rezepte", "aus", "der", "Küche"], "Hafenküche")).toBe("phrase");
    expect(taglineWords(["A", "Harbour", "Encyclopedia"], "Coastline")).toBe("phrase");
    expect(taglineWords(["港のニュース"], "GAZETTE")).toBe("script");
    expect(taglineWords(["Zeitung"], "Küstenbote")).toBeNull();
    expect(taglineWords(["Harbour", "Review"], "Coastline")).toBeNull();
    expect(taglineWords(["für", "Ernährung"], "Bundesamt")).toBeNull();
  });

  it("keeps the leading words the page prints alone on a line", () => {
    const raws = ["hafenküche@home Rezepte aus der Küche", "", "Some text", "hafenküche@home"];
    expect(withoutRunOnTagline("hafenküche@home Rezepte aus der Küche", raws)).toBe("hafenküche@home");
  });

  it("keeps the whole when the page prints it again, or prints no leading run alone", () => {
    const again = ["Coastline A Harbour Encyclopedia", "Coastline", "Welcome to Coastline A Harbour Encyclopedia"];
    expect(withoutRunOnTagline("Coastline A Harbour Encyclopedia", again)).toBe("Coastline A Harbour Encyclopedia");
    const inside = ["Coastline A Harbour Encyclopedia", "Coastline is read in forty countries."];
    expect(withoutRunOnTagline("Coastline A Harbour Encyclopedia", inside)).toBe("Coastline A Harbour Encyclopedia");
  });

  it("keeps the name before a tagline in another script when a sentence prints it", () => {
    const raws = ["GAZETTE 港のニュースをやさしく", "「GAZETTE」では毎日ニュースを書きます。"];
    expect(withoutRunOnTagline("GAZETTE 港のニュースをやさしく", raws)).toBe("GAZETTE");
  });

  it("names the outlet without the tagline on a blog's page", () => {
    const page = `hafenküche@home Rezepte aus der Küche\n\n# Fischsuppe mit Dill\n\n${body()}\n\nhafenküche@home\n\nProudly powered by WordPress\n`;
    expect(outletOf(page)).toBe("hafenküche@home");
  });
});
