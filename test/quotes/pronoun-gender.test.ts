// A gendered pronoun whose antecedent has the other gender: the person its own paragraph introduces, even
// as an object ("on discute avec Léonie … soupire-t-elle"). Hand-written sentences shaped like news text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";
import { agreeingPersonInParagraph } from "../../pipeline/quotes/pronoun-gender.ts";

const who = (body: string, language: string) => extractQuotes({ id: "t", body, language }).map((q) => q.speaker);

describe("pronoun gender against the paragraph's own people", () => {
  it("French: 'soupire-t-elle' after the man quoted before is the woman the paragraph talks with", () => {
    expect(
      who(
        "Antoine Marchal, chargé de cours, enseigne depuis six ans à l’université. « Je suis très inquiet pour la suite de ma carrière », glisse-t-il.\n\nUn peu plus loin, nous discutons avec Léonie. Cette étudiante de vingt ans suit des cours de lettres. « Ce qu’on nous annonce, c’est la fin de l’université publique », soupire-t-elle.",
        "fr",
      ),
    ).toEqual(["Antoine Marchal", "Léonie"]);
  });

  it("English and Spanish: an object named in the paragraph is the 'she' when the last speaker is a man", () => {
    expect(
      who(
        "“I have been waiting for this ruling for many years now,” said Thomas Berg.\n\nReporters later spoke with Lina Ardent outside the court. “We will appeal the decision as soon as we possibly can,” she said.",
        "en",
      ),
    ).toEqual(["Thomas Berg", "Lina Ardent"]);
    expect(
      who(
        "“Llevamos años esperando esta sentencia del tribunal”, dijo Carlos Méndez.\n\nDespués hablamos con Lucía Serrano frente al juzgado. “Vamos a apelar la decisión lo antes posible”, aseguró ella.",
        "es",
      ),
    ).toEqual(["Carlos Méndez", "Lucía Serrano"]);
  });

  it("keeps an antecedent the paragraph itself names, or whose gender is unknown", () => {
    const names = [{ name: "Lina Ardent", parts: ["Lina", "Ardent"], kind: "person" as const, role: null, at: 10, object: true, afterArticle: false }];
    expect(agreeingPersonInParagraph("she", "Thomas Berg", names, 0, 50)?.name).toBe("Lina Ardent");
    expect(agreeingPersonInParagraph("she", "Berg", names, 0, 50)).toBeNull();
    expect(agreeingPersonInParagraph("he", "Thomas Berg", names, 0, 50)).toBeNull();
    expect(agreeingPersonInParagraph("she", "Thomas Berg", [{ ...names[0], name: "Thomas", parts: ["Thomas"] }], 0, 50)).toBeNull();
    expect(agreeingPersonInParagraph("she", "Thomas Berg", names, 20, 50)).toBeNull();
  });
});
