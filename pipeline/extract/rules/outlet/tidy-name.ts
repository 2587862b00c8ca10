// A name as the page shows it, without what its rendering adds: Markdown's backslash escapes
// ("männer\*" → "männer*"), quotation marks around the whole name ("«Gazette»" → "Gazette") and a
// close button's cross after it ("Gazette ×").

/** Opening and closing quotation marks that may wrap a name. */
const QUOTED = /^(?:«\s?(.+?)\s?»|»(.+?)«|“(.+?)[”“]|„(.+?)[“”]|"(.+?)"|‘(.+?)’|‹(.+?)›|「(.+?)」|『(.+?)』)$/u;

/** The name without Markdown escapes, wrapping quotation marks or a trailing close cross. */
export function tidyName(name: string): string {
  let s = name.includes("\\") ? name.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1") : name;
  s = s.replace(/\s+[×✕✖]$/u, "");
  const q = QUOTED.exec(s);
  if (q) s = q.slice(1).find((g) => g !== undefined)!.trim();
  return s;
}
