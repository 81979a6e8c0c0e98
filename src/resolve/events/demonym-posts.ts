/**
 * A state written only as its demonym before its own post and the holder's name ("French Finance Minister Ann Vell",
 * "West German Finance Minister Karl Brenn", "Venezuelan president Jaime Lusinchi"): the holder acts for the state,
 * which is a party of what the holder does or undergoes as such — session 49's convention, as for a state written as a
 * place (src/extract/events/roles.ts `actsThroughPost`; issue 19's missing party, session 51, evt121: 4 train labels
 * of tests/gold/participants-train-s46.json). A demonym before a firm's, a party's or a legislator's word only says
 * where the holder is from ("French carmaker", "Zorbian Senator": no post of STATE_POST_HEADS), and one inside a name
 * ("American Express President …") is that name's. The demonym is no name of the text, so the state is found as an
 * entity of the build (headline-place.ts `countryPlace`): the article's own place of that country, else the build's
 * paged place of its name.
 */
import type { ArticleExtraction } from '../../types.ts';
import { statesPostBetween } from '../../extract/state-posts.ts';
import { escapeRegExp } from '../../util/escape.ts';
import { COUNTRIES, countryPlace, type Country } from './headline-place.ts';
import type { ResolveInput } from './types.ts';

/** A post's holder (index into the extraction's names) and the entity of the state the demonym before the post names. */
export interface PostState { holder: number; state: string }

/**
 * Each demonym with the one state it names: a dependent territory's shared demonym is its sovereign's ("French",
 * "American"); one that two states share ("Congolese") names neither.
 */
const COUNTRY_BY_DEMONYM: ReadonlyMap<string, Country> = (() => {
  const by = new Map<string, Country[]>();
  for (const c of COUNTRIES) if (!c.dependent) for (const d of c.demonyms) by.set(d, [...(by.get(d) ?? []), c]);
  return new Map([...by].flatMap(([d, cs]) => (cs.length === 1 ? [[d, cs[0]!] as const] : [])));
})();

/** A demonym as a word of its own ("West German" before "German": the longer first), then a space. */
const DEMONYM = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])(${[...COUNTRY_BY_DEMONYM.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join('|')})(?=\s)`, 'gu');

/** How far before its holder's name a demonym and a post of up to four words may stand. */
const POST_REACH = 60;

/**
 * The persons of the article written after a demonym and a post of that demonym's state, with the state's entity where
 * the build has one. A function of the article's extraction, its names' entities and types and the build's places:
 * the party memo keeps an article's parties under the states found (src/resolve/party-memo.ts).
 */
export function demonymPostStates(input: ResolveInput, x: ArticleExtraction, ids: readonly (string | null)[]): PostState[] {
  const found: PostState[] = [];
  x.entities.forEach((holder, i) => {
    const id = ids[i];
    if (!id || (input.entityTypes?.get(id) ?? holder.type) !== 'person') return;
    const sentence = x.sentences.find((s) => s.index === holder.sentence);
    if (!sentence) return;
    const to = holder.start - sentence.start;
    const from = Math.max(0, to - POST_REACH);
    const before = sentence.text.slice(from, to);
    for (const m of before.matchAll(DEMONYM)) {
      const at = sentence.start + from + m.index;
      // (The demonym and its post hold no other name: "West German Bundesbank President" is the bank's post.)
      if (!statesPostBetween(before.slice(m.index + m[0].length)) || x.entities.some((n) => n.sentence === holder.sentence && n.end > at && n.start < holder.start)) continue;
      const state = countryPlace(input, x, ids, COUNTRY_BY_DEMONYM.get(m[1]!)!);
      if (state) found.push({ holder: i, state });
      break;
    }
  });
  return found;
}
