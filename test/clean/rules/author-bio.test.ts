// Pins author-bio: the article's last paragraph, when it is a short note that opens with a name, then
// "is" in the page's language, then a job word ("Hannah Moore is a features writer based in the
// north."), is removed as metadata; a closing sentence about someone else's job, a note that is not
// last, and a long paragraph stay.
import { describe, expect, it } from "vitest";
import { authorBio, authorBioRule } from "../../../pipeline/clean/rules/author-bio.ts";
import { kept, logOf, run, wholeRegion } from "./run.ts";

const PROSE = "The county plans to replace the ferry with a bridge next year, and the keeper says he is ready to retire after forty years.";

describe("author-bio", () => {
  it("tells an author's note from other closing sentences, in several languages", () => {
    for (const t of [
      "Hannah Moore is a features writer based in the north. She covers rural life and the environment.",
      "*Jan van Dijk is correspondent in Brussel.*",
      "Sabine Krause ist Redakteurin im Lokalressort.",
      "Claire Martin est journaliste au service Politique.",
      "Pablo Jiménez es periodista y vive en Huesca.",
      "Elin Holm är reporter på lokalredaktionen.",
    ])
      expect(authorBio(t), t).toBe(true);
    for (const t of [
      "The mayor is a former teacher who grew up in the village.", // no name first
      "Walter Briggs is ready to retire, he says.", // no job word
      "Hannah Moore, the reporter, asked him why.", // no verb after the name
      "Hannah Moore is a writer. She lives in the north. She has two dogs and a boat.", // three sentences
    ])
      expect(authorBio(t), t).toBe(false);
  });

  it("removes the note when it is the last paragraph after the article's text, and logs it", () => {
    const page = [PROSE, "", "Hannah Moore is a features writer based in the north."];
    const doc = run(page, [wholeRegion, authorBioRule]);
    expect(kept(doc)).toEqual([PROSE]);
    expect(logOf(doc, "author-bio")[0]).toMatchObject({ action: "removed", first_line: 3, reason: "author's note at the end of the article (name, 'is', a job word)" });
    expect(doc.lines[2].removedAs).toBe("metadata");
  });

  it("keeps a note that is not last, and one with no article text before it", () => {
    const notLast = [PROSE, "", "Hannah Moore is a features writer based in the north.", "", PROSE];
    expect(kept(run(notLast, [wholeRegion, authorBioRule]))).toHaveLength(3);
    expect(kept(run(["Hannah Moore is a features writer based in the north."], [wholeRegion, authorBioRule]))).toHaveLength(1);
  });
});
