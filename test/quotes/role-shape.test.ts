// The published speaker_role keeps roles and drops clause fragments the attribution rules caught.
import { describe, expect, it } from "vitest";
import { roleShaped } from "../../pipeline/quotes/role-shape.ts";
import { extractQuotes } from "../../pipeline/quotes/index.ts";

describe("roleShaped", () => {
  it("keeps offices, compounds, agent nouns, occupations and roles in scripts without capitals", () => {
    for (const role of ["Interior Minister", "associate professor of physics at the university", "Bundesverkehrsminister",
      "portavoz del Gobierno", "chercheuse au CNRS", "Geschäftsführerin", "tattoo artist", "外交部发言人", "Projektleiter"])
      expect(roleShaped(role), role).toBe(role);
  });
  it("drops fragments with no role word", () => {
    for (const role of ["wenn", "1933 sagte", "Spielern wie", "because", "6:30 PM", "hat die Welt erobert", "im"])
      expect(roleShaped(role), role).toBeNull();
    expect(roleShaped(null)).toBeNull();
  });
});

describe("speaker_role in extractQuotes", () => {
  const quotes = (body: string, language: string) => extractQuotes({ id: "a", body, language });
  it("publishes a role given with the name and leaves the speaker as resolved", () => {
    const [q] = quotes("“We will not raise taxes on families this year at all,” said Finance Minister Jane Doe on Monday.", "en");
    expect([q.speaker, q.speaker_role]).toEqual(["Jane Doe", "Finance Minister"]);
  });
  it("drops words before the name that are no role", () => {
    const [q] = quotes("Nach dem Spiel sagte Trainer Max Muster: „Wir haben heute einfach zu viele Fehler gemacht.“ Wenn Anna Beispiel sagt: „Das Team hat heute wirklich großartig gekämpft“, stimmt das.", "de");
    expect(q.speaker_role === null || roleShaped(q.speaker_role) === q.speaker_role).toBe(true);
  });
});

describe("roleShaped, affiliations", () => {
  it("keeps a party or body name given as the role, not a clause", () => {
    expect(roleShaped("Unidad Popular")).toBe("Unidad Popular");
    expect(roleShaped("Zutritt zur DB")).toBeNull();
  });
});
