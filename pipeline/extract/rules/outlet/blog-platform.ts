// A blog platform's credit in a footer ("Powered by WordPress", "Bloggen auf WordPress.com"): on such a
// page the header opens with the blog's title.
import { BLOG_PLATFORMS, PLATFORM_CREDIT_LEADS } from "../../lexicon/outlets.ts";
import { escapeRe } from "./names.ts";

/** A blog platform's credit: "Powered by WordPress", "Bloggen auf WordPress.com", "Fièrement propulsé par WordPress". */
export const PLATFORM_CREDIT = new RegExp(`(?:${PLATFORM_CREDIT_LEADS.map(escapeRe).join("|")})[^\\n]{0,60}?\\b(?:${BLOG_PLATFORMS.map(escapeRe).join("|")})\\b(?!\\.com vip)`, "iu");
