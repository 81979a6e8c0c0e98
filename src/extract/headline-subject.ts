/** Whether a headline opens with a name as its subject: read by the lede's parties (extraction) and the lede-role model's guard (resolution). */
import { posTerms } from './pos-tagger.ts';
import { escapeRegExp } from '../util/escape.ts';
import { alternation, LEGAL_FORMS } from './lexicon.ts';

/**
 * The headline opens with the name as its subject: a verb or "to" and a verb follow it ("Norland to host talks on
 * debt", "Zorbia raises wheat tax"), not a noun it describes ("Norland wheat exports fall", "Quanta unit sells …").
 * The name is then who the news is about, though the lede names it only before a possessive ("Norland's foreign
 * minister said"). Session 35 (evt74): the lede-role model relearnt from 1,697 labels dropped such a host from a dev
 * page (src/resolve/events/lede-parties.ts `keptFromLedeModel`); session 42 (evt95): a body the lede names only as an
 * owner (`headlinedOwner`).
 */
export function headlineSubject(headline: string, name: string): boolean {
  const head = headline.trimStart();
  if (!head.toLowerCase().startsWith(name.toLowerCase()) || /[\p{L}\d]/u.test(head[name.length] ?? '')) return false;
  // (Tagged in lower case: a wire sets its headline in capitals, which the tagger reads as names; past the body's
  // ticker, "BELLSOUTH <BLS> EXPANDS …"; after a subject standing for the name, without which the tagger reads a verb
  // that opens the words, "expands mobile phone service", as a plural noun.)
  const [, , next, after] = posTerms(`the company ${head.slice(name.length).replace(/^\s*<[^>]*>/, '').trimStart().toLowerCase()}`);
  if (next === undefined) return false;
  return next.tags.includes('Verb') || (next.text.toLowerCase() === 'to' && after?.tags.includes('Verb') === true);
}

/**
 * The headline writes the name as its subject (`headlineSubject`: "Quanta to buy Miro", "Quanta <QNT> sees …") or as
 * its verb's or a preposition's object ("… to sell Miro", "Norland could complain to Zorbia on …", "talks with Vell on
 * Quanta"): it shows the name taking part. Not a name it writes only before a noun it describes ("Quanta unit to redeem
 * stock", "Norland deputy ministers to meet", "Miro strike talks postponed", "resigns over Zorbix link") or after a
 * title ("Profile: Ann Vell"). Read
 * by src/resolve/events/lede-parties.ts `shownByTitle` (session 43, evt97).
 */
export function headlineShowsPart(headline: string, name: string): boolean {
  if (headlineSubject(headline, name)) return true;
  const head = headline.toLowerCase();
  const at = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name.toLowerCase())}(?:['’]s?)?(?:\s*<[^>]*>)?(?![\p{L}\d])`, 'u').exec(head);
  const before = at ? posTerms(head.slice(0, at.index).trim()).at(-1) : undefined;
  if (!at || before === undefined || !(before.tags.includes('Verb') || before.tags.includes('Preposition'))) return false;
  // (The words after it tagged alone: a noun or adjective first, and no verb, is the noun it describes, "over Quanta link".)
  const [next] = posTerms(head.slice(at.index + at[0].length).trim());
  return next === undefined || next.tags.includes('Verb') || !(next.tags.includes('Noun') || next.tags.includes('Adjective'));
}

/** A legal form closing a company's name (" Corp", " Inc."): a headline drops it ("BANKAMERICA CHAIR SAYS …"). */
export const LEGAL_FORM_END = new RegExp(String.raw`\s+(?:${alternation(LEGAL_FORMS)})\.?$`);

/** `words` stand in `text` as whole words. */
export const wordsIn = (text: string, words: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'u').test(text);
