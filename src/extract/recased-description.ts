/**
 * "the U.S. Firm Amoco Corp", "U.K. Subsidiary Courage Ltd", "the U.K. Firm Cable and Wireless Plc": wire copy recased
 * from capitals opens the word after "U.S." or "U.K." with a capital, and where that word is a common noun describing
 * the name after it (a firm, a subsidiary, a publisher) the tagger reads the country, the noun and the name as one
 * name glued together (issues 15 and 19: event pages' participants, tests/gold/event-participants.json, labels
 * "glued"). The country and the name are two names; the noun is neither's.
 *
 * The nouns are those the shipped description heads class as describing one person or one organisation (WordNet,
 * by SemCor's commonest sense: src/extract/description-heads.json, `headClass`) and that news writes in lower case
 * (the shipped case table, `usualCase`). They stay words of the name where:
 * - the initials are no country's ("C.T.C. Dealer Holdings Ltd": a firm's own initials);
 * - the word is a body's head (lexicon ORG_HEADS: "U.S. Trust Co"), a title (TITLE_HEADS: read as a title), or a
 *   legal form;
 * - the words after it end in a body's or a thing's head that is no legal form ("U.S. Equal Employment Opportunity
 *   Commission", "the U.S. Producer Price Index"): there the noun opens that body's or thing's own name, while a firm
 *   described ("Amoco Corp", "Strata Bit Corp") ends in its legal form or in a word of its own ("General Motors").
 */
import { headClass } from './described-party.ts';
import { LEGAL_FORMS } from './shapes.ts';
import { ORG_HEADS, OTHER_HEADS, TITLE_HEADS } from './lexicon.ts';
import { countryInitials } from './ner/gazetteer.ts';
import { usualCase } from './ner/words.ts';

/**
 * Whether `word`, recased after a country's `initials` and followed by the name words `rest`, describes that name
 * rather than opening it.
 */
export function describesTheNameAfter(initials: string, word: string, rest: readonly string[]): boolean {
  if (!countryInitials(initials, true) || ORG_HEADS.has(word) || TITLE_HEADS.has(word) || LEGAL_FORMS.test(word)) return false;
  if (usualCase(word) !== 'lower' || headClass(word) === undefined) return false;
  const last = rest.at(-1)?.replace(/\.$/, '') ?? '';
  return !((ORG_HEADS.has(last) || OTHER_HEADS.has(last)) && !LEGAL_FORMS.test(last));
}
