/**
 * The one escaper for text Chronicle writes into markup it builds by hand (feeds, sitemaps, search records, feed
 * items handed to the HTML reader): the five characters that can end text or an attribute value in HTML and XML.
 * `&apos;` is XML's and HTML5's; both parsers read it back as `'`.
 */
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ENTITIES[c]!);
}

/** Text to be matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
