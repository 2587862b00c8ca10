// A role whose article gives it a gender ("la vicepresidenta", "la ministre", "a ministra") is not the
// man the rules first gave it, but the nearest woman named before it who holds no other office (and the
// other way round). Hand-written sentences shaped like news text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";
import { genderOfName } from "../../pipeline/quotes/name-gender.ts";
import { personOfRoleGender, roleGender } from "../../pipeline/quotes/role-gender.ts";

const who = (body: string, language: string) => extractQuotes({ id: "t", body, language }).map((q) => q.speaker);

describe("role gender", () => {
  it("reads the gender from the article, and names without their accents", () => {
    expect(roleGender("la vicepresidenta")).toBe("female");
    expect(roleGender("el ministro")).toBe("male");
    expect(roleGender("a ministra")).toBe("female");
    expect(roleGender("the minister")).toBeNull();
    expect(genderOfName("Tomás Herrera")).toBe("male");
    expect(genderOfName("Lucía Paredes")).toBe("female");
  });

  it("Spanish: 'apuntó la vicepresidenta' after a man's quotation is the woman named before, not the journalist", () => {
    expect(
      who(
        "La disputa sumó un nuevo capítulo, que incluyó un mensaje de Marta Quiroga con una crítica sutil al Gobierno.\n\n“Los ataques son contra el Presidente y no contra el ministro de Economía”, dijo Tomás Herrera en una radio.\n\nAntes había sido la exmandataria la que habló en un encuentro con la periodista Lucía Paredes en la feria del libro.\n\n“Nos íbamos a legitimar gobernando, porque se podía ser legítimo de origen y no de gestión”, apuntó la vicepresidenta en la charla.",
        "es",
      ),
    ).toEqual(["Tomás Herrera", "Marta Quiroga"]);
  });

  it("French: 'a précisé la ministre' likewise", () => {
    expect(
      who(
        "Le rapport cite aussi un courrier de Claire Fontaine adressé au conseil régional la semaine dernière.\n\n« Nous ne fermerons aucune école rurale cette année, quoi qu’il arrive », a déclaré Pierre Morel devant les élus.\n\n« Les moyens seront maintenus dans toutes les académies jusqu’en septembre », a précisé la ministre.",
        "fr",
      ),
    ).toEqual(["Pierre Morel", "Claire Fontaine"]);
  });

  it("leaves a resolution of unknown or agreeing gender, and skips a woman with another office", () => {
    const names = [
      { name: "Marta Quiroga", parts: ["Marta", "Quiroga"], kind: "person" as const, role: null, at: 10, object: true, afterArticle: false },
      { name: "Lucía Paredes", parts: ["Lucía", "Paredes"], kind: "person" as const, role: "periodista", at: 40, object: true, afterArticle: false },
    ];
    expect(personOfRoleGender("female", "vicepresidenta", "Tomás Herrera", names, 0, 100)?.name).toBe("Marta Quiroga");
    expect(personOfRoleGender("female", "periodista", "Tomás Herrera", names, 0, 100)?.name).toBe("Lucía Paredes");
    expect(personOfRoleGender("female", "vicepresidenta", "Herrera", names, 0, 100)).toBeNull();
    expect(personOfRoleGender("male", "ministro", "Tomás Herrera", names, 0, 100)).toBeNull();
    expect(personOfRoleGender(null, "ministro", "Tomás Herrera", names, 0, 100)).toBeNull();
  });
});
