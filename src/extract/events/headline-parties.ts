/** Parties the headline names that a lede writes only where they would otherwise stand beside its happening. */
import { datelineLength } from '../dateline.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon.ts';
import type { EntityMention, Sentence } from '../../types.ts';
import type { ArticleReading } from './types.ts';
import { LEGAL_FORM_END, wordsIn } from '../headline-subject.ts';
import { headlineNames } from './describing.ts';


/**
 * The lede's body `named[i]`, written only before the name of its official (`describesNextName` holds: "BankAmerica
 * Corp Chairman A.W. Clausen said the bank …", "World Bank Vice-President David Knox said the bank was eager …"), is
 * one the headline names ("BANKAMERICA CHAIR SAYS BANK TURNING AROUND"): the official speaks or acts for it, and the
 * headline tells the news as the body's, so it takes part. Only a name the reader types a body, before a person: a
 * place ("Tennessee Senator Ann Vell") says where someone is from (the place roles of evt84), a body before a body
 * ("Quanta unit Miro") owns it. (The reader types a country or state before its official's title a body: "U.S.
 * Agriculture Secretary …" is kept, rightly where he acts for it, not where a governor runs for office himself.)
 * Issue 19's missing-party: of 80 train pages drawn whose headline names a name the page lacks
 * (tests/gold/headline-parties.json), 15 lack a party, 4 of them told as a body's official or people, the largest kind.
 */
export function speaksForHeadlinedBody(title: string, named: readonly { item: EntityMention }[], i: number): boolean {
  const body = named[i]?.item;
  const next = named[i + 1]?.item;
  return body?.type === 'organization' && next?.type === 'person' && headlineNames(title, body.text.replace(LEGAL_FORM_END, ''));
}

/** A word of a title before a person's name ("Chairman", "Vice-President", "Agriculture Secretary"), hyphened parts alone. */
const titleWord = (w: string) => w.split('-').every((part) => TITLE_HEADS.has(part) || TITLE_MODIFIERS.has(part));

/**
 * The body the lede writes before its participant's title where the entity reader took the whole run as the person's
 * name with its title ("BankAmerica Corp Chairman A.W. Clausen", read "A.W. Clausen"): its words, when the headline
 * names them and the article names that body elsewhere (its mention there, by the same words, legal form aside), are
 * the body `speaksForHeadlinedBody` keeps. Indices into `at.entities` of such bodies, for the persons `kept` lists.
 */
export function headlinedBodiesOfOfficials(at: ArticleReading, sentence: Sentence, kept: readonly { mention: number }[]): number[] {
  const found: number[] = [];
  for (const { mention } of kept) {
    const person = at.entities[mention]!;
    if (person.type !== 'person' || person.sentence !== sentence.index) continue;
    const words = sentence.text.slice(datelineLength(sentence.text), person.start - sentence.start).split(/\s+/).filter(Boolean);
    let k = words.length;
    while (k > 0 && titleWord(words[k - 1]!)) k--;
    if (k === words.length) continue;
    let from = k;
    while (from > 0 && k - from < 4 && /^\p{Lu}[\p{L}&'’.-]*$/u.test(words[from - 1]!) && !titleWord(words[from - 1]!)) from--;
    const body = words.slice(from, k).join(' ').replace(LEGAL_FORM_END, '');
    if (body === '' || !headlineNames(at.article.title, body)) continue;
    const same = at.entities.findIndex((e) => e.type === 'organization' && e.text.replace(LEGAL_FORM_END, '').toLowerCase() === body.toLowerCase());
    if (same >= 0 && !found.includes(same) && !namedByKept(at.entities, kept, at.entities[same]!.text)) found.push(same);
  }
  return found;
}

/**
 * A participant `kept` already names the body, in full or in part ("NV Philips Gloeilampenfabrieken" for the "Philips"
 * of "Philips chairman Cor van der Klugt"): the page lists that party, though the resolver may not join the two names.
 */
export function namedByKept(entities: readonly EntityMention[], kept: readonly { mention: number }[], text: string): boolean {
  const bare = text.replace(LEGAL_FORM_END, '').toLowerCase();
  return kept.some(({ mention }) => {
    const other = entities[mention]!.text.replace(LEGAL_FORM_END, '').toLowerCase();
    return wordsIn(other, bare) || wordsIn(bare, other);
  });
}

