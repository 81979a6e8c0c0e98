/**
 * The type model: which kind of name (person, organisation, place, other) a resolved name is, read from all its
 * mentions in the archive. Two multinomial logistic regressions, stacked:
 *
 * 1. The context model reads what is not the tagger's: the words around the mentions ("in X", "Mr X", "X said",
 *    "X's", "X shares"), the evidence rules' votes, and the name's own words (gazetteer lists, how news writes them,
 *    their cluster group). It is trained on the names of CoNLL-2003 eng.train, resolved by the product as one archive
 *    and typed by their gold mentions (thousands of names). The tagger is left out of it because the tagger learnt
 *    from those very sentences: its readings there are far surer than on any other text.
 * 2. The combining model weighs the context model's odds against the trained tagger's odds for each kind — kept apart
 *    where any word is capitalised (a sentence's first word, a line in capitals: "Sony has said" reads as a place
 *    there) and elsewhere — the types the articles gave, and the archive-wide vote. It is trained on the TRAIN split
 *    of the judged entity pages of Reuters-21578 and BBC (real names with their judged type, tests/gold/pages-*.json).
 *
 * Both are fitted at development time by `npm run train-type-model` (eval/train-type-model.ts); only the weights ship
 * (type-model.json). Its setting is chosen on the DEV judgments; the test judgments only report.
 */
import { shippedJson } from '../util/shipped-json.ts';
import type { EntityType } from '../types.ts';
import { gazetteerKey, shippedGazetteers } from '../extract/ner/gazetteer.ts';
import { caseFeature, coarseClusterAsWritten } from '../extract/ner/words.ts';
import { AUXILIARIES_AFTER, PARTY_MEMBER_WORDS, PLACE_PREPOSITIONS, REGISTER_RETYPED_LISTS, SPEECH_VERBS_AFTER, STRUCTURE_HEADS, TITLE_HEADS, WHERE_OR_WHO_PREPOSITIONS } from '../extract/lexicon.ts';
import { LEGAL_FORMS } from '../extract/shapes.ts';
import { structureHead } from '../extract/evidence.ts';
import { cueType, nationalityForm, readAsBody, typeCue, type MentionContext } from './page-rules.ts';
import type { Features } from './page-model.ts';
import { shippedRegisterModel } from '../extract/register.ts';
import { nounSense, verbSense } from '../extract/noun-sense.ts';
import { nounClasses, tailClasses } from './noun-classes.ts';

export const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** One mention as the type model reads it. */
export interface TypedMention {
  context: MentionContext;
  /** The type its article gave it (all the article's mentions of the name pooled). */
  type: EntityType;
  /** What the mention itself says: the tagger's odds and the evidence rules' votes (absent for credits). */
  reading?: { tagger: Record<EntityType, number>; rules: Record<EntityType, number> };
  /** The types the article gave the names listed right beside this mention. */
  listedWith?: readonly EntityType[];
  /** The article it is in (mentions of one article are one reading: see `ownReading`). */
  article?: string;
}

/** A resolved name with everything the type model reads. */
export interface TypeEvidence {
  name: string;
  /** The type the archive-wide vote gives (src/resolve/entities.ts `voteType`). */
  voted: EntityType;
  mentions: readonly TypedMention[];
}

const TITLES = new Set([...TITLE_HEADS].map((w) => w.toLowerCase()));

const flag = (b: boolean) => (b ? 1 : 0);
/** Where any word is capitalised: a sentence's first word, a line in capitals. The tagger's reading is weak there. */
const weakPlace = (c: MentionContext) => c.opensSentence || c.headline;
/**
 * The gazetteer lists that hold a name. A country is read as a country only: the people-names list
 * (@cspell/dict-people-names) also holds country names ("Germany", "France", "China", "Jordan"), which made "West
 * Germany" read as a first name and a surname. (The tagger's own features keep the lists as built: it was trained with
 * them.)
 */
function listsOf(text: string): readonly string[] {
  const lists = shippedGazetteers().entries.get(text.split(/\s+/).map(gazetteerKey).join(' ')) ?? [];
  return lists.includes('COUNTRY') ? lists.filter((l) => l !== 'PERSON' && l !== 'FIRST') : lists;
}
const mean = <T>(xs: readonly T[], f: (x: T, i: number) => number) => (xs.length ? xs.reduce((s, x, i) => s + f(x, i), 0) / xs.length : 0);

/** The rules' vote of one mention: the kind with the most weight, or none when no rule applied. */
function rulesVote(rules: Record<EntityType, number>): EntityType | null {
  let best: EntityType | null = null;
  for (const t of TYPES) if (rules[t] > 0 && (best === null || rules[t] > rules[best])) best = t;
  return best;
}

/**
 * How much surer a name's articles, taken together, read it one way than one article alone would: the lower end of the
 * 95% Wilson interval of the share of its articles that read it so (each article counts once, `value` averaged over
 * its mentions), less that lower end for one article of the same share. One article gives 0, ten that all agree 0.51,
 * a hundred of which nine in ten do 0.66. The averaged features read one article and a hundred alike; this grows with
 * the articles that agree, so a name read the same way across many articles ("Downing Street", a party) can outweigh
 * what its words or the words around it lean to. It is 0 for every name of one article, so its weight is learnt from
 * the names of several articles alone (not split with the averaged feature it would copy there).
 */
export function ownReading(mentions: readonly TypedMention[], value: (m: TypedMention) => number): number {
  const byArticle = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const key = m.article ?? `#${i}`;
    const values = byArticle.get(key);
    if (values) values.push(value(m));
    else byArticle.set(key, [value(m)]);
  });
  const n = byArticle.size;
  if (n === 0) return 0;
  const p = [...byArticle.values()].reduce((s, vs) => s + vs.reduce((a, b) => a + b, 0) / vs.length, 0) / n;
  return Math.max(0, Math.round((wilsonLower(p, n) - wilsonLower(p, 1)) * 1e6) / 1e6);
}

/** The lower end of the 95% Wilson interval of a share `p` of `n`. */
function wilsonLower(p: number, n: number): number {
  const z2 = 1.96 * 1.96;
  return (p + z2 / (2 * n) - Math.sqrt(z2 * ((p * (1 - p)) / n + z2 / (4 * n * n)))) / (1 + z2 / n);
}

/** Features the context model reads: all but the tagger's readings and the types made from them. */
export const isContextFeature = (name: string) => !NOT_CONTEXT_FIRST.has(name.charCodeAt(0)) || !NOT_CONTEXT.some((prefix) => name.startsWith(prefix));
const NOT_CONTEXT = ['tagger.', 'voted.', 'article.', 'strong.'];
/** The first letters of `NOT_CONTEXT`: most names open with another, and are context features without a prefix read. */
const NOT_CONTEXT_FIRST = new Set(NOT_CONTEXT.map((prefix) => prefix.charCodeAt(0)));

/** The named features of a name, of both models. Each is a number in 0–1, so one weight scale fits all. */
export function typeFeatures(n: TypeEvidence): Features {
  return Object.fromEntries(typeFeatureMap(n));
}

/**
 * A name's features as `typeFeatures` names them, in a Map in the same order: resolve reads them once per name and
 * scores them in that order (`typeAnswer`). An object of a thousand names read by `for … in` is a dictionary V8 sorts
 * each time it is read; a Map keeps its order as written.
 */
export type FeatureMap = Map<string, number>;

/** A feature that adds up over the mentions ("near.album" for each mention written near "album"). */
const bump = (f: FeatureMap, name: string, value: number) => f.set(name, (f.get(name) ?? 0) + value);

/** `typeFeatures`, as a Map. */
export function typeFeatureMap(n: TypeEvidence): FeatureMap {
  const read = n.mentions.filter((m) => !m.context.credit);
  const strong = read.filter((m) => !weakPlace(m.context));
  const weak = read.filter((m) => weakPlace(m.context));
  const words = n.name.split(/\s+/).filter(Boolean);
  const f: FeatureMap = new Map([[`voted.${n.voted}`, 1], [`words.${Math.min(words.length, 4)}`, 1]]);
  const share = (xs: readonly TypedMention[], test: (m: TypedMention, i: number) => boolean) => mean(xs, (m, i) => flag(test(m, i)));
  // Each mention's rules' vote, read once (undefined: no reading).
  const votes = read.map((m) => (m.reading ? rulesVote(m.reading.rules) : undefined));
  for (const t of TYPES) {
    f.set(`tagger.strong.${t}`, mean(strong.filter((m) => m.reading), (m) => m.reading!.tagger[t]));
    f.set(`tagger.weak.${t}`, mean(weak.filter((m) => m.reading), (m) => m.reading!.tagger[t]));
    f.set(`rules.${t}`, share(read, (_, i) => votes[i] === t));
    // The same vote where only weak rules made it (weight 1 or less: "unknown-words" gives person 0.5 to any two
    // unknown capitalised words, "Ask Jeeves" as much as "Myo Swe Win"; "speaker", "place-preposition").
    f.set(`rules.weak.${t}`, share(read, (m, i) => votes[i] === t && m.reading!.rules[t] <= 1));
    f.set(`article.${t}`, share(read, (m) => m.type === t));
  }
  // The name's own reading, as sure as the articles that agree on it are many (`ownReading`): the types its articles
  // gave it, and the tagger's odds where it reads best (no capitalised line or sentence start).
  for (const t of TYPES) {
    f.set(`article.own.${t}`, ownReading(read, (m) => flag(m.type === t)));
    f.set(`tagger.own.${t}`, ownReading(strong.filter((m) => m.reading), (m) => m.reading!.tagger[t]));
  }
  surenessFeatures(f, strong, read, n.voted);
  f.set('strong.none', flag(strong.length === 0));
  f.set('rules.none', share(read, (_, i) => (votes[i] ?? null) === null));
  // The words around the mentions.
  const body = readAsBody(read);
  const cues = cueFlags(read, body);
  CUES.forEach(([cue], k) => f.set(`cue.${cue}`, mean(cues[k]!, Number)));
  registerFeatures(f, n.name, read, strong, cues);
  // The names listed beside it, by the types their articles gave them: a list's names are mostly of one kind. Those
  // types are the tagger's reading, so the combining model reads them, not the context model (see `isContextFeature`).
  for (const t of TYPES) f.set(`article.listed-with.${t}`, mean(read, (m) => (m.listedWith?.length ? m.listedWith.filter((x) => x === t).length / m.listedWith.length : 0)));
  // The grouped cues and the rules' votes again, as sure as the mentions that show them are many (`manyMentions`).
  manyMentionFeatures(f, read.length);
  contextWordFeatures(f, read);
  senseFeatures(f, read);
  nameFeatures(f, n.name, words, read);
  return f;
}

/** The words around each mention, as words (each weighs its share of the mentions). */
function contextWordFeatures(f: FeatureMap, read: readonly TypedMention[]): void {
  // The words right before and after, as words: the context model learns which ones tell a kind ("striker X",
  // "X shares", "at X").
  // Two words read together tell more than one ("shares of X", "chief executive of X", "X said it", "X said he"), and
  // the word after a possessive tells what the name has ("X's shares", "X's wife", "X's capital").
  const add = (name: string) => bump(f, name, 1 / read.length);
  for (const m of read) {
    const c = m.context;
    for (const [side, word] of [['before', c.previous], ['after', c.next], ['before2', c.previousTwo.toLowerCase()], ['after2', c.nextTwo], ['possessive', c.afterPossessive]] as const) {
      if (word) add(`${side}.${word}`);
    }
    // The words in lower case a few words away, as words: what the sentence is about ("a film starring X", "X's debut
    // album", "X, whose shares", "the river X flows").
    for (const word of c.near ?? []) add(`near.${word}`);
    // The kind a list of examples it is in names, as a word: "places like X", "firms such as X", "hits including X".
    if (c.listKind) add(`list.${c.listKind}`);
    // What the words after it call it, as words: an apposition's last word ("X, the Swiss engineering group," "X, a
    // BBC soap,") and the noun it is written before ("the X quartz digital watch", "X graphics standard").
    if (c.apposition) add(`appos.${c.apposition}`);
    if (c.compound) add(`compound.${c.compound}`);
  }
}

/** The name's own words: its shape, head, writing, gazetteer lists and word clusters. */
function nameFeatures(f: FeatureMap, name: string, words: readonly string[], read: readonly TypedMention[]): void {
  f.set('shape.acronym', flag(words.length === 1 && /^[\p{Lu}.&]{2,6}$/u.test(name)));
  f.set('shape.plural', flag(words.length === 1 && /\p{Ll}s$/u.test(name)));
  f.set('shape.digit', flag(/\d/.test(name)));
  f.set('shape.with-its-s', flag(/['’]s$/.test(name)));
  // A company's legal form ends it ("Norsk Hydro A/S", "Loser Inc"): the gazetteer's list of legal forms misses those
  // written with a slash or periods, so the shape the extraction reads them by is a feature of its own.
  f.set('shape.legal-form', flag(words.length > 1 && LEGAL_FORMS.test(words.at(-1)!)));
  // A party's name, or its members' or adjective's ("Tories", "Lib Dems", "a Republican senator"), ends in a word of the
  // lexicon's party list: the judging convention types all of them organisations, the party (`partyConvention`).
  f.set('shape.party-word', flag(PARTY_MEMBER_WORDS.has(words.at(-1) ?? '')));
  headFeatures(f, words);
  writtenFeatures(f, words, read);
  f.set('written.legal-form', legalFormShare(words, read));
  for (const list of listsOf(name)) f.set(`gazetteer.name.${list}`, 1);
  if (words.length > 1) {
    for (const list of listsOf(words[0]!)) f.set(`gazetteer.first.${list}`, 1);
    for (const list of listsOf(words.at(-1)!)) f.set(`gazetteer.last.${list}`, 1);
  }
  f.set(`last.${caseFeature(words.at(-1) ?? '')}`, 1);
  f.set(`cluster.last.${coarseClusterAsWritten(words.at(-1) ?? '')}`, 1);
  if (words.length > 1) firstWordFeatures(f, words);
}

/**
 * The grouped cues: the words right around a mention that tell a kind. A name in quotes is mostly a work's title or a
 * nickname ("the single 'Lazy Days'"); a number after it a sequel or a model ("Halo 2", "Airbus A-310 200").
 */
const CUES: readonly (readonly [string, (c: MentionContext, readAsBody: boolean) => boolean])[] = [
  ['place-preposition', (c) => PLACE_PREPOSITIONS.has(c.previous)],
  ['at-from-to', (c) => WHERE_OR_WHO_PREPOSITIONS.has(c.previous)],
  ['of', (c) => c.previous === 'of'],
  ['the', (c) => c.previous === 'the'],
  ['title', (c) => TITLES.has(c.previous)],
  ['work', (c, body) => cueType(c, body) === 'other'],
  // The two cues of page-rules.ts `readTypeCue` that type a mention a person or a place (`TYPE_CUES` holds only
  // works'): a name on a team sheet ("Cech, Ferreira, Terry"), an abbreviated U.S. state after its city ("Malvern, Pa.").
  ['team-sheet', (c) => c.teamSheet === true],
  ['state-after-city', (c) => typeCue(c)?.name === 'state-after-its-city'],
  ['speech-after', (c) => SPEECH_VERBS_AFTER.has(c.next)],
  ['auxiliary-after', (c) => AUXILIARIES_AFTER.has(c.next)],
  ['possessive', (c) => /^['’]s\b/.test(c.after)],
  ['lower-word-after', (c) => c.next !== '' && !SPEECH_VERBS_AFTER.has(c.next) && !AUXILIARIES_AFTER.has(c.next) && caseFeature(c.next) === 'lower'],
  ['comma-after', (c) => c.after.startsWith(',')],
  ['quoted', (c) => /["“‘'] ?$/.test(c.before) && /^ ?["”’']/.test(c.after)],
  ['number-after', (c) => /^ \d/.test(c.after)],
];

/** Per cue of CUES, whether each mention shows it (1 or 0): read once, for the cue's share and for each register's. */
const cueFlags = (read: readonly TypedMention[], body: boolean): number[][] => CUES.map(([, test]) => read.map((m) => flag(test(m.context, body))));


/**
 * What kind of news the name's articles are (src/extract/register.ts), as a reader reads a name by it: a town's name
 * in a match report is its club ("Liverpool beat Fulham"), in a report on trade the town; a title in an article on
 * films or consoles a work. A linear model weighs a cue or a list the same in every article, so each is also read
 * within each register: `register.<r>` (the share of the mentions' articles of register r, as probabilities),
 * `register.<r>.<cue>` (of the mentions showing the cue), `register.<r>.list.<list>` (the name is in the gazetteer
 * list), and for the combining model `tagger.register.<r>.<t>` (the tagger's odds for type t there: it learnt from
 * 1996 wire text, where a club's match report is rarer than on the BBC).
 */
function registerFeatures(f: FeatureMap, name: string, read: readonly TypedMention[], strong: readonly TypedMention[], cues: readonly (readonly number[])[]): void {
  const lists = listsOf(name).filter((l) => REGISTER_RETYPED_LISTS.has(l));
  const tagged = strong.filter((m) => m.reading);
  for (const r of shippedRegisterModel().registers) {
    // Each mention's share of the register, read once (the means below add the same terms in the same order).
    const of = (m: TypedMention) => m.context.register?.[r] ?? 0;
    const shares = read.map(of);
    const share = mean(shares, Number);
    if (share === 0) continue;
    f.set(`register.${r}`, share);
    CUES.forEach(([cue], k) => {
      const shown = cues[k]!;
      const value = mean(shares, (x, i) => x * shown[i]!);
      if (value) f.set(`register.${r}.${cue}`, value);
    });
    for (const list of lists) f.set(`register.${r}.list.${list}`, share);
    const taggedShares = tagged.map(of);
    for (const t of TYPES) {
      const value = mean(tagged, (m, i) => taggedShares[i]! * m.reading!.tagger[t]);
      if (value) f.set(`tagger.register.${r}.${t}`, value);
    }
  }
}

/**
 * How sure the readings behind the vote are, for the combining model (which alone reads them), each under the type it
 * is about so the model can learn what it is worth for that type:
 * - `tagger.top.<t>`, `tagger.margin.<t>`: the tagger's top averaged odds where it reads best (no capitalised line or
 *   sentence start) and their lead over the second, under its top type t ("Royal Courts of Justice": organisation
 *   0.97, lead 0.95; a one-mention band read as a person 0.55, lead 0.2);
 * - `voted.tagger.<v>`: those top odds where the tagger's top type is the voted type v (the two agree), else 0;
 * - `voted.agreement.<v>`: the share of the name's articles that typed it v (each article once);
 * - `voted.one-article.<v>`: 1 for a name of one article, whose vote is that article's alone;
 * - `voted.many.<v>`: its mentions, as `manyMentions` counts them.
 * The averaged odds read a tagger of 0.97 and of 0.6 on one line; the context model's odds near the middle could
 * overrule both it and the vote. These let the judged train names say how much a sure reading is worth.
 */
function surenessFeatures(f: FeatureMap, strong: readonly TypedMention[], read: readonly TypedMention[], voted: EntityType): void {
  const tagged = strong.filter((m) => m.reading);
  if (tagged.length) {
    const [top, second] = TYPES.map((t) => [t, mean(tagged, (m) => m.reading!.tagger[t])] as const).sort((a, b) => b[1] - a[1]);
    f.set(`tagger.top.${top![0]}`, top![1]);
    f.set(`tagger.margin.${top![0]}`, top![1] - second![1]);
    if (top![0] === voted) f.set(`voted.tagger.${voted}`, top![1]);
  }
  // Each article's mentions share its type (pooled), so an article agrees where any of its mentions does.
  const articles = new Set(read.map((m, i) => m.article ?? `#${i}`));
  const agreeing = new Set(read.flatMap((m, i) => (m.type === voted ? [m.article ?? `#${i}`] : [])));
  f.set(`voted.agreement.${voted}`, articles.size ? agreeing.size / articles.size : 0);
  f.set(`voted.one-article.${voted}`, flag(articles.size === 1));
  f.set(`voted.many.${voted}`, manyMentions(read.length));
}

/**
 * How far a name's mentions are many enough for the words around them to outweigh its own words: 0 for one mention,
 * 0.5 for ten, 1 from a hundred (log10 of the mentions, halved). The cue and rule features are shares of the mentions,
 * so fifty mentions said to by a party's "the ... said" weigh no more than one, while the name's own words (a first
 * name's list: "Lib"; a weak person vote for two unknown words) weigh the same for both. The context model learns
 * from CoNLL eng.train, whose frequent names (countries, clubs, parties, companies) are many.
 */
export function manyMentions(mentions: number): number {
  return mentions <= 1 ? 0 : Math.min(1, Math.log10(mentions) / 2);
}

const MANY_FIRST = new Set(['c'.charCodeAt(0), 'r'.charCodeAt(0)]);

/** `many.<feature>`: each grouped cue and rule share (`cue.*`, `rules.*`) times `manyMentions`, and that factor itself. */
function manyMentionFeatures(f: FeatureMap, mentions: number): void {
  const g = manyMentions(mentions);
  f.set('many', g);
  // (The names added while reading open with "many.": the loop passes over them.)
  for (const [name, value] of f) if (MANY_FIRST.has(name.charCodeAt(0)) && (name.startsWith('cue.') || name.startsWith('rules.'))) f.set(`many.${name}`, value * g);
}

/**
 * What the name's head word and form say, as the extraction's evidence reads them: `head.structure`, a name of several
 * words headed by WordNet's noun for a building, construction or natural feature (lexicon.ts `STRUCTURE_HEADS`: "Three
 * Gorges Dam"; the head as evidence.ts `structureHead` reads it, the word before "of" or "for" where one parts it
 * and is not the first); `shape.demonym` and `shape.demonym-plural`, the name
 * is a nationality's adjective or its plural (page-rules.ts `nationalityForm`); `head.sense.<kind>`, the kind of thing
 * that head names where it is a common noun (noun-sense.ts: "Food Programme" a communication, "Circuit Court" a
 * group); `suffix.<xyz>`, the last word's last three letters. The rules' votes (`rules.*`) read them
 * only pooled with every other rule of the same kind; as the name's own words the context model learns them from
 * CoNLL's names too.
 */
function headFeatures(f: FeatureMap, words: readonly string[]): void {
  const head = structureHead(words).toLowerCase();
  f.set('head.structure', flag(words.length > 1 && STRUCTURE_HEADS.has(head)));
  // The kind of thing the head names, where it is a common noun (noun-sense.ts): "Food Programme" a communication,
  // "Circuit Court" a group, "Bay Area" a location. Of a name of one word the word is the name, no head.
  const kind = words.length > 1 ? nounSense(head) : undefined;
  if (kind) f.set(`head.sense.${kind}`, 1);
  // The WordNet classes above that head (noun-classes.ts): the lexicographer file puts "Airport", "Tanker" and "Watch"
  // alike in noun.artifact; a judged page types a facility a place, a vessel or a product other.
  if (words.length > 1) for (const c of nounClasses(head)) f.set(`head.class.${c}`, 1);
  // How the last word ends, as letters: towns ("-ton", "-burg"), countries ("-stan") and surnames ("-ski") end alike.
  const last = (words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (last.length >= 4) f.set(`suffix.${last.slice(-3)}`, 1);
  const form = nationalityForm(words.join(' '));
  if (form) f.set(`shape.demonym${form === 'plural' ? '-plural' : ''}`, 1);
}

/**
 * How the mentions of a name of several words write it short, as shares of its mentions: `written.last` by its last
 * word alone (a person after the first mention: "Vell" for "Anna Vell"), `written.first` by its first word alone (a
 * firm or a club: "Orvex" for "Orvex Brothers"), `written.other` by another shorter form. A page that joins a person
 * and a body named after them reads most of its mentions by the body's words around them; how it is written short
 * says which the name itself is. Learnt, like the other name features, from CoNLL's names and the judged names.
 */
function writtenFeatures(f: FeatureMap, words: readonly string[], read: readonly TypedMention[]): void {
  if (words.length < 2 || read.length === 0) return;
  const full = words.join(' ');
  const form = (m: TypedMention) => m.context.raw.replace(/['’]s?$/, '').trim().split(/\s+/).join(' ');
  const share = (test: (w: string) => boolean) => read.filter((m) => test(form(m))).length / read.length;
  f.set('written.last', share((w) => w === words.at(-1)));
  f.set('written.first', share((w) => w === words[0]));
  f.set('written.other', share((w) => w !== full && w !== words.at(-1) && w !== words[0] && w.length < full.length));
}

/** A legal form in any case ("Co", "INC", "co" as the word after a name is read in lower case). */
const LEGAL_FORM_ANY_CASE = new RegExp(LEGAL_FORMS.source, 'i');

/**
 * The share of a name's mentions written with a legal form the name itself lacks: in the words as written ("Morgan
 * Stanley and Co" resolved to "Morgan Stanley"), or right after them, alone or after "and" ("Dean Witter and Co
 * Inc"; the words after a name are read only where spaces part them, so "& Co" is not). A firm named after its founders reads like a person's name in its own words, the vote and the tagger; how the
 * archive writes it in full says it is a firm.
 */
function legalFormShare(words: readonly string[], read: readonly TypedMention[]): number {
  if (read.length === 0 || (words.length > 1 && LEGAL_FORMS.test(words.at(-1)!))) return 0;
  const own = new Set(words);
  const written = (m: TypedMention) => {
    const c = m.context;
    const extra = c.raw.split(/\s+/).filter((w) => !own.has(w));
    const after = c.nextTwo.split(' ');
    return extra.some((w) => LEGAL_FORMS.test(w)) || LEGAL_FORM_ANY_CASE.test(c.next) || (after[0] === 'and' && LEGAL_FORM_ANY_CASE.test(after[1] ?? ''));
  };
  return read.filter(written).length / read.length;
}

/**
 * The kind of thing the nouns around a name's mentions name, as shares of its mentions (issue 15 item 2: what the
 * archive writes around all of a name's mentions, by word class, not by word): `sense.<slot>.<kind>`, where the slot is
 * the noun it is written before (`compound`: "a Houston investment firm" → `group`), an apposition's head (`appos`:
 * "X, the city" → `location`), what its possessive has (`possessive`: "X's chairman" → `person`), the noun before
 * "of" before it (`of`: "the mayor of X", "shares of X"), the word right before or after it (`before`: "striker X";
 * `after`: "the X firm", "X shares"), and the nouns near it (`near`, each mention's share of them). The words are
 * features already (`compound.firm`); their kind lets what the model learns of "firm" tell of "carmaker" and "broker",
 * which CoNLL's and the judged names hold too few of to learn one by one. Kinds are WordNet's (eval/build-noun-senses.ts).
 */
function senseFeatures(f: FeatureMap, read: readonly TypedMention[]): void {
  const add = (slot: string, word: string | undefined, value: number, classes = false) => {
    const kind = word && nounSense(word);
    if (kind) bump(f, `sense.${slot}.${kind}`, value / read.length);
    // Where the noun says what the name is ("X airport", "the tanker X", "X, the hotel"), its WordNet classes too.
    if (classes && word) for (const c of nounClasses(word)) bump(f, `class.${slot}.${c}`, value / read.length);
    // A closed compound WordNet lacks, by its tail's classes ("the drugmaker X"), apart: its weights are learnt apart.
    if (classes && word) for (const c of tailClasses(word)) bump(f, `class.${slot}.tail.${c}`, value / read.length);
  };
  for (const m of read) {
    const c = m.context;
    add('compound', c.compound, 1, true);
    add('appos', c.apposition, 1, true);
    add('possessive', c.afterPossessive, 1);
    // What it has, read over the adjectives before it ("X's new drug", "X's largest plant"): a maker has products.
    add('possessed', c.possessed, 1, true);
    // The kind of doing of the verb right before it, where it is a verb's form and no noun or preposition ("approved X", "launched
    // X", "acquired X": a thing or a firm is done to; "visited X", "joined X"): WordNet's verb file (noun-sense.ts).
    const verb = !nounSense(c.previous) && !PLACE_PREPOSITIONS.has(c.previous) ? verbSense(c.previous) : undefined;
    if (verb) bump(f, `verb.before.${verb}`, 1 / read.length);
    add('of', /^(\S+) of$/i.exec(c.previousTwo)?.[1]?.toLowerCase(), 1);
    add('before', c.previous, 1, true);
    add('after', c.next, 1, true);
    const near = (c.near ?? []).filter((w) => nounSense(w));
    for (const w of near) add('near', w, 1 / near.length);
  }
}

/**
 * What the first word of a name of several words says beside its last: how news writes it and its cluster group
 * ("Friends Reunited" opens with a common word, "Sun Microsystems" with a word of the cluster of "Kodak" and
 * "Boeing"), and whether a word after the first is one news writes in lower case — a person's name has none
 * ("Beatrice Consumer Durables"). Tried and left out: the last word as a word and the fine clusters of both (more dev
 * wrong types: they learn names, not kinds).
 */
function firstWordFeatures(f: FeatureMap, words: readonly string[]): void {
  f.set(`first.${caseFeature(words[0]!)}`, 1);
  f.set(`cluster.first.${coarseClusterAsWritten(words[0]!)}`, 1);
  f.set('inner.lower', flag(words.slice(1).some((w) => caseFeature(w) === 'lower')));
}

/** One multinomial logistic regression: per type, a bias and a weight for each feature it reads. */
export interface LinearTypeModel {
  bias: Record<EntityType, number>;
  weights: Record<string, Partial<Record<EntityType, number>>>;
}

/** type-model.json: what the trainer writes. */
export interface TypeModel {
  about: string;
  context: LinearTypeModel;
  combine: LinearTypeModel;
  /** The model's type replaces the archive-wide vote only where its probability reaches this (chosen on dev). */
  floor: number;
  /**
   * How often the archive-wide vote is right, by the type it votes and how surely its articles agree on it (`voteTrust`):
   * a logistic curve per voted type over `article.own.<voted>`, fitted on the judged train names. Absent: the vote is
   * never weighed against the model.
   */
  vote?: Partial<Record<EntityType, { bias: number; agreement: number }>>;
}

/**
 * The chance that the archive-wide vote is right, as the train judgments found it for votes of its type and its
 * articles' agreement (`ownReading`: 0 for one article, growing with the articles that agree). A party read the same
 * way in fifty articles is voted right far more often than a name of one article.
 */
export function voteTrust(model: Pick<TypeModel, 'vote'>, f: AnyFeatures, voted: EntityType): number {
  const c = model.vote?.[voted];
  if (!c) return 0;
  const name = `article.own.${voted}`;
  return 1 / (1 + Math.exp(-(c.bias + c.agreement * ((f instanceof Map ? f.get(name) : (f as Features)[name]) ?? 0))));
}

/** Features as an object (`typeFeatures`, the trainers' files) or as a Map (`typeFeatureMap`, resolve). */
export type AnyFeatures = Features | ReadonlyMap<string, number>;

/** Each feature in its order (an object's as `for … in` reads it). */
function eachFeature(f: AnyFeatures, read: (name: string, value: number) => void): void {
  if (f instanceof Map) f.forEach((value: number, name: string) => read(name, value));
  else for (const name in f) read(name, (f as Features)[name]!);
}

/** What the combining model reads: the tagger's and the vote's features, and the context model's odds for each type. */
export function combinedFeatures(model: Pick<TypeModel, 'context'>, f: Features): Features {
  return Object.fromEntries(combinedFeatureMap(model, f));
}

/** `combinedFeatures`, as a Map in the same order. */
function combinedFeatureMap(model: Pick<TypeModel, 'context'>, f: AnyFeatures): FeatureMap {
  const out: FeatureMap = new Map();
  eachFeature(f, (name, value) => {
    if (!isContextFeature(name)) out.set(name, value);
  });
  const context = typeProbabilities(model.context, f);
  for (const t of TYPES) out.set(`context.${t}`, context[t]);
  return out;
}

/** The type a name gets: the model's likeliest where it reaches the model's floor, else the vote it read. */
export function decideType(model: TypeModel, f: AnyFeatures, voted: EntityType): EntityType {
  return typeDecision(model, f, voted).type;
}

/** `decideType` with the model's probability of the type given (the vote's type: the model's odds for it). */
export function typeDecision(model: TypeModel, f: AnyFeatures, voted: EntityType): { type: EntityType; probability: number } {
  const p = typeProbabilities(model.combine, combinedFeatureMap(model, f));
  const type = typeFromOdds(model, p, f, voted);
  return { type, probability: p[type] };
}

/** The model's likeliest type where it reaches the floor and is likelier right than the vote is (`voteTrust`), else the vote. */
export function typeFromOdds(model: Pick<TypeModel, 'floor' | 'vote'>, p: Record<EntityType, number>, f: AnyFeatures, voted: EntityType): EntityType {
  const t = likeliestType(p);
  return p[t] >= model.floor && (t === voted || p[t] >= voteTrust(model, f, voted)) ? t : voted;
}

/**
 * A model's weights as a Map of rows, a weight per type in `TYPES`' order (0 where the model gives none: the same
 * term as `?? 0`), made once per weights object. Only resolve's Maps are read by them (`typeProbabilities`): the
 * shipped weights are never changed, while a trainer's objects are read as they stand.
 */
function weightRows(weights: LinearTypeModel['weights']): ReadonlyMap<string, Float64Array> {
  let rows = ROWS.get(weights);
  if (!rows) {
    rows = new Map(Object.entries(weights).map(([name, w]) => [name, Float64Array.from(TYPES, (t) => w[t] ?? 0)]));
    ROWS.set(weights, rows);
  }
  return rows;
}
const ROWS = new WeakMap<LinearTypeModel['weights'], ReadonlyMap<string, Float64Array>>();

/** A model's probability of each type (softmax over the types' scores). */
export function typeProbabilities(model: LinearTypeModel, f: AnyFeatures): Record<EntityType, number> {
  // (Each type's score summed in the features' order, as four numbers: a name's features are hundreds of words.)
  let { person, organization, place, other } = model.bias;
  if (f instanceof Map) {
    // Resolve's Map, read against the weights as a Map of rows (`weightRows`): the same sums, term by term.
    const rows = weightRows(model.weights);
    f.forEach((value: number, name: string) => {
      const w = rows.get(name);
      if (!w) return;
      person += w[0]! * value;
      organization += w[1]! * value;
      place += w[2]! * value;
      other += w[3]! * value;
    });
  } else {
    for (const name in f) {
      const w = model.weights[name];
      if (!w) continue;
      const value = (f as Features)[name]!;
      person += (w.person ?? 0) * value;
      organization += (w.organization ?? 0) * value;
      place += (w.place ?? 0) * value;
      other += (w.other ?? 0) * value;
    }
  }
  const top = Math.max(person, organization, place, other);
  const e = [person, organization, place, other].map((z) => Math.exp(z - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return { person: e[0]! / sum, organization: e[1]! / sum, place: e[2]! / sum, other: e[3]! / sum };
}

/** The most likely type (ties go to the earlier type of `TYPES`). */
export function likeliestType(p: Record<EntityType, number>): EntityType {
  let best = TYPES[0]!;
  for (const t of TYPES) if (p[t] > p[best]) best = t;
  return best;
}

let shipped: TypeModel | null = null;
/** The shipped weights (loaded once, on first use). */
/** Whether the model weighs an article's register (`registerFeatures`): if not, resolve need not read it. */
export function readsRegister(model: TypeModel): boolean {
  return [model.context, model.combine].some((m) => Object.keys(m.weights).some((k) => k.startsWith('register.') || k.startsWith('tagger.register.')));
}

export function shippedTypeModel(): TypeModel {
  shipped ??= shippedJson(new URL('./type-model.json', import.meta.url)) as TypeModel;
  return shipped;
}
