// The article table: one row per raw file that yielded an article. Single source of truth for its
// TypeScript type, CSV columns, Arrow schema, datapackage.json and DATA_DICTIONARY.md.
import { z } from "zod";
import { anyText, count, optionalClock, optionalDay, optionalNumber, optionalText, text, textList } from "./fields.ts";

export const ArticleSchema = z
  .object({
    id: text({
      description: "Stable key of the record: first 16 hex digits of SHA-256 of `source_file`. A corrected raw file keeps its id across versions.",
      derivation: "sha256(source_file) truncated to 16 hex characters.",
      examples: ["4f1c2e8a9b0d3f57"],
    }),
    source_file: text({
      description: "Path of the raw file relative to the RAW folder, with '/' separators.",
      derivation: "Recorded by ingest while walking RAW in sorted order.",
      examples: ["000_be0e2b62b7d7ea5b.txt"],
    }),
    source_sha256: text({
      description: "SHA-256 of the raw file's bytes (hex). Exact duplicates share it.",
      derivation: "Hash of the bytes as read, before decoding.",
      examples: ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    }),
    title: optionalText({
      description: "The article's headline, without the site name.",
      derivation: "Markdown heading or first headline-like line before the body; a '<title>'-style 'Headline | Site' is reduced to the headline.",
      examples: ["China Refuses to Budge on Anti-Russia Sanctions"],
    }),
    subtitle: optionalText({
      description: "Standfirst / deck printed under the headline, or null.",
      derivation: "A sentence-like line between the headline and the body that is not a byline, date or credit.",
      examples: ["Beijing says it’s playing a “constructive” role in the Ukraine crisis"],
    }),
    language: optionalText({
      description: "Language of the body, ISO 639-1 code, or null when it cannot be told.",
      derivation: "Detected from the body (and title): by Unicode script, else with franc over the news languages, mapped from ISO 639-3 to 639-1.",
      examples: ["en"],
    }),
    published_date: optionalDay({
      description: "Publication day as printed in the text (YYYY-MM-DD), or null when none is printed.",
      derivation: "First date line near the headline, parsed with date-fns in the article's language; never a date from comments, related links or copyright lines.",
      examples: ["2014-04-28"],
    }),
    published_time: optionalClock({
      description: "Publication time as printed next to the date (HH:MM, 24-hour, the page's own time zone), or null.",
      derivation: "Clock time on the same line as the publication date.",
      examples: ["13:52"],
    }),
    outlet: optionalText({
      description: "Name of the publication as the text shows it (masthead, logo, copyright notice, title line, credit), else a news agency credited, a known site's name or the domain of `url`; null when nothing tells.",
      derivation: "The best-supported name among a logo linked to the home page, a copyright notice, the site half of a 'Headline | Site' line, the first name line above the headline (past menus and skip links) printed again on the page, the site's words about itself ('About X', 'X on Instagram') and words spelling the host; else an agency credit ('(Reuters)', '新华社'), the site profile table (data) or the host of `url`.",
      examples: ["The Moscow Times"],
    }),
    url: optionalText({
      description: "Original URL of the article when the text prints it, else null.",
      derivation: "'Original url:' line or an equivalent source line.",
      examples: ["https://www.themoscowtimes.com/2014/04/28/china-refuses-to-budge-on-anti-russia-sanctions-a3474"],
    }),
    authors: textList({
      description: "Person names from the byline, in printed order; [] when none. Never photo credits, outlets or job titles.",
      derivation: "Byline lines ('By X and Y', 'Von X', 'Par X', 'Por X', 'X, Reuters'), split on separators, titles and outlets removed.",
      examples: [["Oki Seima"]],
    }),
    dateline: optionalText({
      description: "Place name that opens the first paragraph ('BEIJING —'), or null.",
      derivation: "Upper-case place (or any-case place before an agency in brackets) followed by a dash at the start of the first paragraph, or the place of a CJK wire's dispatch header ('新华社北京12月9日电', '(서울=연합뉴스)', '【ワシントン共同】'); taken off the body with its region, day, agency credit and dash.",
      examples: ["BEIJING"],
    }),
    image_credits: textList({
      description: "Photo and image credits found in the text; [] when none.",
      derivation: "Caption credit lines such as 'Name / AGENCY / AGENCY' or 'Photo: X'; removed from the body.",
      examples: [["Roman Pilipey / EPA / TASS"]],
    }),
    related_headlines: textList({
      description: "Headlines of linked related articles ('See also', 'Related article'); [] when none.",
      derivation: "Link text of 'See also:' / 'Related article:' lines; removed from the body.",
      examples: [["Russia, China Block UN Sanctions Against Central African Republic"]],
    }),
    tags: textList({
      description: "Topic tags listed after the article; [] when none.",
      derivation: "Trailing list of short bullet items after the last body paragraph.",
      examples: [["Ukraine", "COVID-19"]],
    }),
    body: anyText({
      description: "The article text: paragraphs in order, joined by one blank line (\\n\\n); link markup, boilerplate and credits removed, split paragraphs re-joined.",
      derivation: "Lines left after cleaning, between the detected start and end of the article.",
      examples: ["China's Foreign Ministry on Monday restated its opposition ...\n\nMinistry spokesman Qin Gang said ..."],
    }),
    paragraph_count: count({
      description: "Number of paragraphs in `body`.",
      derivation: "Count of blank-line separated blocks of `body`.",
      examples: [9],
    }),
    word_count: count({
      description: "Number of words in `body`, by Unicode word segmentation (Intl.Segmenter), so Chinese and Japanese count sensibly.",
      derivation: "Intl.Segmenter word segments that are word-like, in the article's language.",
      examples: [412],
    }),
    source_encoding: text({
      description: "Character encoding the raw bytes were decoded from: utf-8, utf-16le, utf-16be (told by the byte-order mark), or windows-1252 / iso-8859-1 (bytes that are not UTF-8 but read as Western text).",
      derivation: "Byte-order mark, else strict UTF-8, else a Windows-1252/Latin-1 check (few, isolated bytes ≥ 0x80); anything else is rejected.",
      examples: ["utf-8"],
    }),
    near_duplicate_of: optionalText({
      description: "`id` of an earlier record (in row order) whose body is nearly the same text (the same wire story on two sites, two saves of one page), or null. Near-duplicates are flagged, never dropped.",
      derivation: "MinHash (64 hashes) over 5-word shingles of the body, LSH banding for candidates; flagged when the estimated Jaccard similarity is ≥ 0.8.",
      examples: ["4f1c2e8a9b0d3f57"],
    }),
    similarity: optionalNumber({
      description: "Estimated Jaccard similarity (0–1) of this body's 5-word shingles with the record in `near_duplicate_of`, or null.",
      derivation: "Share of equal MinHash values between the two signatures, rounded to 2 decimals.",
      examples: [0.92],
    }),
    quote_count: count({
      description: "Number of direct quotations found in `body` (rows of the `quotes` table with this article's id).",
      derivation: "Length of the article's quotation list (see the `quotes` table).",
      examples: [3],
    }),
    people: textList({
      description: "Distinct speakers quoted in the article, in order of their first quotation (names as in `quotes.speaker`; organisations for unnamed spokespeople); [] when nobody is quoted. Lets a user filter articles by who is quoted.",
      derivation: "Non-null `speaker` values of the article's quotations, first occurrence order.",
      examples: [["Qin Gang", "Janet Yellen"]],
    }),
    warnings: textList({
      description: "Things a user should know about this record (e.g. a field left null because two candidates disagreed). The full line-by-line cleaning log is the `audit` table.",
      derivation: "Added by rules when they make an uncertain decision.",
      examples: [["no publication date printed"]],
    }),
  })
  .strict();

export type Article = z.infer<typeof ArticleSchema>;
