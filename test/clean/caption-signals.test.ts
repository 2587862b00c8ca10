import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { blockFeatures, FEATURES } from "../../pipeline/clean/block-features.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { endsInCredit } from "../../pipeline/clean/credit-end.ts";

const feature = (text: string, name: (typeof FEATURES)[number]) => {
  const doc = toWorkingDoc("t.txt", text);
  return blockFeatures(buildBlocks(doc), doc).map((r) => r[FEATURES.indexOf(name)]);
};

describe("endsInCredit: a caption closing with its photo credit", () => {
  it("finds a bracketed credit after the caption's sentence, or one with a slash or a credit word", () => {
    expect(endsInCredit("The mayor opens the new bridge on Monday. (AP Photo/Jane Doe, File)")).toBe(true);
    expect(endsInCredit("Astronauts work outside the station in 2006. (NASA via AP)")).toBe(true);
    expect(endsInCredit("Rettungskräfte am Unfallort bei Trier (Foto: Max Muster)")).toBe(true);
    expect(endsInCredit("Le pont rouvre lundi, a annoncé la mairie. Photo : Jean Martin/AFP")).toBe(true);
  });

  it("leaves sentences that end in a bracketed note or aside", () => {
    expect(endsInCredit("Prices rose by three per cent (2.9 per cent in May).")).toBe(false);
    expect(endsInCredit("The council approved the plan (by seven votes to two).")).toBe(false);
    expect(endsInCredit("The firm makes chips for phones (and cars).")).toBe(false);
    expect(endsInCredit("He said it was over. (He was wrong, as it turned out a week later.)")).toBe(false);
  });

  it("is the creditEnd block feature, for a caption wrapped over lines in a text dump", () => {
    const text = [
      "The bridge reopened on Monday after two years of repairs, the city said in a statement.",
      "",
      "Cars cross the bridge over the river after it reopened to traffic in the morning on",
      "Monday. (AP Photo/Jane Doe)",
    ].join("\n");
    const doc = toWorkingDoc("t.txt", text);
    expect(buildBlocks({ ...doc, wrapWidth: 84 }).length).toBe(2);
    const d = { ...doc, wrapWidth: 84 };
    expect(blockFeatures(buildBlocks(d), d).map((r) => r[FEATURES.indexOf("creditEnd")])).toEqual([0, 1]);
  });
});

describe("imageMark: a block holding an image", () => {
  it("marks a text dump's bracketed image name and a Markdown image, not [sic] or a footnote mark", () => {
    const text = [
      "[bridge-opening-2019] Cars cross the new bridge",
      "",
      "![A car on the bridge](https://example.org/car.jpg) The first car on the bridge",
      "",
      "The minister said the bridge [sic] was the longest in the region.[1]",
    ].join("\n");
    expect(feature(text, "imageMark")).toEqual([1, 1, 0]);
  });
});
