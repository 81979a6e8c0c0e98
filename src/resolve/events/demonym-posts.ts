/**
 * A state written only as its demonym before its own post and the holder's name ("French Finance Minister Ann Vell",
 * "West German Finance Minister Karl Brenn", "Venezuelan president Jaime Lusinchi"): the holder acts for the state,
 * which is a party of what the holder does or undergoes as such — session 49's convention, as for a state written as a
 * place (src/extract/events/roles.ts `actsThroughPost`; issue 19's missing party, session 51, evt121: 4 train labels
 * of tests/gold/participants-train-s46.json). A demonym before a firm's, a party's or a legislator's word only says
 * where the holder is from ("French carmaker", "Zorbian Senator": no post of STATE_POST_HEADS), and one inside a name
 * ("American Express President …") is that name's. The demonym is no name of the text, so the state is found as an
 * entity of the build (headline-place.ts `countryPlace`): the article's own place of that country, else the build's
 * paged place of its name. So too a demonym before a noun of the state's own organs or forces with no holder named
 * ("the Indian government", "Iranian troops", "an Iranian offensive": `demonymBodyStates`; session 52, evt125).
 */
import type { ArticleExtraction, EventMention, Sentence } from '../../types.ts';
import { statesPostBetween } from '../../extract/state-posts.ts';
import { DEMONYM_BODY_NOUNS, SPEECH_VERBS_AFTER, STATE_BODY_QUALIFIERS, STATE_FORCES_DEEDS } from '../../extract/lexicon.ts';
import { posTerms } from '../../extract/pos-tagger.ts';
import { escapeRegExp } from '../../util/escape.ts';
import { triggerAt } from '../lede-roles.ts';
import { COUNTRIES, countryPlace, nameKey, type Country } from './headline-place.ts';
import type { ResolveInput } from './types.ts';

/**
 * The entity of the state a demonym names, and what the demonym stands before: a post's holder (index into the
 * extraction's names) or a noun of the state's own organs or forces (`body`: its sentence, and the phrase's end and
 * whether it tells the sentence, as offsets into the sentence's text).
 */
export interface PostState { state: string; holder?: number; body?: StateBody }
export interface StateBody { sentence: number; end: number; tells?: 'opening' | 'closing' }

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
  return [...found, ...demonymBodyStates(input, x, ids)];
}

/**
 * A demonym, up to two of STATE_BODY_QUALIFIERS ("senior … monetary"), and a noun of DEMONYM_BODY_NOUNS or
 * STATE_FORCES_DEEDS, perhaps after another ("a Soviet foreign ministry official"), then a word boundary.
 */
const BODY_NOUN = String.raw`(?:${[...DEMONYM_BODY_NOUNS, ...STATE_FORCES_DEEDS].map(escapeRegExp).join('|')})`;
const BODY_AFTER_DEMONYM = new RegExp(String.raw`^\s+(?:(?:${[...STATE_BODY_QUALIFIERS].map(escapeRegExp).join('|')})\s+){0,2}(?:${BODY_NOUN}\s+)?${BODY_NOUN}(?![\p{L}\p{N}'’-])`, 'iu');
/** A speech verb right after the body ("Japanese officials said", "… have said"). */
const SPEECH_AFTER = new RegExp(String.raw`^,?\s+(?:(?:have|has|had)\s+)?(?:${[...SPEECH_VERBS_AFTER].join('|')})\b`, 'i');
/** What may open the body's phrase before its demonym: an article and a rank or field ("a senior", "the top"). */
const PHRASE_OPENS = String.raw`(?:(?:the|a|an)\s+)?(?:(?:${[...STATE_BODY_QUALIFIERS].map(escapeRegExp).join('|')})\s+){0,2}$`;
/** Before the body's phrase, "according to" or a speech verb ("…, said senior Japanese officials"): it tells the sentence. */
const TOLD_BEFORE = new RegExp(String.raw`\b(?:according\s+to|${[...SPEECH_VERBS_AFTER].join('|')})\s+${PHRASE_OPENS}`, 'i');
/** A comma before the body's phrase: with a speech verb after it, it closes the sentence ("…, Japanese officials said"). */
const COMMA_BEFORE = new RegExp(String.raw`,\s+${PHRASE_OPENS}`, 'i');

/**
 * The states the article writes only as a demonym before a noun of their own organs or forces, with no name among
 * them ("the Indian government", "senior West German monetary officials", "Iranian troops", "an Iranian offensive"),
 * where that noun heads its phrase (the next word no noun: "Japanese government bonds" are bonds); whether the phrase
 * tells the sentence ("…, Japanese officials said") is kept for each mention to weigh (`demonymStatesOf`).
 */
export function demonymBodyStates(input: ResolveInput, x: ArticleExtraction, ids: readonly (string | null)[]): PostState[] {
  const found: PostState[] = [];
  for (const sentence of x.sentences) {
    for (const m of sentence.text.matchAll(DEMONYM)) {
      const body = BODY_AFTER_DEMONYM.exec(sentence.text.slice(m.index + m[0].length));
      if (!body) continue;
      const end = m.index + m[0].length + body[0].length;
      const [from, to] = [sentence.start + m.index, sentence.start + end];
      // (A name right after the noun is its holder's, "French Finance Minister Ann Vell": the post's reading above.)
      if (x.entities.some((n) => n.sentence === sentence.index && n.end > from && n.start < to) || /^\s+\p{Lu}/u.test(sentence.text.slice(end)) || nounFollows(sentence.text, end)) continue;
      const country = COUNTRY_BY_DEMONYM.get(m[1]!)!;
      const state = countryPlace(input, x, ids, country);
      // (An entity the article's "U.S." was merged into under another name, "U.S. Flag", is no state's page.)
      const named = state === undefined ? undefined : input.entityNames?.get(state);
      if (named !== undefined && !country.names.includes(nameKey(named))) continue;
      const tells = bodyTells(sentence.text.slice(0, m.index), sentence.text.slice(end));
      if (state) found.push({ state, body: { sentence: sentence.index, end, ...(tells ? { tells } : {}) } });
    }
  }
  return found;
}

/** Whether the body's phrase tells the sentence, closing it ("…, Japanese officials said") or opening it ("Japanese officials said …"). */
function bodyTells(before: string, after: string): StateBody['tells'] {
  const speaks = SPEECH_AFTER.test(after);
  if (TOLD_BEFORE.test(before) || (speaks && COMMA_BEFORE.test(before))) return 'closing';
  return speaks ? 'opening' : undefined;
}

/** The word after the body's noun is a noun it qualifies ("government bonds", "officials' estimates" are not its acts). */
function nounFollows(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end));
  if (!next) return false;
  const term = posTerms(text).find((t) => t.offset.start === end + next[0].length - next[1]!.length);
  return term !== undefined && term.tags.includes('Noun') && !term.tags.includes('Verb');
}

/**
 * The states a demonym makes parties of an event mention: the state of a post whose holder is one of its
 * participants, and the state of a body its sentence writes — but not a body that closes the sentence as its teller
 * while the mention names another party (session 45: "Sugar imports from Quanta fell, Japanese officials said" is no
 * act of Japan's), nor one that opens it unless the mention is that telling itself ("Japanese officials said …", its
 * trigger the speech verb right after the body).
 */
export function demonymStatesOf(states: readonly PostState[], x: ArticleExtraction, ids: readonly (string | null)[], ev: EventMention, sentence: Sentence, participants: ReadonlyMap<string, unknown>): string[] {
  return states.filter(({ state, holder, body }) => {
    if (participants.has(state)) return false;
    if (holder !== undefined) return x.entities[holder]!.sentence === ev.sentence && participants.has(ids[holder]!);
    if (!body || body.sentence !== ev.sentence) return false;
    if (body.tells === 'closing') return participants.size === 0;
    // (A mention that names no one else is made a page by the state only as its article's news, the lede.)
    if (participants.size === 0 && !ev.lede) return false;
    return body.tells !== 'opening' || triggerAt(sentence.text, ev.trigger) === sentence.text.slice(body.end).search(/\S/) + body.end;
  }).map((s) => s.state);
}
