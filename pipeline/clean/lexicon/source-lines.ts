// Lead-ins of a line that gives the article's original address ("Original url: <...>").
export const URL_LEADS = ["original url", "original link", "source url", "url", "source", "link", "permalink", "quelle", "fuente", "источник"];
// Lead-ins of an internal article number line ("Story Code : 929471").
export const ARTICLE_NUMBER_LEADS = ["story code", "story id", "article id", "news id", "news code", "news number", "article no", "id"];
