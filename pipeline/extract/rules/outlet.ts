// Names the outlet when no masthead or print credit did: a known site's name from the site profile
// table (data in site-profiles.json), else the host name of `url`; null when the text tells nothing.
import type { Rule } from "../../rules.ts";
import profiles from "../site-profiles.json" with { type: "json" };

const SITES: Record<string, { outlet: string }> = profiles.sites;

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** The profile of a host or of its parent domains (news.example.com → example.com). */
export function profileFor(host: string): { outlet: string } | null {
  const parts = host.split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = SITES[parts.slice(i).join(".")];
    if (hit) return hit;
  }
  return null;
}

export const outlet: Rule = {
  id: "outlet",
  description: "Fills outlet from the site profile table or the url's host when the text named none.",
  apply(ctx) {
    const { captured } = ctx.doc;
    if (captured.outlet !== null || captured.url === null) return;
    const host = hostOf(captured.url);
    if (!host) return;
    const profile = profileFor(host);
    if (profile) ctx.capture("outlet", profile.outlet, `site profile for ${host}`);
    else ctx.capture("outlet", host, "host name of the article's url");
  },
};
