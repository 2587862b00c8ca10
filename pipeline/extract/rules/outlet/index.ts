// Names the outlet — the publication whose page this is — from what the text shows, in any script.
// Each candidate name gathers evidence from signals that hold across languages and layouts:
// - a logo or name linked to the site's home page ("[![Gazette](logo.png)](https://gazette.test/)");
// - a logo's alt text in the header that links nowhere ("Gazette logo" as a text browser prints it), or
//   a home link's ("Gazette homepage", "Gazette - zur Startseite");
// - a header line that is only a name linked to the home page: a blog's site title
//   ("# [Gazette](https://gazette.wordpress.com/)"; a hosted blog's label is its subdomain);
// - the first name line above the headline on a page whose footer credits a blog platform
//   ("Powered by WordPress", "Bloggen auf WordPress.com");
// - a copyright notice ("© 2019 Gazette. All rights reserved.", "Copyright Gazette");
// - the site-name half of a "Headline | Site" title line;
// - a short line at the top of the page (a masthead) that the footer, a notice or the site's host
//   name repeat; the first name line above the headline, past skip links, menus, log-in bars and
//   language or edition switches (NAV_WORDS), when the page prints it again inside other text or
//   the footer prints it;
// - a name line further down a long header, backed by the footer's copyright notice opening with it
//   or by the page's text printing it twice ("By Gazette Staff"), never a section's word ("Monde");
// - a name line printed twice at the top (a logo's alt text and the name beside it) and again in the
//   footer, unless it reads as a menu's or a section's word;
// - the site speaking of itself in its header or footer ("About Gazette", "Gazette on Instagram",
//   "Gazette ist ein Online-Magazin": SELF_REFERENCE), backed when the header prints the name too;
// - a copyright notice naming a company or a publishing group ("Gazette Media Group") counts as an
//   owner's: it needs support;
// - a name that spells the host's registrable label ("El Salto" on elsalto.com), or the site's own label
//   before a network's domain, which counts more ("The Harbour Times" on harbourtimes.newsgroup.test); with no host known (a
//   text browser's dump has no links), a name that spells a domain the text prints ("Gazette" beside
//   "redaktion@gazette.de"), never a photo's credit;
// - an agency credit ("MADRID (EFE) —", "新华社北京3月5日电", "/ТАСС/"), used only when the page names
//   no publication of its own (a newspaper printing a wire story is still the newspaper).
// The best-supported name wins when its support reaches MIN_SUPPORT; a masthead or print credit the
// clean stage found comes first. Failing all text, a known site's name from the site profile table
// (site-profiles.json), else the host name of `url`; null when nothing names the outlet. The name
// keeps the article or domain ending the page prints with it most ("The Gazette", "Gazette.de").
//
// This file is the driver: candidates.ts gathers and ranks the names each evidence source gives (one
// file per source: logo, copyright, title-site, self-reference, masthead, host, host-spelling,
// blog-platform, navigation), agency.ts reads a wire credit, fuller-name.ts, spelling.ts and name-form.ts settle the
// name's form, and run-on-tagline.ts parts a name from a tagline run into it ("Gazette Recipes from the coast").
import type { Rule } from "../../../rules.ts";
import { agencyOf } from "./agency.ts";
import { outletCandidates } from "./candidates.ts";
import { MIN_SUPPORT, WEIGHTS } from "./signals.ts";
import { hostOf, profileFor } from "./host.ts";
import { nameKey, outletLines } from "./names.ts";
import { withArticle, withDomainEnding, withKindWord } from "./name-form.ts";
import { commonSpelling } from "./spelling.ts";
import { withoutRunOnTagline } from "./run-on-tagline.ts";

export const outlet: Rule = {
  id: "outlet",
  description: "Names the outlet from a home-page logo, a copyright notice, the title's site name, a repeated masthead, the site's words about itself or the host's name, else an agency credit, a site profile or the url's host.",
  apply(ctx) {
    const { doc } = ctx;
    const { captured } = doc;
    const best = outletCandidates(doc).find((c) => c.strong);
    if (captured.outlet !== null) {
      // The clean stage's name stands unless the page backs another one better.
      if (best && best.support > WEIGHTS.cleanStage && nameKey(best.name) !== nameKey(captured.outlet) && !best.signals.includes("found by the clean stage"))
        ctx.capture("outlet", best.name, `${best.signals.join("; ")} (support ${best.support}), over the clean stage's "${captured.outlet}"`, best.lines);
      return;
    }
    if (best && best.support >= MIN_SUPPORT) {
      const raws = outletLines(doc.lines);
      const name = withKindWord(withDomainEnding(withArticle(commonSpelling(withoutRunOnTagline(best.name, raws), raws), raws), raws), raws);
      const why = name === best.name ? "" : `; printed as "${name}" most times`;
      ctx.capture("outlet", name, `${best.signals.join("; ")} (support ${best.support})${why}`, best.lines);
      return;
    }
    const agency = agencyOf(doc);
    if (agency) {
      ctx.capture("outlet", agency.name, "news agency credited at the start of the article", [agency.line]);
      return;
    }
    if (captured.url === null) return;
    const host = hostOf(captured.url);
    if (!host) return;
    const profile = profileFor(host);
    if (profile) ctx.capture("outlet", profile.outlet, `site profile for ${host}`);
    else ctx.capture("outlet", host, "host name of the article's url");
  },
};
