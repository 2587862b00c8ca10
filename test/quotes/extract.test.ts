// extractQuotes on hand-written articles: quotation shapes, attribution patterns, resolution of pronouns,
// roles and surnames, several languages, and code-point offsets.
import { describe, expect, it } from "vitest";
import { extractQuotes, peopleOf } from "../../pipeline/quotes/index.ts";
import { cueAt } from "../../pipeline/quotes/attribution.ts";
import { tokenize } from "../../pipeline/quotes/text.ts";

const article = (body: string, language = "en") => ({ id: "a1", body, language });
const run = (body: string, language = "en") => extractQuotes(article(body, language));
const pairs = (body: string, language = "en") => run(body, language).map((q) => [q.speaker, q.text]);

describe("quotation shapes", () => {
  it("takes a quotation broken by its attribution as two quotes with one speaker", () => {
    const qs = run('"The harbour will reopen next week," Maria Lopez said, "and the ferries will run again by Friday."');
    expect(qs.map((q) => q.text)).toEqual(["The harbour will reopen next week", "and the ferries will run again by Friday."]);
    expect(qs.map((q) => q.speaker)).toEqual(["Maria Lopez", "Maria Lopez"]);
    expect(qs.map((q) => q.cue)).toEqual(["said", "said"]);
  });

  it("joins a quotation that runs over several paragraphs", () => {
    const body = [
      "Mayor Tom Hardy spoke at the opening.",
      "“We have waited ten long years for this bridge to be built.",
      "“Now the whole valley can finally reach the hospital in minutes,” he said.",
    ].join("\n\n");
    const qs = run(body);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe("We have waited ten long years for this bridge to be built.\n\nNow the whole valley can finally reach the hospital in minutes");
    expect(qs[0].speaker).toBe("Tom Hardy");
    expect(qs[0].paragraph).toBe(1);
  });

  it("leaves out scare quotes, nicknames and titles", () => {
    const body =
      'The so-called "iron lady" praised the "robust" plan. He reviewed "The Lord of the Rings: The Return of the King" and called the band "the best in the world," officials said.';
    expect(run(body)).toEqual([]);
  });

  it("gives a standalone quoted paragraph to the speaker of the paragraph before", () => {
    const body = [
      "“Prices will keep falling through the summer months,” said Ana Ruiz, an economist at the central bank.",
      "“We expect the first rate cut before the end of the year.”",
    ].join("\n\n");
    expect(pairs(body)).toEqual([
      ["Ana Ruiz", "Prices will keep falling through the summer months"],
      ["Ana Ruiz", "We expect the first rate cut before the end of the year."],
    ]);
  });
});

describe("attribution patterns", () => {
  it.each([
    ["X said", '"We will rebuild every school in the district," Jane Okafor said.', "Jane Okafor", "said"],
    ["said X", '"We will rebuild every school in the district," said Jane Okafor.', "Jane Okafor", "said"],
    ["X, the Y, said", '"We will rebuild every school in the district," Jane Okafor, the education minister, said.', "Jane Okafor", "said"],
    ["according to X", 'According to Jane Okafor, "we will rebuild every school in the district."', "Jane Okafor", "According to"],
    ["X told Reuters", '"We will rebuild every school in the district," Jane Okafor told Reuters.', "Jane Okafor", "told"],
    ["X said in a statement", 'Jane Okafor said in a statement: "We will rebuild every school in the district."', "Jane Okafor", "said"],
    ["title before the name", '"We will rebuild every school in the district," said Education Minister Jane Okafor.', "Jane Okafor", "said"],
    ["organisation for an unnamed spokesperson", 'A spokesperson for the Ministry of Health said it "will publish the full figures next week."', "Ministry of Health", "said"],
  ])("%s", (_name, body, speaker, cue) => {
    const [q] = run(body);
    expect(q.speaker).toBe(speaker);
    expect(q.cue).toBe(cue);
  });

  it("keeps the role of the speaker", () => {
    const [q] = run('"We will rebuild every school in the district," Jane Okafor, the education minister, said.');
    expect(q.speaker_role).toBe("education minister");
  });

  it("leaves an unnamed speaker null, with the role the text gives", () => {
    const [q] = run("“Nobody told us the water was unsafe to drink,” one resident said.");
    expect(q.speaker).toBeNull();
    expect(q.speaker_role).toBe("resident");
  });
});

describe("resolution", () => {
  it("resolves 'he said' to the person named before", () => {
    const body = ["Defence Minister Karl Brandt visited the base on Monday.", "“Our soldiers deserve better housing than this,” he said."].join("\n\n");
    expect(run(body)[0].speaker).toBe("Karl Brandt");
  });

  it("resolves a role mention ('the minister added') to the person named before", () => {
    const body = "Karl Brandt, the defence minister, toured the base. “The barracks will be rebuilt within two years,” the minister added.";
    const [q] = run(body);
    expect(q.speaker).toBe("Karl Brandt");
    expect(q.cue).toBe("added");
  });

  it("resolves a role mention to a person named just after", () => {
    const body = ["“We will not accept these new tariffs on our steel,” the minister said.", "Trade Minister Lena Vogel later met the ambassador."].join("\n\n");
    expect(run(body)[0].speaker).toBe("Lena Vogel");
  });

  it("expands a surname alone to the full name mentioned before", () => {
    const body = ["Foreign Ministry spokesman Zhao Lijian spoke on Wednesday.", "“The sanctions card solves nothing at all for anyone,” Zhao said."].join("\n\n");
    expect(run(body)[0].speaker).toBe("Zhao Lijian");
  });

  it("gives 'the statement said' to the organisation that issued it", () => {
    const body = "The US military said in a statement that two soldiers died. “The cause of the crash is under investigation,” the statement said.";
    expect(run(body)[0].speaker).toBe("US military");
  });

  it("lists the distinct speakers in order", () => {
    const body = '"The first quotation is long enough," Ann Lee said. "The second one is also long enough," Bob Stone said. "And a third one from her again here," Ann Lee said.';
    expect(peopleOf(run(body))).toEqual(["Ann Lee", "Bob Stone"]);
  });
});

describe("languages", () => {
  it.each([
    ["de", "„Wir werden die Schulen noch in diesem Jahr sanieren“, sagte Bürgermeisterin Anna Schmidt.", "Anna Schmidt", "sagte"],
    ["de", "„Wir werden die Schulen noch in diesem Jahr sanieren“, so Anna Schmidt.", "Anna Schmidt", "so"],
    ["fr", "« Nous allons reconstruire toutes les écoles du district », a déclaré Jean Dupont.", "Jean Dupont", "a déclaré"],
    ["fr", "Selon Jean Dupont, « nous allons reconstruire toutes les écoles du district ».", "Jean Dupont", "Selon"],
    ["es", "“Vamos a reconstruir todas las escuelas del distrito”, dijo la ministra Ana García.", "Ana García", "dijo"],
    ["pt", "“Vamos reconstruir todas as escolas do distrito”, disse o ministro João Silva.", "João Silva", "disse"],
    ["ru", "«Мы восстановим все школы в этом районе до конца года», — заявил Иван Петров.", "Иван Петров", "заявил"],
    ["id", "“Kami akan membangun kembali semua sekolah di daerah ini,” kata Joko Santoso.", "Joko Santoso", "kata"],
    ["id", "Joko Santoso menegaskan, “Kami akan membangun kembali semua sekolah di daerah ini.”", "Joko Santoso", "menegaskan"],
  ])("%s: %s", (lang, body, speaker, cue) => {
    const [q] = run(body, lang);
    expect(q.speaker).toBe(speaker);
    expect(q.cue).toBe(cue);
  });

  it("counts CJK quotations by characters (two per word)", () => {
    expect(run("首相は「この計画を必ず実行する」と述べた。", "ja")).toHaveLength(1);
    expect(run("首相は「実行する」と述べた。", "ja")).toHaveLength(0);
  });
});

describe("record fields", () => {
  it("gives offsets in code points, so slicing by code point returns the text", () => {
    const body = "🚀🚀 Launch day. “The rocket 🚀 will fly before the end of the month,” said Mia Chen.\n\n𝒳 “We have tested every single part of it twice,” she added.";
    const qs = run(body);
    expect(qs).toHaveLength(2);
    const cps = Array.from(body);
    for (const q of qs) expect(cps.slice(q.start, q.end).join("")).toBe(q.text);
    expect(qs[1].start).toBe(cps.indexOf("W"));
    expect(qs[1].paragraph).toBe(1);
  });

  it("numbers quotations per article", () => {
    const qs = run('"The first quotation is long enough," Ann Lee said. "The second one is also long enough," she said.');
    expect(qs.map((q) => q.quote_id)).toEqual(["a1-q0", "a1-q1"]);
    expect(qs.every((q) => q.article_id === "a1")).toBe(true);
  });

  it("finds nothing in an empty body", () => {
    expect(run("")).toEqual([]);
  });
});

describe("tokens and cues", () => {
  it("splits tokens at every kind of white space, as /\\S+/ does", () => {
    const s = "“Yes,”\u00a0she said\u3000— then\tleft.\u2028Done";
    const ref = [...s.matchAll(/\S+/gu)].map((m) => [m.index, m[0]]);
    const toks = tokenize(s);
    expect(toks.map((t) => [t.start, t.raw])).toEqual(ref.filter(([, raw]) => raw !== "—"));
    expect(toks[1]).toMatchObject({ word: "she", lead: "", trail: "" });
    expect(toks[2]).toMatchObject({ word: "said", trail: "—" });
    expect(toks[0]).toMatchObject({ word: "Yes", lead: "“", trail: ",”" });
  });
  it("matches multi-word cues before one-word ones, and not across punctuation", () => {
    const ts = tokenize("He pointed out the flaw, and she went on. Pointed out.");
    expect(cueAt(ts, 1)).toMatchObject({ phrase: "pointed out", length: 2 });
    expect(cueAt(ts, 7)).toMatchObject({ phrase: "went on", length: 2 });
    expect(cueAt(ts, 0)).toBeNull();
    expect(cueAt(tokenize("she noted, that"), 1)).toMatchObject({ phrase: "noted", length: 1 });
    expect(cueAt(tokenize("dit-il"), 0)).toMatchObject({ phrase: "dit", pronoun: "il" });
  });
});
