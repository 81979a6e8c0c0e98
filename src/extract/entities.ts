/**
 * Names of people, organisations and places in one article.
 *
 * 1. Candidates: runs of capitalised tokens in each sentence (connectors such as "of"/"for" allowed inside),
 *    cut at punctuation and possessives; titles ("Deputy Finance Minister"), sentence-initial function words,
 *    calendar words and lone titles are stripped.
 * 2. Typing from evidence: the named, weighted rules of evidence.ts (head words, shapes, cue words around the
 *    name, compromise's lexicon tags, a stripped title), then the trained tagger's reading.
 * 3. Within the article: one name, one type (the evidence of all its mentions is pooled), surnames join the full
 *    name ("Biden" → "Joe Biden"), and an acronym in brackets joins its expansion.
 */
import { lexiconTags, taggedTerms } from './nlp.ts';
import { memoByString } from '../util/memo.ts';
import { escapeRegExp } from '../util/escape.ts';
import { editDistance } from '../util/edit-distance.ts';
import { headAgainstPlace, structureAgainstBody, weighEvidenceWithHeads, type Evidence, type RunView } from './evidence.ts';
import { LEGAL_FORMS, isLowerInitialBrand, SLASHED_LEGAL_FORM, describingCompound, describingParticiple, isAcronym, isCapitalised } from './shapes.ts';
import { readDocument, type ReadWord, type TaggedSpan } from './ner/index.ts';
import type { ClassOdds } from './ner/tagger.ts';
import { keepsCapitals, usualCase } from './ner/words.ts';
import { datelineCitySpan, datelineLength } from './dateline.ts';
import { isStateName, stateNamed } from './us-states.ts';
import { teamSheetItems } from './team-sheet.ts';
import { misspellingJoins } from './misspellings.ts';
import { describesTheNameAfter } from './recased-description.ts';
import { namedAsPartners } from './partner-names.ts';
import { joinsByModel } from './joiner.ts';
import { spanChoiceFeatures, spanChoiceOn, takesLonger, type SpanChoiceView } from './span-choice.ts';
import type { Features } from '../util/logistic.ts';
import { isPersonNoun } from './trigger-sense.ts';
import { countryInitials, gazetteerKey, shippedGazetteers } from './ner/gazetteer.ts';
import type { EntityMention, EntityType, IngestedArticle, Sentence, SpanReading } from '../types.ts';
import {
  AMBIGUOUS_TITLE_HEADS, CHAMBERS, COMPROMISE_DEMONYMS, COMPASS_POINTS, CONNECTORS, FIRM_NAME_ENDS, HEAD_CONNECTORS, PLACE_COMPOUND_PREFIXES, FUNCTION_WORDS, NAME_ARTICLES, NAME_NUMBERS, NAME_ORDINALS, NAME_PARTICLES, NEVER_NAMES, NUMBERED_HEADS, SURNAME_ADDRESSES, NEWSPAPER_HEADS, ORDINARY_PREFIXES, ORG_FIRST, ORG_HEADS, OTHER_HEADS, EVENT_HEADS_BEFORE_COUNTRY, PARTY_MEMBER_WORDS, PARTY_MEMBERS, PLACE_HEADS, STRUCTURE_HEADS,
  HEADED_BODY_HEADS, HEADED_JOINED_KINDS, HEADED_LINKS, HEADED_PLACE_ENDS, SPEECH_VERBS_AFTER, SUBJECT_HEADS, TITLE_HEADS, TITLE_MODIFIERS, TRAILING_TITLES, WEAK_CONNECTORS, PARTICLES_ALSO_ENGLISH,
  REPEATED_TITLE_SMALL_WORDS, TENURE_MODIFIERS, TITLE_SMALL_WORDS, WORK_CUES_BEFORE, isDemonymNoun,
} from './lexicon.ts';

interface Token {
  text: string;
  start: number;
  end: number;
  /** compromise's tags for the word(s) under this token. */
  tags: ReadonlySet<string>;
  /** The token ends in a possessive ("China's"), already cut off from `text`/`end`. */
  possessive: boolean;
}

interface Candidate {
  paragraph: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  evidence: Evidence;
  /** The evidence rules' own votes for this mention (before the tagger's reading is added to `evidence`). */
  rules: Evidence;
  /** The part of the organisation's vote in `rules` that its head word gave (evidence.ts `head` rules). */
  heads?: number;
  /** The part of the place vote in `rules` that a building's or natural feature's head gave (evidence.ts `structure`). */
  structure?: number;
  /**
   * Made by `joinHeadedBodies` of a name ending in a body's head and what follows its "of" or "for the": where that
   * part starts. The tagger's spans from there on read the subject (a district, a state), not the body's kind.
   */
  headedFrom?: number;
  /** A one-word candidate that opens its sentence (where any word is capitalised) and modifies the noun after it. */
  initial?: boolean;
  /** The trained tagger's reading of the name's words: how likely each kind of name (or none), averaged. */
  odds?: ClassOdds;
  /** The tagger's reading of the name's capitalised words and of the words at its edges (EntityMention `span`). */
  span?: SpanReading;
  /**
   * Its words are tied by a partnership ("Lorvan and Vell Corp"), a trade's "and" ("Norland Telephone and Telegraph
   * Co") or a particle ("J.P. van der Orvel"): the tagger, which reads such names in two, does not split it.
   */
  bound?: true;
  /** A dateline's city: the tagger, which reads "RIVER" or "ST." as no name, does not move its edges. */
  dateline?: true;
  /** The U.S. state it abbreviates after a city ("Malvern, Pa."): the name the article means (see `usStateAfterCity`). */
  state?: string;
  /** The name the article writes whole elsewhere that this one is short for ("Bell and Howell Co"): see `joinWrittenWhole`. */
  whole?: string;
  /** The name without its first word, when that word opens the sentence and news writes it in lower case (see `cleanRun`). */
  withoutOpener?: Candidate;
  /** A sentence's first word kept only for `joinPartners` to join with its partner (see `partnersOpener`). */
  partnersOpener?: true;
  /** A person's name written straight after their firm's (see `personAfterFirm`): a span over both types the firm. */
  officer?: true;
  /** The archive marks it as one whole name, a company's (see `joinMarkedWhole`). */
  marked?: true;
}

/** What the whole article writes, read by the rules that weigh one sentence's names against the rest. */
interface ArticleWriting {
  /** Names written on their own somewhere, not as an owner before 's: see `takeTaggerEdges`. */
  standalone: ReadonlySet<string>;
  /** Names with "and" inside tied by a legal form or a partnership: see `joinWrittenWhole`. */
  tiedAtAnd: readonly string[];
  /** Names the article marks whole in angle brackets: see `joinMarkedWhole`. */
  marked: readonly string[];
  /** Its paragraphs' text, one a line. */
  body: string;
}

const WORD = new RegExp(`${SLASHED_LEGAL_FORM.source}|[\\p{L}\\p{M}\\p{N}]+(?:[-'’.&][\\p{L}\\p{M}\\p{N}]+)*\\.?`, 'gu');

export function extractEntities(article: IngestedArticle, sentences: Sentence[]): EntityMention[] {
  const candidates: Candidate[] = [];
  const byParagraph = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  const ordered = article.paragraphs.flatMap((paragraph) => (byParagraph.get(paragraph.id) ?? []).map((sentence) => ({ paragraph, sentence })));
  // The tagger reads the article as a whole: a word's other uses in it are evidence (ner/tagger.ts).
  const read = readDocument(ordered.map(({ sentence }) => sentence.text));
  const body = article.paragraphs.map((p) => p.text).join('\n');
  const shouted = new Map<string, boolean>(); // per paragraph, read once for all its sentences
  const runs = ordered.map(({ paragraph, sentence }) => {
    if (!shouted.has(paragraph.id)) shouted.set(paragraph.id, isMostlyUpperCase(paragraph.text));
    // A headline or a shouted line in capitals inside a paragraph is read by the tagger alone, as a whole paragraph is.
    const allCaps = shouted.get(paragraph.id)! || isMostlyUpperCase(sentence.text);
    const tokens = tokenize(paragraph.text, sentence);
    return { paragraph, sentence, tokens, found: findCandidates(paragraph.text, sentence, tokens, allCaps, body) };
  });
  // Names the article writes on their own somewhere, not as an owner before 's ("Plaid Cymru said"): see `takeTaggerEdges`.
  const standalone = new Set(runs.flatMap((r) => r.found.filter((c) => !c.tokens.at(-1)!.possessive && !c.partnersOpener).map((c) => c.text)));
  const tiedAtAnd = runs.flatMap((r) => r.found.filter(isTiedAtAnd).map((c) => c.text));
  const marked = markedNames(body);
  const cutHeads = new Set<string>();
  const addressed = new Set<string>();
  runs.forEach(({ paragraph, sentence, tokens, found }, k) => {
    addTaggerEvidence(found, sentence, paragraph.text, tokens, read[k]!, { standalone, tiedAtAnd, marked, body });
    candidates.push(...found);
    for (const c of found) if (cutFromLongerName(paragraph.text, tokens, c)) cutHeads.add(c.text);
    for (const c of found) if (afterSurnameAddress(paragraph.text, tokens, c)) addressed.add(c.text);
  });
  return resolveWithinArticle(candidates, { cutHeads, addressed });
}

/** One word right after a form of address that goes before surnames ("Mr Howard", "Dr. Khoo"): see `joinFirstWords`. */
function afterSurnameAddress(text: string, tokens: Token[], c: Candidate): boolean {
  const before = tokens[tokens.indexOf(c.tokens[0]!) - 1];
  return c.tokens.length === 1 && !!before && SURNAME_ADDRESSES.has(before.text.replace(/\.$/, '')) && text.slice(before.end, c.start) === ' ';
}

/**
 * A body's head word alone that is a piece of a longer name the reading cut short: a capitalised word glued before it
 * ("State Department" read as "State" and "Department") or "of" and a name after it ("the Department of the
 * Interior, Farms and Rural Areas"). It is short for that name, not for another body of the article.
 */
function cutFromLongerName(text: string, tokens: Token[], c: Candidate): boolean {
  if (c.tokens.length !== 1 || !ORG_HEADS.has(c.text)) return false;
  const k = tokens.indexOf(c.tokens[0]!);
  const before = tokens[k - 1];
  const glued = !!before && !before.possessive && isCapitalised(before.text) && !FUNCTION_WORDS.has(before.text) && text.slice(before.end, c.start) === ' ';
  const named = tokens[k + 2]?.text === 'the' ? tokens[k + 3] : tokens[k + 2];
  return glued || (tokens[k + 1]?.text === 'of' && !!named && isCapitalised(named.text));
}

// ------------------------------------------------------------------ tokens and compromise tags

/** compromise's tags of the k-th word of a sentence, looked up only when a rule reads them. */
type TagLookup = (k: number) => ReadonlySet<string>;

interface TaggedRange {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/**
 * compromise's tags, read phrase by phrase rather than sentence by sentence: each capitalised phrase ("Bill Gates",
 * "Sri Lanka", "Bank of England") is tagged as a whole and every other word alone, both memoised and only when a
 * rule asks, since names and words repeat across an archive while sentences do not. Tagging whole sentences cost 42%
 * of extraction and gave no measurable gain once the trained tagger read the sentence (README, Quality).
 */
function phraseTags(body: string, words: readonly RegExpMatchArray[]): TagLookup {
  const endOf = (k: number) => words[k]!.index! + words[k]![0].length;
  const joined = (k: number) => /^ +$/.test(body.slice(endOf(k - 1), words[k]!.index!));
  const capital = (k: number) => isCapitalised(words[k]![0]);
  // Per word, the first and last word of its capitalised phrase (the word itself when it stands alone).
  const phraseOf = words.map((_, k) => [k, k] as [number, number]);
  for (let i = 0; i < words.length;) {
    let j = i + 1;
    while (capital(i) && j < words.length && joined(j)) {
      if (capital(j)) j++;
      else if (CONNECTORS.has(words[j]![0]) && j + 1 < words.length && capital(j + 1) && joined(j + 1)) j += 2;
      else break;
    }
    // A sentence's first word alone is read with the word after it: "Security forces" (a noun and its noun) is not
    // "forces" the verb.
    if (i === 0 && j === 1 && words.length > 1 && joined(1) && !capital(1)) j = 2;
    for (let k = i; k < j; k++) phraseOf[k] = [i, j - 1];
    i = j;
  }
  return (k) => {
    const [first, last] = phraseOf[k]!;
    if (first === last) return lexiconTags(words[k]![0]);
    const from = words[k]!.index! - words[first]!.index!;
    const to = from + words[k]![0].length;
    const tags = new Set<string>();
    for (const t of phraseTerms(body.slice(words[first]!.index!, endOf(last)))) if (t.start < to && t.end > from) for (const g of t.tags) tags.add(g);
    return tags;
  };
}

/** compromise's tags of each term of a phrase read alone, with offsets into it (memoised). */
const phraseTerms = memoByString((phrase: string): TaggedRange[] =>
  taggedTerms(phrase).map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) })));

function tokenize(text: string, sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const matches = [...body.matchAll(WORD)];
  const tagsOf = phraseTags(body, matches);
  matches.forEach((m, k) => {
    let word = m[0];
    const start = sentence.start + m.index;
    // A trailing period belongs to the word only for initials and abbreviations ("U.S.", "J.").
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !/^(Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Sen|Rep|Gov|Co|Corp|Inc|Ltd)\.$/i.test(word)) {
      word = word.slice(0, -1);
    }
    let tags: ReadonlySet<string> | undefined;
    const tagsHere = () => (tags ??= tagsOf(k));
    let possessive = false;
    const pm = /['’]s$/.exec(word) ?? (/s['’]$/.test(word) ? /['’]$/.exec(word) : null);
    if (pm && word.length > pm[0].length && !namesWithItsS(word, tagsHere, body, m.index + m[0].length, matches[k + 1])) {
      word = word.slice(0, pm.index);
      possessive = true;
    }
    tokens.push({ text: word, start, end: start + word.length, possessive, get tags() { return tagsHere(); } });
  });
  return tokens;
}

/**
 * "McDonald's said", "at Sainsbury's.": a capitalised word with 's that possesses nothing (the clause or the
 * sentence ends, or a verb of speaking follows) is a name written with its 's, as shops and firms named after
 * their founders are. A place stays a possessive ("… than Britain's.").
 */
function namesWithItsS(word: string, tags: () => ReadonlySet<string>, body: string, end: number, next: RegExpMatchArray | undefined): boolean {
  if (!/^\p{Lu}/u.test(word) || !/['’]s$/.test(word)) return false;
  // The place's tags asked last: they cost a parse of the word's phrase, which most words with 's never need.
  return possessesNothing(word, body, end, next) && !['Place', 'Country', 'City', 'Region'].some((t) => tags().has(t));
}

/** What follows a word with 's says it possesses nothing: the end, a clause's, a legal form, a verb of speaking. */
function possessesNothing(word: string, body: string, end: number, next: RegExpMatchArray | undefined): boolean {
  const gap = body.slice(end, next?.index ?? body.length);
  if (!next) return /^\s*[.!?]?\s*$/.test(gap);
  if (/^\s*[,;:)]/.test(gap)) return true;
  // "McDonald's Corp", "Sotheby's Inc": a legal form right after is the name's own.
  if (gap === ' ' && LEGAL_FORMS.test(next[0]) && !LEGAL_FORMS.test(word.replace(/['’]s$/, ''))) return true;
  return /^\s+$/.test(gap) && SPEECH_VERBS_AFTER.has(next[0].toLowerCase());
}

function isMostlyUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 20 && letters.replace(/\P{Lu}/gu, '').length > letters.length * 0.7;
}

// ------------------------------------------------------------------ candidates

function findCandidates(text: string, sentence: Sentence, tokens: Token[], allCaps: boolean, body: string): Candidate[] {
  if (allCaps) return [];
  const city = datelineCity(text, sentence, tokens);
  const out: Candidate[] = city ? [city] : [];
  let i = city ? city.tokens.length : 0;
  while (i < tokens.length) {
    const title = titleCandidate(text, sentence, tokens, i, body);
    if (title) {
      out.push(title);
      i = tokens.indexOf(title.tokens.at(-1)!) + 1;
      continue;
    }
    if (!startsName(text, sentence, tokens, i)) {
      i++;
      continue;
    }
    let j = partnershipEnd(text, tokens, i);
    if (j > i) {
      out.push(...bind(splitTitledRun(text, sentence, tokens, i, tokens.slice(i, j))));
      i = j;
      continue;
    }
    j = i + 1;
    let bound = false;
    while (j < tokens.length && !tokens[j - 1]!.possessive) {
      const t = tokens[j]!;
      // Punctuation ends the name, but for an ampersand that joins one ("Marks & Spencer").
      if (breakBetween(text, tokens[j - 1]!, t)) {
        if (!ampersandJoins(text, tokens, i, j) && !slashJoins(text, tokens, j)) break;
        bound = true;
      }
      if (j - 1 > i && endsFirmWithPeriod(tokens[j - 1]!, t, tokens[j + 1])) break;
      if (recasedAfterInitials(text, tokens, i, j)) break;
      if (j - 1 > i && countryAfterEventHead(tokens[j - 1]!, t)) break;
      // A calendar word continues a name after a first name ("Theresa May") or a particle ("Del Mar"), never starts one.
      if (isNameWord(t) || (isCapitalised(t.text) && j - 1 === i && (tokens[j - 1]!.tags.has('FirstName') || NAME_PARTICLES.has(tokens[j - 1]!.text.toLowerCase())))) {
        // A regnal number belongs to the name before it ("Richard III", "Henry VIII"), however the tagger reads it.
        bound ||= REGNAL_NUMBER.test(t.text);
        j++;
        continue;
      }
      if (stationNumber(text, tokens[j - 1]!, t)) {
        j++;
        bound = true;
        break;
      }
      // A connector joins only when a name word follows ("Ministry of Finance", not "Canada and the"); after "and" a
      // function word opens the next name ("the Vellish Times and The Observer" are two papers).
      const next = tokens[j + 1];
      const headConnector = HEAD_CONNECTORS.has(t.text) && SUBJECT_HEADS.has(tokens[j - 1]!.text);
      // Nor before a title a capitalised small word opens ("won for On the Quayfront"): the title is a name of its own.
      const join = (CONNECTORS.has(t.text) || headConnector) && next && isNameWord(next) && !breakBetween(text, t, next) && !(WEAK_CONNECTORS.has(t.text) && FUNCTION_WORDS.has(next.text)) && !(FUNCTION_WORDS.has(next.text) && titleCandidate(text, sentence, tokens, j + 1, body)) ? connectorJoins(tokens.slice(i, j), t.text, nameWordsFrom(text, tokens, j + 1)) : null;
      if (join) {
        bound ||= join === 'binds';
        j += 2;
        continue;
      }
      // Two particles: "Ursula von der Leyen", "Antonio de la Rosa".
      const after = tokens[j + 2];
      if (NAME_PARTICLES.has(t.text) && next && NAME_PARTICLES.has(next.text) && after && isNameWord(after) && !breakBetween(text, t, next) && !breakBetween(text, next, after)) {
        j += 3;
        continue;
      }
      break;
    }
    const made = splitTitledRun(text, sentence, tokens, i, tokens.slice(i, j));
    out.push(...(bound ? bind(made) : made));
    i = j;
  }
  const opener = partnersOpener(text, sentence, tokens, body);
  return opener && !out.some((c) => c.start <= opener.start && c.end > opener.start) ? [opener, ...out].sort((a, b) => a.start - b.start) : out;
}

/** The most words a name with small words inside may run to ("The Lord of the Rings" has five). */
const TITLE_MAX_WORDS = 8;

/** A word written in lower case inside a title or a name ("in", "a", "the", "do"). */
const isSmallTitleWord = (w: string) => TITLE_SMALL_WORDS.has(w) || REPEATED_TITLE_SMALL_WORDS.has(w) || NAME_PARTICLES.has(w);

/**
 * A name with small words in lower case inside it, which the capitalised runs part ("Lost in Translation", "About a
 * Boy", "On the Waterfront", "Shakespeare in Love"), read whole where the text says it is one (`titleEvidence`): the
 * longest such run from tokens[i] that has the evidence. A work's title votes for a work (evidence.ts `work-title`);
 * the tagger, which reads such titles in pieces, does not part it again.
 */
function titleCandidate(text: string, sentence: Sentence, tokens: Token[], i: number, body: string): Candidate | null {
  for (let end = titleRunEnd(text, tokens, i); end >= i + 3; end--) {
    if (isSmallTitleWord(tokens[end - 1]!.text)) continue;
    const kind = titleEvidence(text, sentence, tokens, i, end, body);
    if (kind) return titleRun(text, sentence, tokens, i, end, kind === 'work');
  }
  return null;
}

/** The candidate of the title tokens[i, end). */
function titleRun(text: string, sentence: Sentence, tokens: Token[], i: number, end: number, work: boolean): Candidate {
  const run = tokens.slice(i, end);
  const [first, last] = [run[0]!, run.at(-1)!];
  const around = { before: tokens[i - 1], before2: tokens[i - 2], after: tokens[end], after2: tokens[end + 1] };
  const { evidence, heads } = weighRun(text, run, around, { titleStripped: false, datelineCaps: false, usState: false, employer: false, ampersand: false, teamSheet: false, workTitle: work });
  return { paragraph: sentence.paragraph, sentence: sentence.index, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens: run, evidence, rules: { ...evidence }, ...(heads ? { heads } : {}), bound: true };
}

/**
 * The end of the words from tokens[i] that are capitalised or small words, with no punctuation or possessive between
 * them, ending on the last capitalised word after a small word; i where there is none.
 */
function titleRunEnd(text: string, tokens: Token[], i: number): number {
  let end = i;
  let small = false;
  for (let k = i; k < tokens.length && k - i < TITLE_MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (k > i && (breakBetween(text, tokens[k - 1]!, t) || tokens[k - 1]!.possessive)) break;
    if (k > i && isSmallTitleWord(t.text)) {
      small = true;
      continue;
    }
    // A quotation's first word may be a common noun capitalised as a title's ('"Envoy for Chess"'); titleEvidence
    // then asks that the quotation hold the whole run.
    if (!isCapitalised(t.text) || !(FUNCTION_WORDS.has(t.text) || isNameWord(t) || (k === i && /["“‘']$/.test(text.slice(Math.max(0, t.start - 1), t.start))))) break;
    if (small) end = k + 1;
  }
  return end;
}

/**
 * Whether the text says tokens[i, end) is one name though small words part it: 'work' where it is written as a
 * work's title — in quotes, whole ("'Lost in Translation'"), after a word for a kind of work ("film Lost in
 * Translation"), or opened by a function word capitalised inside a sentence ("director of About a Boy", "for On the
 * Waterfront"); 'name' where the article writes it whole more than once and its first and last words never apart
 * from it ("Vellspeare in Lurve" twice, "Vellspeare" and "Lurve" nowhere else). Not where its last words are a place ("The Hague in the
 * Netherlands"), and not where only "of", "for" and the particles part it: the connectors read those names already;
 * an "and" only inside quotes ("'Will and Grace'").
 */
function titleEvidence(text: string, sentence: Sentence, tokens: Token[], i: number, end: number, body: string): 'work' | 'name' | null {
  const run = tokens.slice(i, end);
  const smalls = run.filter((t, k) => k > 0 && isSmallTitleWord(t.text)).map((t) => t.text);
  const quoted = quotedWhole(text, run[0]!, run.at(-1)!);
  // A quotation that holds the whole run is one title, though only a connector parts it ('"Envoy for Chess"'): read
  // by the connectors, a role word at its start would be stripped as a title of office.
  if (!quoted && !smalls.some((w) => !CONNECTORS.has(w) || WEAK_CONNECTORS.has(w))) return null;
  let lastSmall = run.length - 1;
  while (!isSmallTitleWord(run[lastSmall]!.text)) lastSmall--;
  const ending = run.slice(lastSmall + 1);
  const endingText = text.slice(ending[0]!.start, ending.at(-1)!.end);
  if (namesAListedPlace(endingText) || ending.some((t) => lexiconTags(t.text).has('Place'))) return null;
  const [first, before] = [run[0]!, tokens[i - 1]];
  if (quoted) return 'work';
  // Unquoted, "and" parts two titles more often than it joins one (two series listed, "The Quaymen and Lanternfield").
  if (smalls.some((w) => WEAK_CONNECTORS.has(w))) return null;
  if (before && !breakBetween(text, before, first) && WORK_CUES_BEFORE.has(before.text)) return 'work';
  if (opensTitleMidSentence(text, sentence, tokens, i)) return 'work';
  const whole = text.slice(first.start, run.at(-1)!.end);
  const repeatable = smalls.every((w) => REPEATED_TITLE_SMALL_WORDS.has(w) || NAME_PARTICLES.has(w));
  if (!repeatable) return null;
  const times = timesWritten(body, whole);
  // Both parts never apart from it: a name written alone and again before a small word and another name ("Harbour
  // Town in the Vellcup" twice, "Harbour Town" alone too) is two names side by side.
  const firstSmall = run.findIndex((t, k) => k > 0 && isSmallTitleWord(t.text));
  const openingText = text.slice(first.start, run[firstSmall - 1]!.end);
  return times >= 2 && timesWritten(body, endingText) === times && timesWritten(body, openingText) === times ? 'name' : null;
}

/**
 * The words from `first` to `last` are all a quotation holds: a quote mark right before and right after them, of one
 * kind: a double mark closes a double mark's quotation, a single mark a single's. An apostrophe after a double mark's
 * opening is a plural's possessive (`said: "None of the Whigs' plans…"`), which closes no quotation.
 */
function quotedWhole(text: string, first: Token, last: Token): boolean {
  const open = /(?:^|[\s([])(["“‘'])$/.exec(text.slice(Math.max(0, first.start - 2), first.start))?.[1];
  const close = /^(["”’'])(?![\p{L}\p{N}])/u.exec(text.slice(last.end, last.end + 2))?.[1];
  return !last.possessive && !!open && !!close && DOUBLE_QUOTE_MARK.test(open) === DOUBLE_QUOTE_MARK.test(close);
}

/** A double quote mark; the others a quotation is written with ("‘", "’", "'") are single. */
const DOUBLE_QUOTE_MARK = /^["“”]$/;

/**
 * "director of About a Boy", "won for On the Waterfront", "Last year, The Lamp of the Hills won": a function word news
 * writes in lower case, capitalised inside a sentence after a word in lower case, a possessive or a comma, opens a
 * title (as `opensTitle` reads it before a capitalised word; here a small word may follow it).
 */
function opensTitleMidSentence(text: string, sentence: Sentence, tokens: Token[], i: number): boolean {
  const [prev, t] = [tokens[i - 1], tokens[i]!];
  if (!prev || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !FUNCTION_WORDS.has(t.text) || usualCase(t.text) !== 'lower' || opensTheNews(text, sentence, t)) return false;
  const gap = text.slice(prev.end, t.start);
  if (prev.possessive) return /^['’]s? $/.test(gap);
  return (gap === ' ' && /^\p{Ll}/u.test(prev.text)) || gap === ', ';
}

/** "Radio 4", "Channel 4": a station's number ends its name ("Radio 1 DJ Trevor Nelson" is the station and a DJ). */
function stationNumber(text: string, head: Token, t: Token): boolean {
  return NUMBERED_HEADS.has(head.text) && !head.possessive && /^\d{1,2}$/.test(t.text) && text.slice(head.end, t.start) === ' ';
}

/**
 * "U.S. Firms said", "U.K. Interest rates", "U.S. And Japan": wire copy recased from capitals opens every word after a
 * period with a capital, so after "U.S." or "U.K." a word news writes in lower case is no part of the name, unless
 * more of the name follows it ("U.S. Government Accounting Office") and the word is no noun describing that name
 * ("U.S. Firm Amoco Corp": recased-description.ts).
 */
function recasedAfterInitials(text: string, tokens: Token[], i: number, j: number): boolean {
  const t = tokens[j]!;
  if (j - 1 !== i || !/^(?:\p{Lu}\.){2,}$/u.test(tokens[i]!.text) || usualCase(t.text) !== 'lower') return false;
  const next = tokens[j + 1];
  return FUNCTION_WORDS.has(t.text.toLowerCase()) || CONNECTORS.has(t.text.toLowerCase()) || !next || !isNameWord(next) || breakBetween(text, t, next) || describesTheNameAfter(tokens[i]!.text, t.text, nameWordsFrom(text, tokens, j + 1).map((w) => w.text));
}

/**
 * "at the Zorbix Cup Wales' big talk", "the Davis Cup Spain side": a country (compromise's lexicon or the shipped
 * list; "Wales" is only in the first) right after the head of an event's name (lexicon EVENT_HEADS_BEFORE_COUNTRY) is
 * the next name, written without a comma: events put their country first ("Wales Open", "England Cup").
 */
function countryAfterEventHead(head: Token, t: Token): boolean {
  if (!EVENT_HEADS_BEFORE_COUNTRY.has(head.text) || head.possessive) return false;
  return lexiconTags(t.text).has('Country') || (shippedGazetteers().entries.get(gazetteerKey(t.text))?.includes('COUNTRY') ?? false);
}

/** II to XXX: a regnal or sequel number after a name. */
const REGNAL_NUMBER = /^X{0,2}(?:IX|IV|V?I{1,3}|V|X)$/;

/**
 * A legal form with its period ends a company's name: "Apple Inc. Steve Jobs" is two names, "First Boston Corp. The
 * notes" one. So does a legal form before a country's initials ("Miro Cars Inc U.S. subsidiary", "Orvex Inc U.K.
 * unit"): the country says where the firm's unit is, it is no word of its name. But a body's head word and a legal
 * form again after the period go on with the name: "Tarnel Securities Co. International Ltd" is the firm's unit.
 */
function endsFirmWithPeriod(form: Token, next: Token, afterNext: Token | undefined): boolean {
  if (!LEGAL_FORMS.test(form.text) || LEGAL_FORMS.test(next.text)) return false;
  if (ORG_HEADS.has(next.text) && afterNext && LEGAL_FORMS.test(afterNext.text)) return false;
  return form.text.endsWith('.') || countryInitials(next.text, true);
}

/**
 * "Marks & Spencer", "Ogilvy & Mather", "Oil & Natural Gas Corp": an ampersand between capitalised words joins one
 * name, as news writes firms, duos and titles with it (of 60 kinds written so in 2,225 BBC articles, all but a few
 * are one name). Two people's full names stay two ("Matt Lucas & David Walliams").
 */
function ampersandJoins(text: string, tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j]!;
  if (text.slice(tokens[j - 1]!.end, next.start) !== ' & ' || !isNameWord(next) || FUNCTION_WORDS.has(next.text)) return false;
  const firstNames = (t: Token | undefined) => !!t && (t.tags.has('FirstName') || lexiconTags(t.text).has('FirstName'));
  return !(j - i >= 2 && firstNames(tokens[i]) && firstNames(next) && tokens[j + 1] && isNameWord(tokens[j + 1]!));
}

/**
 * "Capital Cities/ABC Inc", "Royal Dutch/Shell Group": a firm formed of two, written with a slash and no space, is one
 * firm when its legal form or "Group" ends the words after the slash; other slashes part two things ("March/April",
 * "New York Times/CBS poll", "HIV/Aids"), and so does a slash after a legal form ("Vellan Corp/Orlin Inc", two firms).
 */
function slashJoins(text: string, tokens: Token[], j: number): boolean {
  const before = tokens[j - 1]!;
  if (text.slice(before.end, tokens[j]!.start) !== '/' || !isNameWord(before) || LEGAL_FORMS.test(before.text)) return false;
  const after = nameWordsFrom(text, tokens, j);
  const last = after.at(-1)?.text;
  return after.length >= 2 && last !== undefined && (LEGAL_FORMS.test(last) || last === 'Group');
}

/** Marks names whose words a partnership, a trade's "and" or a particle ties together (see `Candidate.bound`). */
const bind = (made: Candidate[]) => made.map((c) => ({ ...c, bound: true as const }));

/**
 * "Vell, Harrow and Co", "Orvel Quill, Crane, Penrik and Lee Inc", "Lorvan and Vell Corp": a firm named after
 * its partners is one name across its commas and its "and". Wire news of the 1980s writes them so (CoNLL's 1996 text
 * writes "&" and seldom a comma: the tagger has too few of them to learn from). The partners are one or two
 * capitalised words each, the name ends in "and Co" or in a legal form. Returns the index after its last token, or
 * -1 when tokens[i] opens no such name.
 */
function partnershipEnd(text: string, tokens: Token[], i: number): number {
  const segments: Token[][] = [];
  let k = i;
  for (;;) {
    const segment = partnerWords(text, tokens, k, 2);
    if (!segment.length || segments.length === PARTNERSHIP_MAX_PARTNERS) return -1;
    segments.push(segment);
    k += segment.length;
    const gap = tokens[k] ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    if (gap === ', ') continue;
    if (gap === ' & ') break;
    if (gap === ' ' && WEAK_CONNECTORS.has(tokens[k]!.text) && tokens[k + 1] && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ') {
      k++;
      break;
    }
    return -1;
  }
  const andCo = tokens[k] && (tokens[k]!.text === 'Company' || /^Co\.?$/.test(tokens[k]!.text));
  const last = andCo ? [] : partnerWords(text, tokens, k, 1);
  let end = k + last.length;
  // Head nouns and words of a trade may stand between the last partner and the legal form ("Harper and Row Publishers Inc").
  while (last.length && tokens[end] && (ORG_HEADS.has(tokens[end]!.text) || (isCapitalised(tokens[end]!.text) && isCommonWord(tokens[end]!))) && !LEGAL_FORMS.test(tokens[end]!.text) && !breakBetween(text, tokens[end - 1]!, tokens[end]!)) end++;
  const legalFrom = end;
  while (tokens[end] && (LEGAL_FORMS.test(tokens[end]!.text) || (end === k && andCo)) && (end === k || !breakBetween(text, tokens[end - 1]!, tokens[end]!) || /^,\s$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start)))) end++;
  if (end === legalFrom) return -1;
  // Without "and Co", "Microsoft and Apple Inc" must not become one firm: partners are no known firm or place, and
  // without a comma only a pair of single names ("Tate and Lyle PLC") makes a partnership.
  if (andCo) return segments.length > 1 || segments[0]!.length > 1 ? end : -1;
  const partners = [...segments, last];
  if (partners.flat().some((t) => ['Organization', 'Place', 'Country', 'City'].some((x) => lexiconTags(t.text).has(x)))) return -1;
  if (segments.length === 1 && (segments[0]!.length > 1 || tokens[i - 1]?.text === 'and')) return -1;
  return end;
}

/** Up to `max` capitalised words from tokens[k] that can name a partner: no acronym, title, legal form or head noun. */
function partnerWords(text: string, tokens: Token[], k: number, max: number): Token[] {
  const words: Token[] = [];
  while (words.length < max && tokens[k + words.length]) {
    const t = tokens[k + words.length]!;
    if (words.length && breakBetween(text, words.at(-1)!, t)) break;
    if (!isNameWord(t) || t.possessive || isAcronym(t.text) || LEGAL_FORMS.test(t.text) || ORG_HEADS.has(t.text) || FUNCTION_WORDS.has(t.text) || TITLE_HEADS.has(t.text) || CONNECTORS.has(t.text)) break;
    words.push(t);
  }
  return words;
}

/** Legal forms a firm's name may go on after ("Dynamics Corp of America"). */
const FIRM_NAME_GOES_ON = /^(?:Corp|Co|Company)\.?$/;

/** "Orvel Quill, Crane, Penrik and Lee Inc" names four partners; longer lists are lists. */
const PARTNERSHIP_MAX_PARTNERS = 4;

/** "Margaret Moran MP", "a Tory MP said", "the Apple CEO": a title after the name, with no name of its own after it. */
function withoutTrailingTitle(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 1 && TRAILING_TITLES.has(tokens[end - 1]!.text)) end--;
  while (end > 1 && end < tokens.length && TITLE_MODIFIERS.has(tokens[end - 1]!.text) && !isAcronym(tokens[end - 1]!.text)) end--;
  if (end === tokens.length || ORG_HEADS.has(tokens[end - 1]!.text) || CONNECTORS.has(tokens[end - 1]!.text)) return tokens;
  return tokens.slice(0, end);
}

/** Two single capitals joined by "and", with or without periods, as a firm's founders are written ("Q. and R. Vellmark"). */
const FOUNDERS_INITIALS = /(?:^|\s)\p{Lu}\.? and \p{Lu}\.?(?=\s|$)/u;

/** One capital and its period: a first name's initial ("Q." of "Q. Vorn Quellan"). */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * How many words open `tokens` to say what the person after them is, not who: a party or its members (PARTY_MEMBER_WORDS:
 * "Liberal Democrat Charles Kennedy"), a nationality (the gazetteers' demonyms, from the world-countries package:
 * "Argentine Lucio Lopez", "New Zealander Graham Henry", "Americans John Sankus"), or one common noun news writes in
 * lower case (the case table learnt from unlabeled news: a position, a role, "Lock Alec Parker", "Staff Howard Baker")
 * that compromise does not know as a first name ("Mark Anthony Smith" keeps "Mark"). Only before a first name (compromise
 * or the gazetteers' first names, or an initial) and at least one more name word, none of them an organisation's head
 * or legal form ("American Frank Corp" is a firm). 0 when nothing describes. `before`: the word before the run, when a cut left a
 * demonym's first word there ("New | Zealander Graham Henry").
 */
function describedPerson(tokens: Token[], before: Token | undefined): number {
  const n = describingWords(tokens, before);
  if (n === 0 || tokens.length === n) return 0;
  const rest = tokens.slice(n);
  const first = rest[0]!;
  // An initial opens a person's name as a first name does ("Texan Q. Vorn Quellan"); no body's name follows a
  // nationality so (its legal form or head word is checked below).
  const firstName = first.tags.has('FirstName') || (shippedGazetteers().entries.get(gazetteerKey(first.text))?.includes('FIRST') ?? false) || unseenFirstWord(rest) || INITIAL.test(first.text);
  // A word for one person of a nation ("Spaniard", "Frenchman") opens no firm's name as "American" does ("American
  // Express"): a surname alone after it is the person ("Spaniard Costa").
  const named = (rest.length >= 2 && firstName) || (n === 1 && isPersonOfANation(tokens[0]!));
  if (!named || first.possessive || rest.slice(0, -1).some((t) => t.possessive) || namesAThing(rest)) return 0;
  return rest.every((t) => isNameWord(t) && !LEGAL_FORMS.test(t.text) && !ORG_HEADS.has(t.text) && !PLACE_HEADS.has(t.text)) ? n : 0;
}

/**
 * "Brevshan Vackton", "Anuvrag Keshvap": a name of two or three plain words whose first word neither the case table
 * (learnt from unlabeled news) nor any shipped list nor compromise's lexicon has ever seen is most likely a person's
 * first name no list holds, as after "fellow American" or "Director": a firm's or a place's opening word is a word
 * news writes ("American Medical International", "British Caledonian Airways"). The rest must be plain name words
 * too, none an organisation's head, legal form or a place's head (`describedPerson` checks those).
 */
function unseenFirstWord(rest: Token[]): boolean {
  if (rest.length < 2 || rest.length > 3 || !rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  // "Canadian Zorbix Mines": a word news writes in lower case, even sometimes, ends a firm's name; a surname news
  // writes capitalised or never ("Jones", "Keshvap").
  if (rest.slice(1).some((t) => (usualCase(t.text) ?? 'capital') !== 'capital')) return false;
  const first = rest[0]!.text;
  const known = [...lexiconTags(first)].some((x) => !['Noun', 'Singular', 'ProperNoun'].includes(x));
  return usualCase(first) === undefined && !shippedGazetteers().entries.has(gazetteerKey(first)) && !known;
}

/**
 * "Spaniard", "Swede", "Englishman", "Frenchwoman", "Dutchmen": a noun for people of a nation that is no adjective of
 * one. compromise's lexicon knows it as a demonym, the gazetteers' demonyms (adjectives, world-countries) do not list
 * it, and it ends in none of the suffixes of English adjectives of nations, "-an", "-ish", "-ch", "-ese", "-i", "-ic",
 * "-ine", "-o" ("African Facility", "Welsh Liberal Democrats", "Saudi Arabia", "Philippine Pesos" stay), "-man"
 * excepted: of compromise's 254 demonyms that leaves "Aussie", "Brit", "Croat", "Dane", "Englishman", "Irishman",
 * "Spaniard", "Swede" and plurals. Or it is one of the adjectives made a noun with "-man" or "-woman". A plain word
 * only: "Chinese-made" describes a thing.
 */
function isPersonOfANation(t: Token): boolean {
  if (t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const listed = (word: string) => shippedGazetteers().entries.get(gazetteerKey(word))?.includes('DEMONYM') ?? false;
  const singular = t.text.replace(/s$/, '');
  if (listed(t.text) || listed(singular)) return false;
  const made = /^(\p{Lu}\p{Ll}+?)(?:wo)?m[ae]n$/u.exec(t.text);
  if (made && listed(made[1]!)) return true;
  return (taggedDemonym(t.text) || taggedDemonym(singular)) && (!!made || !/(?:an|[sck]h|ese|i|ic|ine|o)$/.test(singular));
}

/** The describing words `describedPerson` reads at the start of `tokens` (party, nationality, or a common noun). */
function describingWords(tokens: Token[], before: Token | undefined): number {
  let party = 0;
  while (party < tokens.length && PARTY_MEMBER_WORDS.has(tokens[party]!.text) && !tokens[party]!.possessive) party++;
  if (party > 0) return party;
  const demonym = (words: Token[]) => {
    const key = words.map((t) => gazetteerKey(t.text)).join(' ');
    const lists = shippedGazetteers().entries.get(key) ?? shippedGazetteers().entries.get(key.replace(/s$/, ''));
    return (lists?.includes('DEMONYM') ?? false) && !words.some((t) => t.possessive);
  };
  if (tokens.length > 2 && demonym(tokens.slice(0, 2))) return 2;
  // compromise's demonyms hold those of states and cities the gazetteers' countries do not ("Californian", "Texan"),
  // and continents' ("European"): before a person's surnames, which news writes capitalised, not before a body's
  // words ("European Kira Rights Centre").
  const surnames = tokens.slice(2).every((t) => (usualCase(t.text) ?? 'capital') === 'capital');
  const lexiconDemonym = !tokens[0]!.possessive && surnames && taggedDemonym(tokens[0]!.text);
  // WordNet's nouns for a person of a nation or city ("Briton", "Welshman", "Londoner"): before a first name and more
  // (`describedPerson` asks for it) and surnames, as they stand before no body's words ("European Kira Rights Centre",
  // "Basque Varsmen Party").
  const demonymNoun = !tokens[0]!.possessive && surnames && isDemonymNoun(tokens[0]!.text);
  if (tokens.length > 1 && (demonym(tokens.slice(0, 1)) || lexiconDemonym || demonymNoun || isPersonOfANation(tokens[0]!) || (before && isCapitalised(before.text) && demonym([before, tokens[0]!])))) return 1;
  const [word] = tokens;
  if (!word || word.possessive || ['FirstName', 'Person', 'ProperNoun', 'Place', 'Organization'].some((x) => word.tags.has(x))) return 0;
  if (ORG_FIRST.has(word.text) || TITLE_HEADS.has(word.text) || TITLE_MODIFIERS.has(word.text) || FUNCTION_WORDS.has(word.text) || NAME_PARTICLES.has(word.text) || PLACE_COMPOUND_PREFIXES.has(word.text)) return 0;
  // A role compromise's lexicon knows as a person's ("Singer", "Champion": its tag Actor) that news writes as often
  // capitalised, mostly opening sentences and headlines, as not.
  const role = usualCase(word.text) === 'mixed' && lexiconTags(word.text).has('Actor');
  return usualCase(word.text) === 'lower' || role ? 1 : 0;
}

/**
 * "a Texas Democrat", "a New York Republican": the state a party member sits for, without the party member. (A
 * chamber's members, "Senate Republicans", are left whole: the tagger reads "Senate Republicans and House Democrats"
 * as one name once its parts are cut.)
 */
function withoutPartyMember(text: string, tokens: Token[]): Token[] {
  if (tokens.length < 2 || !PARTY_MEMBERS.has(tokens.at(-1)!.text)) return tokens;
  const rest = tokens.slice(0, -1);
  return isStateName(text.slice(rest[0]!.start, rest.at(-1)!.end)) ? rest : tokens;
}

/**
 * Whether a connector joins the words around it into one name: 'binds' where nothing else may part them again (a
 * particle, a partnership's "and Co", a trade's "and"), 'joins' where the tagger may still read two names in the run.
 */
function connectorJoins(before: Token[], connector: string, after: Token[]): 'binds' | 'joins' | null {
  const next = after[0]!.text;
  // "Maria Lopez of Madrid" is a person and a place, not one name; so is "Analyst Theodore Semegran of Shearson".
  const firstName = before.slice(0, -1).some((t) => t.tags.has('FirstName')) || before[0]!.tags.has('FirstName');
  if ((connector === 'of' || connector === 'for') && firstName && !ORG_HEADS.has(before.at(-1)!.text)) return null;
  // "Danaher for Gustard" (a substitution) is two people; "Campaign for Nuclear Disarmament" opens with a common word.
  // "Best Actress for Million Zorbix Baby": an award's category, words news writes in lower case with no body's word
  // among them, is given for the work after "for"; it is not one name with it.
  if (connector === 'for' && before.length > 1 && before.every((t) => usualCase(t.text) === 'lower' && !ORG_HEADS.has(t.text) && !ORG_FIRST.has(t.text))) return null;
  if (connector === 'for' && before.length === 1 && !ORG_HEADS.has(before[0]!.text) && !ORG_FIRST.has(before[0]!.text) && (usualCase(before[0]!.text) ?? 'capital') === 'capital') return null;
  // "Quanta Securities Co Ltd of Norland", "Bright Marks Inc of Pella": "Inc" and "Ltd" end a firm's name, and
  // what follows "of" says where it is; "Corp" and "Co" may go on ("Power Corp of Norland", "Tin Company of Zorbia").
  if (connector === 'of' && LEGAL_FORMS.test(before.at(-1)!.text) && !FIRM_NAME_GOES_ON.test(before.at(-1)!.text)) return null;
  if (connector === 'of' && saysWhereNameIs(before.at(-1)!, after)) return null;
  if (PARTICLES_ALSO_ENGLISH.has(connector) && ['Plural', 'Person', 'Pronoun'].some((x) => before.at(-1)!.tags.has(x))) return null;
  if (NAME_PARTICLES.has(connector)) return 'binds';
  if (!WEAK_CONNECTORS.has(connector)) return 'joins';
  // "Trinidad and Tobago", "Bosnia and Herzegovina": a country the shipped list names with its "and" is one place.
  if (shippedGazetteers().entries.get([...before.map((t) => t.text), connector, ...after.map((t) => t.text)].map(gazetteerKey).join(' '))?.includes('COUNTRY')) return 'binds';
  if (secondBody(before, after)) return null;
  // "Tom B. Crane and Co Inc", "Penrik Brothers and Company", "Joseph Orvel and Sons", "Vell-Harrow and Associates": a
  // partnership's "and Co" or the word that ends a firm named for its founders (lexicon's FIRM_NAME_ENDS) ends its name;
  // after a legal form "and" starts the next firm ("Quill Harrow and Co Inc and Vell Brothers Inc").
  if (LEGAL_FORMS.test(before.at(-1)!.text)) return null;
  if (LEGAL_FORMS.test(next) || FIRM_NAME_ENDS.has(next)) return 'binds';
  if (before.length === 1 && initialsJoined(before[0]!.text, next)) return 'binds';
  const last = before.at(-1)!.text;
  // "Pella Trust and Savings Bank" is one name; "Quill Harrow International and Norska Miro Bank PLC" is two:
  // after "and", a proper name with its own legal form is a firm of its own.
  if (tradesJoined(before, after)) return 'binds';
  if (regionsJoined(before, after)) return 'binds';
  // "General Agreement on Tariffs and Trade", "Conference on Trade and Development": two common words joined by "and"
  // are one subject after a head's "on".
  if (before.some((t) => HEAD_CONNECTORS.has(t.text)) && isCommonWord(before.at(-1)!) && after.length === 1 && isCommonWord(after[0]!)) return 'joins';
  const proper = (t: Token) => !isCommonWord(t) && !LEGAL_FORMS.test(t.text) && !ORG_HEADS.has(t.text);
  // Right after a head, "and" joins the trades of one body ("Securities and Exchange Commission", "Oil and Gas"); a
  // proper name after it is a second body ("Deutsche Bank and Citigroup", "General Motors and Toyota").
  if (ORG_HEADS.has(last)) return after.some(proper) ? null : 'joins';
  if (ORG_FIRST.has(before[0]!.text)) return LEGAL_FORMS.test(after.at(-1)!.text) && after.some(proper) ? null : 'joins';
  // Where no rule knows, the joiner learnt from training text decides, and joins only where it is sure ("Danish
  // Department of Enterprise and Employment", "Danish Council for Security and Cooperation"; src/extract/joiner.ts).
  return joinsByModel(before, after) ? 'joins' : null;
}

/**
 * "Quarrel of France", "Orvel Rionda of New York": after a word news writes capitalised (the case table) that is no
 * head noun, legal form or person noun (WordNet's, "Duke of …", "King of …"), "of" and a country or city compromise
 * knows (or the shipped country list) say where the firm or the person named before it is; they are not one name with
 * it. In CoNLL-2003 eng.train, of a name's word of that kind before "of" and such a place, 65 are two names and 1 one
 * (an organisation's: 11 to 1, the one a market's name cut at its possessive here anyway); a head noun before
 * "of" ("Bank of Finland", "Republic of Ireland") makes one name 40 times in 50, and stays joined.
 */
function saysWhereNameIs(last: Token, after: Token[]): boolean {
  const word = last.text.replace(/\.$/, '');
  if ([ORG_HEADS, PLACE_HEADS, OTHER_HEADS, TITLE_HEADS, SUBJECT_HEADS, NEWSPAPER_HEADS].some((heads) => heads.has(word)) || LEGAL_FORMS.test(last.text) || isPersonNoun(word)) return false;
  // A building's or a natural feature's head ("Palace of …", WordNet's, STRUCTURE_HEADS) opens a place's own name.
  if (STRUCTURE_HEADS.has(word.toLowerCase())) return false;
  if ((usualCase(word) ?? 'capital') !== 'capital' || isAcronym(word) || COMPASS_POINTS.has(word)) return false;
  return after.length > 0 && namesAPlaceWhole(after.map((t) => t.text).join(' '));
}

/** Every word of the name is a place's by compromise's lexicon ("New York", not "America Securities"), or it is a listed country. */
function namesAPlaceWhole(name: string): boolean {
  if (gazetteerEntry(name.split(' ')).includes('COUNTRY')) return true;
  return taggedTerms(name).every((t) => ['Place', 'Country', 'City', 'Region'].some((x) => t.tags.includes(x)));
}

/** The words of a run parted at an "and" that starts a second body (`secondBody`); the run alone where none does. */
function partsAtSecondBody(words: Token[]): Token[][] {
  const k = words.findIndex((t, n) => n > 0 && n < words.length - 1 && WEAK_CONNECTORS.has(t.text) && secondBody(words.slice(0, n), words.slice(n + 1)));
  return k < 0 ? [words] : [words.slice(0, k), words.slice(k + 1)];
}

/**
 * "Bank of Pella and Bank of Orlin", "Royal Bank and National Bank", "House and Senate": after a body's name, "and"
 * before a word that opens bodies' names, before a name ending in the same head, or between a legislature's two
 * chambers starts a second body. (The trades of one body stay joined: "Department of Trade and Industry", "Pella
 * Trust and Savings Bank".)
 */
function secondBody(before: Token[], after: Token[]): boolean {
  const first = before[0]!.text;
  const last = before.at(-1)!.text;
  if (CHAMBERS.has(first) && CHAMBERS.has(after[0]!.text) && first !== after[0]!.text) return true;
  const body = ORG_FIRST.has(first) || before.some((t) => ORG_HEADS.has(t.text));
  return body && (ORG_FIRST.has(after[0]!.text) || (ORG_HEADS.has(last) && after.at(-1)!.text === last && after.length > 1));
}

/**
 * "Q and Q Snack Foods Corp", "AT and T", "H and R Block": a lone capital letter names no one by itself, so letters
 * joined by "and" are one name ("US and UK", two letters on each side, stay two). So are two founders' initials with
 * their periods ("Q. and R. Vellmark Plc"); "U.S. and U.K." (two letters each) stay two.
 */
function initialsJoined(before: string, after: string): boolean {
  const short = (w: string) => /^\p{Lu}{1,2}$/u.test(w);
  if (INITIAL.test(before) && INITIAL.test(after)) return true;
  return short(before) && short(after) && Math.min(before.length, after.length) === 1;
}

/**
 * "Norland Telephone and Telegraph Co", "Zorbia Mortgage and Housing Corp", "Pella Mining and Manufacturing Co":
 * a firm named after its trades joins two common words (as the case table learnt from news writes them) with "and",
 * and ends in a legal form or a head noun. Either every word after "and" is a common word, or the words before it
 * name no one by themselves (a place or nationality and common words) and one word follows it. "Apple and Intel
 * Corp" and "Quanta Securities and Miro Vell Inc" stay two.
 */
function tradesJoined(before: Token[], after: Token[]): boolean {
  const ending = after.findIndex((t, k) => k > 0 && (LEGAL_FORMS.test(t.text) || ORG_HEADS.has(t.text)));
  if (ending < 1 || !isCommonWord(before.at(-1)!)) return false;
  const trades = after.slice(0, ending);
  // A trade may be a body's head word news writes capitalised ("Telephone and Telegraph Co", "Bank and Trust Co").
  if (trades.every((t) => isCommonWord(t) || ORG_HEADS.has(t.text))) return true;
  const [first, ...rest] = before;
  const describes = ['Place', 'Country', 'Demonym'].some((x) => lexiconTags(first!.text).has(x));
  return trades.length === 1 && rest.length > 0 && describes && rest.every(isCommonWord) && !isAcronym(trades[0]!.text);
}

/**
 * "Great Northern and Western Tea Co", "Eastern and Pacific Gas Corp": a firm named after the regions it serves joins
 * two proper adjectives (compromise's Adjective, capitalised in the case table) with "and", and goes on in common
 * words to a legal form. A proper adjective names no firm by itself, so neither side is a name alone; nouns of places
 * ("Mexico and Texas Instruments Inc") stay two.
 */
function regionsJoined(before: Token[], after: Token[]): boolean {
  const properAdjective = (t: Token) => usualCase(t.text) === 'capital' && lexiconTags(t.text).has('Adjective') && !lexiconTags(t.text).has('Noun');
  const ending = after.findIndex((t, k) => k > 1 && LEGAL_FORMS.test(t.text));
  return ending > 1 && properAdjective(before.at(-1)!) && properAdjective(after[0]!) && after.slice(1, ending).every(isCommonWord);
}

/** A word news mostly writes in lower case, capitalised here inside a name ("Telephone", "Savings"): the case table. */
function isCommonWord(t: Token): boolean {
  if (isAcronym(t.text) || FUNCTION_WORDS.has(t.text)) return false;
  const kind = usualCase(t.text);
  return kind === 'lower' || kind === 'mixed';
}

/** The capitalised words from tokens[k] up to the first break or word that is not a name's. */
function nameWordsFrom(text: string, tokens: Token[], k: number): Token[] {
  const words: Token[] = [];
  for (let n = k; n < tokens.length && isNameWord(tokens[n]!); n++) {
    if (words.length && (breakBetween(text, tokens[n - 1]!, tokens[n]!) || tokens[n - 1]!.possessive)) break;
    words.push(tokens[n]!);
  }
  return words;
}

function isNameWord(t: Token): boolean {
  if (!isCapitalised(t.text)) return false;
  // compromise reads the phrase: "May" in "Theresa May" is tagged a person, alone ("in May") a month.
  if (t.tags.has('Person') && !t.tags.has('Date')) return true;
  return !NEVER_NAMES.has(t.text) && !t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('WeekDay');
}

function startsName(text: string, sentence: Sentence, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (opensPaperName(text, tokens, i) || sheetInitial(sentence, t)) return true;
  // A function word opening its sentence opens no name (`functionWordOpener`, asked again below for one inside it)
  // unless a brand's shape says so, whatever compromise makes of it; asked first, this spares a parse of the
  // sentence's first two words for the tags of "It" in "It hopes" (29% of the phrases entity extraction tagged on 200
  // BBC stories; session 36, speed46).
  if (functionWordOpener(text, sentence, tokens, i) && sentenceInitial(text, sentence, t) && !isLowerInitialBrand(t.text)) return false;
  if (!isNameWord(t) || prefixedOrdinaryWord(t.text) || slashedLetter(text, t)) return false;
  // A brand's shape ("iTunes", "eBay") is no ordinary word's, wherever it stands: compromise reads "iTunes" as a verb.
  if (isLowerInitialBrand(t.text)) return true;
  if (i > 0 && recasedAfterInitials(text, tokens, i - 1, i)) return false;
  // "Last June Grewcock was banned": a month after "last", "next" or "this" is the date, not a first name.
  if (NEVER_NAMES.has(t.text) && /^(?:last|next|this)$/i.test(tokens[i - 1]?.text ?? '')) return false;
  if (functionWordOpener(text, sentence, tokens, i) && !(t.tags.has('ProperNoun') && !sentenceInitial(text, sentence, t))) return false;
  if (sentenceInitial(text, sentence, t) && !opensPartnersName(text, tokens, i)) {
    // A capitalised first word is a name only if compromise knows it as one, or it cannot be an ordinary word.
    const ordinary = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'QuestionWord'].some((x) => t.tags.has(x));
    const known = ['Person', 'Place', 'Organization', 'ProperNoun', 'FirstName', 'Country', 'City'].some((x) => t.tags.has(x));
    if (ordinary && !known) return false;
    if (!known && t.tags.has('Adjective') && !isNameWord(tokens[i + 1] ?? t)) return false;
  }
  return true;
}

/** A function word that opens no name here: neither a count before a name (`opensWithOrdinal`: "Six Nations") nor a title's first word (`opensTitle`: "the album My World"). */
function functionWordOpener(text: string, sentence: Sentence, tokens: Token[], i: number): boolean {
  return FUNCTION_WORDS.has(tokens[i]!.text) && !opensWithOrdinal(text, sentence, [tokens[i], tokens[i + 1]]) && !opensTitle(text, tokens, i);
}

/** "N/A", "N / A" in a table: one letter and a slash before another is an abbreviation ("not available"), no name. */
function slashedLetter(text: string, t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text) && /^ ?\/ ?\p{L}(?![\p{L}\p{N}])/u.test(text.slice(t.end, t.end + 6));
}

/** "A Penrik" in a team sheet: the letter is the player's initial, not the article "A". */
function sheetInitial(sentence: Sentence, t: Token): boolean {
  if (!/^\p{Lu}$/u.test(t.text)) return false;
  const at = t.start - sentence.start;
  return teamSheetItems(sentence.text).some(([from, to]) => from === at && to > at + 1);
}

/**
 * "the Sunday Times", "told the Sunday Telegraph", "Scotland's Sunday Herald": a weekday between "the" (or a possessive)
 * and a newspaper's head word opens the paper's name; it is no date there ("on Sunday the Times said" has no "the"
 * before the weekday). Without it the paper was read as "Times", another paper's name.
 */
function opensPaperName(text: string, tokens: Token[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (!prev || !next || !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(t.text) || !NEWSPAPER_HEADS.has(next.text)) return false;
  const determined = prev.possessive ? /^['’]s? $/.test(text.slice(prev.end, t.start)) : /^the$/i.test(prev.text) && text.slice(prev.end, t.start) === ' ';
  return determined && text.slice(t.end, next.start) === ' ';
}

/** "Third World", "First Boston Corp", "the Second World War", "Six Nations": a capitalised ordinal or number inside a sentence opens the name after it. */
function opensWithOrdinal(text: string, sentence: Sentence, [first, next]: (Token | undefined)[]): boolean {
  if (!first || !next || !isNameWord(next) || breakBetween(text, first, next) || sentenceInitial(text, sentence, first)) return false;
  // A count before a place counts things of that place ("Three London markets", after a dateline): no name.
  return NAME_ORDINALS.has(first.text) || (NAME_NUMBERS.has(first.text) && !isPlaceWord(next.text));
}

/**
 * "his song Here We Stand Again", "the album My World", "Eminem's Like Toy Soldiers": a function word that news writes in
 * lower case (the case table), written with a capital inside a sentence right after a word in lower case or a
 * possessive and right before a capitalised word, is capitalised as the first word of a title: it opens the name.
 * "I" and "A" (capitalised everywhere, and "A" an initial of a team sheet) are no evidence; nor is a word after a
 * quote, colon or bracket, where a quoted sentence opens ("he said: \"Like Kevin I…\""), nor after an abbreviation's
 * period. "The" stays the rules' of "The Hague" (compromise's place reading).
 */
function opensTitle(text: string, tokens: Token[], k: number): boolean {
  const [prev, t, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!prev || !t || !next || t.text === 'The' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !FUNCTION_WORDS.has(t.text) || usualCase(t.text) !== 'lower') return false;
  const afterPrev = text.slice(prev.end, t.start);
  const joined = prev.possessive ? /^['’]s? $/.test(afterPrev) : afterPrev === ' ' && /^\p{Ll}/u.test(prev.text);
  return joined && text.slice(t.end, next.start) === ' ' && isNameWord(next);
}

function sentenceInitial(text: string, sentence: Sentence, t: Token): boolean {
  return /^[\s"“‘'([—–-]*$/.test(text.slice(sentence.start, t.start));
}

/** The token opens its sentence, or the news after the sentence's dateline ("NEW YORK, April 9 - Shares of …"). */
function opensTheNews(text: string, sentence: Sentence, t: Token): boolean {
  const from = sentence.start + datelineLength(sentence.text);
  return sentenceInitial(text, sentence, t) || (t.start >= from && /^[\s"“‘'([—–-]*$/.test(text.slice(from, t.start)));
}

/** Punctuation between two tokens ends a name (commas, quotes, brackets, dashes, sentence marks). */
function breakBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return !/^\s*$/.test(gap.replace(/^['’]s?/, '')) || gap.includes('\n');
}

/**
 * "Apple CEO Steve Jobs": a name, then a title, then a person. The leading name is the person's organisation
 * (or country) and becomes a candidate of its own; the rest goes on to title stripping.
 */
function splitTitledRun(text: string, sentence: Sentence, all: Token[], startIndex: number, run: Token[]): Candidate[] {
  const glued = personAfterFirm(text, run);
  if (glued > 0) {
    const firm = cleanRun(text, sentence, all, startIndex, run.slice(0, glued), 'employer');
    const person = cleanRun(text, sentence, all, startIndex + glued, run.slice(glued), 'officer');
    return [firm, person && { ...person, officer: true as const }].filter((c): c is Candidate => !!c);
  }
  const isTitleWord = (t: Token) => TITLE_HEADS.has(t.text.replace(/\.$/, '')) || TITLE_MODIFIERS.has(t.text);
  const firstTitle = run.findIndex(isTitleWord);
  if (firstTitle > 0 && run.slice(firstTitle).some((t) => TITLE_HEADS.has(t.text.replace(/\.$/, ''))) && !TITLE_MODIFIERS.has(run[0]!.text)) {
    let end = firstTitle;
    while (end < run.length && isTitleWord(run[end]!)) end++;
    const lastTitle = run[end - 1]!.text.replace(/\.$/, '');
    if (end < run.length && TITLE_HEADS.has(lastTitle) && !ORG_HEADS.has(run[firstTitle - 1]!.text) && !onlyHeads(run.slice(end))) {
      const prefix = cleanRun(text, sentence, all, startIndex, run.slice(0, firstTitle), 'employer');
      const rest = cleanRun(text, sentence, all, startIndex + firstTitle, run.slice(firstTitle));
      return [prefix, rest].filter((c): c is Candidate => c !== null);
    }
  }
  const c = cleanRun(text, sentence, all, startIndex, run);
  return c ? [c] : [];
}

/** The most words of a person's name `personAfterFirm` parts from a firm's: a first name, an initial, a surname. */
const GLUED_PERSON_WORDS = 3;

/**
 * "Zorvex Group Harlan T. Quimbey, chairman, said": a firm's name ending in its head or legal form ("Group", "Inc"),
 * written straight before a person's (a first name, the gazetteers' or compromise's, then an initial or a surname, up
 * to `GLUED_PERSON_WORDS` words) whom an apposition after a comma gives a post (", chairman", ", vice president",
 * TITLE_HEADS or TITLE_MODIFIERS in lower case) is two names: the firm, and its officer. The index in `run` where
 * the person's name starts, or 0. In CoNLL eng.train no organisation runs on past its head word into a first name
 * before such an apposition (15 organisations continue past a head before a comma and a word in lower case; none so).
 */
function personAfterFirm(text: string, run: Token[]): number {
  const k = run.length - GLUED_PERSON_WORDS <= 0 ? -1 : run.findIndex((t, n) => n > 0 && n >= run.length - GLUED_PERSON_WORDS && n <= run.length - 2 && opensPersonName(t));
  if (k <= 0) return 0;
  const head = run[k - 1]!;
  if (head.possessive || !(ORG_HEADS.has(head.text) || LEGAL_FORMS.test(head.text))) return 0;
  const person = run.slice(k);
  if (!person.every((t) => isNameWord(t) && !t.possessive && !LEGAL_FORMS.test(t.text) && !ORG_HEADS.has(t.text) && !PLACE_HEADS.has(t.text))) return 0;
  const post = /^\s*,\s*(\p{Ll}+)/u.exec(text.slice(run.at(-1)!.end))?.[1];
  const titled = (w: string) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
  return post && titled(post[0]!.toUpperCase() + post.slice(1)) ? k : 0;
}

/** A first name (compromise's lexicon or the gazetteers' first names) opening a person's name. */
const opensPersonName = (t: Token) => isCapitalised(t.text) && (t.tags.has('FirstName') || (shippedGazetteers().entries.get(gazetteerKey(t.text))?.includes('FIRST') ?? false));

/**
 * Words after a title inside a run are the rest of a firm's or a thing's name only when they are its head words
 * ("Zorblax General Corp", "Criminal Justice Act", "Farben Detective Agency Inc"); a run with a name word there is a
 * place or firm, then a name with a title ("U.S. General Electric Co": "U.S." and "General Electric Co").
 */
function onlyHeads(words: Token[]): boolean {
  return words.every(isHeadWord);
}

/** A firm's, a body's or a thing's head word, or a legal form ("Corp", "Act", "Agency", "Inc."). */
function isHeadWord(t: Token): boolean {
  const w = t.text.replace(/\.$/, '');
  return ORG_HEADS.has(w) || OTHER_HEADS.has(w) || LEGAL_FORMS.test(w);
}

/**
 * Words after a title head that end in a firm's, a body's or a thing's head ("Zorblax General Corp", "Criminal Justice
 * Act", "Farben Detective Agency Inc") name that firm or thing, not a person the title is said of: "General",
 * "Justice", "Detective" are words of its name there. Opened by a word that opens organisations ("Court of Appeal").
 */
function namesAThing(words: Token[]): boolean {
  return isHeadWord(words.at(-1)!) || ORG_FIRST.has(words[0]!.text);
}

const isPortfolioWord = (t: Token | undefined) => !!t && TITLE_MODIFIERS.has(t.text) && !isAcronym(t.text);
const isPortfolioLink = (t: Token | undefined) => t?.text === 'of' || t?.text === 'for';

/**
 * Where a title's portfolio ends: "of" or "for" (perhaps "the") and the words a title takes, from tokens[from]
 * ("Secretary of State Ivo Penrik", "Minister of State for Trade Ann Crane", "Chancellor of the Exchequer Tom
 * Lorvan"), so that the name after it is not read as "State Ivo Penrik"; `from` itself when no portfolio follows.
 * `opened`: the title's "of" or "for" came before tokens[from] (a run the tagger cut there: "Finance Bob Lane").
 */
function portfolioEnd(tokens: Token[], from: number, opened = false): number {
  let k = from;
  if (opened) while (isPortfolioWord(tokens[k])) k++;
  while ((k > from || !opened) && isPortfolioLink(tokens[k])) {
    const word = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
    if (!isPortfolioWord(tokens[word])) break;
    k = word + 1;
    while (isPortfolioWord(tokens[k])) k++;
  }
  return k;
}

/**
 * The title head a word is ("President"), or one typing slip off (a letter added, dropped, changed or two swapped)
 * from a title head of seven letters or more, when the word itself is none news knows (the case table, the shipped
 * lists): "Preesident Vorbeck" is President Vorbeck. Shorter heads ("Mayor", "Judge") are too near real names.
 */
function titleHead(word: string): string | undefined {
  if (TITLE_HEADS.has(word)) return word;
  if (word.length < 7 || !/^\p{Lu}\p{Ll}+$/u.test(word) || usualCase(word) !== undefined || shippedGazetteers().entries.has(gazetteerKey(word))) return undefined;
  return LONG_TITLE_HEADS.find((h) => Math.abs(h.length - word.length) <= 1 && editDistance(word, h, true) === 1);
}

/** The title heads a slip is read against (titleHead), in a fixed order. */
const LONG_TITLE_HEADS = [...TITLE_HEADS].filter((h) => h.length >= 7 && /^\p{Lu}\p{Ll}+$/u.test(h)).sort();

/** Whether all[at] comes right after a title and its portfolio's "of" or "for": "Minister of | Finance Bob Lane". */
function followsTitlePortfolio(all: Token[], at: number): boolean {
  let j = at - 1;
  if (all[j]?.text === 'the') j--;
  if (!isPortfolioLink(all[j])) return false;
  j--;
  while (j >= 0 && (isPortfolioWord(all[j]) || isPortfolioLink(all[j]) || all[j]!.text === 'the') && !TITLE_HEADS.has(all[j]!.text)) j--;
  return j >= 0 && TITLE_HEADS.has(all[j]!.text.replace(/\.$/, ''));
}

function cleanRun(text: string, sentence: Sentence, all: Token[], startIndex: number, run: Token[], role?: 'employer' | 'officer' | 'marked'): Candidate | null {
  let tokens = run;
  let titleStripped = false;
  // An officer's firm written straight before the name (`personAfterFirm`) is no cue before it ("Group" is no "group X").
  const before = role === 'officer' ? undefined : all[startIndex - 1];
  const before2 = role === 'officer' ? undefined : all[startIndex - 2];
  const after = all[startIndex + run.length];
  const after2 = all[startIndex + run.length + 1];

  // A name the archive marks whole (`joinMarkedWhole`) keeps its words: nothing is stripped but an opening "The".
  const asWritten = role === 'marked';
  // Strip a title: everything up to the last title head, when a name follows it.
  let titleAt = -1;
  let head = '';
  for (let k = 0; k < (asWritten ? 0 : tokens.length - 1); k++) {
    const w = titleHead(tokens[k]!.text.replace(/\.$/, ''));
    if (w && tokens.slice(0, k).every((x) => TITLE_MODIFIERS.has(x.text) || TITLE_HEADS.has(x.text) || isNameWord(x))) [titleAt, head] = [k, w];
  }
  if (titleAt >= 0) {
    const portfolio = portfolioEnd(tokens, titleAt + 1);
    // "Secretary of State for Culture": a title, no one's name.
    if (portfolio > titleAt + 1 && portfolio === tokens.length) return null;
    const rest = tokens.slice(portfolio);
    const personLike = rest.some((x) => x.tags.has('Person') || x.tags.has('FirstName') || x.tags.has('LastName')) || unseenFirstWord(rest);
    // "Vice Chairman of Quanta Inc.": a title joined by "of" to a firm is the title of someone at the firm; the firm
    // is the name. (After the title itself, the firm's words are its name: "Grocers General Corp".)
    const restIsOrg = namesAThing(rest) && rest[0]!.text !== 'of';
    // "Executive Vice President of First Federal Thrift Bank of Pella": a word a portfolio takes ("First",
    // "Federal") that opens a body's name ending in its head word belongs to the body, which is the name.
    if (restIsOrg && portfolio > titleAt + 1) tokens = tokens.slice(titleAt + 1);
    else if (!restIsOrg && (!AMBIGUOUS_TITLE_HEADS.has(head) || (rest.length >= 2 && personLike) || titleAt > 0)) {
      tokens = rest;
      // "MP for Hornsey", "Minister for Defence Procurement": what follows "for" is a seat or a portfolio, no person's
      // name; "Prince of Wales", "Archbishop of Canterbury" do name a person by the title.
      titleStripped = rest[0]!.text !== 'for';
    }
  }
  if (!asWritten && !titleStripped && followsTitlePortfolio(all, startIndex)) {
    const portfolio = portfolioEnd(tokens, 0, true);
    if (portfolio === tokens.length) return null;
    if (portfolio > 0) {
      tokens = tokens.slice(portfolio);
      titleStripped = true;
    }
  }
  if (asWritten) tokens = tokens.length > 1 && tokens[0]!.text === 'The' ? tokens.slice(1) : tokens;
  else tokens = withoutPartyMember(text, withoutTrailingTitle(tokens));
  // "Conservative Michael Fallon", "New Zealander Graham Henry", "Lock Alec Parker": what the person is, said before
  // the person's first name and surname, is no part of the name.
  const described = asWritten ? 0 : describedPerson(tokens, tokens[0] === run[0] ? before : undefined);
  if (described > 0) {
    tokens = tokens.slice(described);
    titleStripped = true;
  }
  // "New York-based Brookehill Partners", "Asher Edelman-led Plaza Group": the words up to a describing compound
  // describe the name after it; that is the name. (A compound that ends the run is left whole to the page rules.)
  const compound = tokens.slice(0, -1).map((t, k) => (k === 0 ? describingCompound(t.text) : describingParticiple(t.text))).lastIndexOf(true);
  if (compound >= 0 && !asWritten) tokens = tokens.slice(compound + 1);
  // Leading function words ("The Hague" keeps its "The" only when compromise calls it a place) and trailing connectors.
  // A particle after a title is the surname's own ("Mr van Rompuy", "President de Gaulle").
  const ownParticle = (t: Token[]) => titleStripped && t.length > 1 && NAME_PARTICLES.has(t[0]!.text);
  // "Former Conservative leader X": a word for when someone held a post, capitalised for the sentence, is no name's.
  if (!asWritten && tokens.length > 1 && TENURE_MODIFIERS.has(tokens[0]!.text) && sentenceInitial(text, sentence, tokens[0]!)) tokens = tokens.slice(1);
  while (!asWritten && tokens.length && ((FUNCTION_WORDS.has(tokens[0]!.text) && !sheetInitial(sentence, tokens[0]!) && !opensWithOrdinal(text, sentence, tokens) && !opensTitle(text, all, all.indexOf(tokens[0]!))) || (CONNECTORS.has(tokens[0]!.text) && !ownParticle(tokens)))) tokens = tokens.slice(1);
  // "the Orlin Daily Press and The Pella-Courier" read by the tagger up to "The": an article after a connector opens the
  // next name, it ends none.
  while (!asWritten && tokens.length && (CONNECTORS.has(tokens.at(-1)!.text) || (tokens.at(-1)!.text === 'The' && tokens.length > 1 && CONNECTORS.has(tokens.at(-2)!.text)))) tokens = tokens.slice(0, -1);
  if (!tokens.length) return null;
  if (tokens.length === 1 && isLoneTitle(tokens[0]!.text)) return null;
  if (tokens.every((t) => /^\p{N}/u.test(t.text))) return null;
  if (!isProperName(tokens)) return null;

  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  const start = first.start;
  const end = last.end;
  let name = text.slice(start, end);
  let datelineCaps = false;
  if (tokens.every((t) => isAcronym(t.text) || !/\p{Ll}/u.test(t.text)) && (tokens.some((t) => t.text.replace(/\W/g, '').length > 5) || shoutedPlace(sentence, tokens))) {
    // An all-caps dateline word ("WASHINGTON –") is a name written in capitals, not an acronym.
    name = titleCase(name);
    datelineCaps = tokens.length === 1 && /^\s*[-–—]/.test(text.slice(end, end + 3));
  }
  const state = usStateAfterCity(text, tokens, before);
  const { evidence, heads, structure } = weighRun(text, tokens, { before, before2, after, after2 }, {
    titleStripped, datelineCaps, usState: state !== undefined, employer: role === 'employer', ampersand: name.includes(' & '), workTitle: false, marked: role === 'marked',
    foundersInitials: FOUNDERS_INITIALS.test(name),
    teamSheet: teamSheetItems(sentence.text).some(([from, to]) => start - sentence.start >= from && end - sentence.start <= to),
  });

  const withoutOpener = openerOnly(text, sentence, tokens) ? cleanRun(text, sentence, all, all.indexOf(tokens[1]!), tokens.slice(1)) : null;
  // Only where it modifies the common noun after it ("Human rights", "Security forces"); "Jobs said" stays a name.
  const initial = tokens.length === 1 && opensTheNews(text, sentence, first) && !!after && !breakBetween(text, last, after) && /^\p{Ll}/u.test(after.text) && (after.tags.has('Noun') || after.tags.has('Adjective')) && !after.tags.has('Verb');
  return { paragraph: sentence.paragraph, sentence: sentence.index, start, end, text: name, tokens, evidence, rules: { ...evidence }, ...(heads ? { heads } : {}), ...(structure ? { structure } : {}), ...(initial ? { initial } : {}), ...(withoutOpener ? { withoutOpener } : {}), ...(state ? { state } : {}) };
}

/** "Malvern, Pa.", "NEWTON, Mass., April 8 -": one word after a capitalised word and a comma that abbreviates a U.S. state. */
function usStateAfterCity(text: string, tokens: Token[], before: Token | undefined): string | undefined {
  if (tokens.length !== 1 || !before || !isCapitalised(before.text) || !/^ ?, $/.test(text.slice(before.end, tokens[0]!.start))) return undefined;
  return stateNamed(tokens[0]!.text);
}

/** The tokens around a name: the two before and the two after it. */
interface Around {
  before?: Token;
  before2?: Token;
  after?: Token;
  after2?: Token;
}

/** The evidence rules' weights for a name's tokens, read with the words around them (evidence.ts). */
function weighRun(text: string, tokens: Token[], { before, before2, after, after2 }: Around, flags: Pick<RunView, 'titleStripped' | 'datelineCaps' | 'usState' | 'employer' | 'ampersand' | 'teamSheet' | 'workTitle' | 'marked' | 'foundersInitials'>): { evidence: Evidence; heads: number; structure: number } {
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && !breakBetween(text, a, b);
  return weighEvidenceWithHeads({
    tokens, words: tokens.map((t) => t.text), first, last, head: last.text.replace(/\.$/, ''), before, after, after2,
    prev: before && !before.possessive ? before.text.toLowerCase() : '', prevPrev: before2?.text.toLowerCase() ?? '',
    next: after?.text.toLowerCase() ?? '', nextNext: after2?.text.toLowerCase() ?? '',
    joinedBefore: touching(before, first), joinedAfter: touching(last, after), afterJoinedNext: touching(after, after2),
    withItsS: /['’]s$/.test(last.text), ...flags,
  });
}

/**
 * "Standard and Poor's cut…": a sentence's first word, which the rules drop when it is an ordinary word ("Standard",
 * "Health") and the tagger reads as none, is kept where it opens a pair news writes as one name of two partners (the
 * learnt table, partner-names.ts) and the article writes neither word alone, for `joinPartners` to join with its
 * partner: inside a sentence the pair is read whole, at its start only the partner was ("Poor"). Not joined, it goes.
 */
function partnersOpener(text: string, sentence: Sentence, tokens: Token[], body: string): Candidate | null {
  // The news opens after a dateline too ("PELLA, May 5 - Standard and Vellmark's put …"), where the same holds.
  const from = sentence.start + datelineLength(sentence.text);
  const k = tokens.findIndex((t) => t.start >= from);
  if (k < 0 || !opensTheNews(text, sentence, tokens[k]!)) return null;
  const [t, and, partner] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!t || !and || !partner || !opensPartnersName(text, tokens, k)) return null;
  if (timesWritten(body, t.text) !== timesWritten(body, `${t.text} and ${partner.text}`)) return null;
  const { evidence } = weighRun(text, [t], { after: and, after2: partner }, {
    titleStripped: false, datelineCaps: false, usState: false, employer: false, ampersand: false, teamSheet: false,
  });
  return { paragraph: sentence.paragraph, sentence: sentence.index, start: t.start, end: t.end, text: t.text, tokens: [t], evidence, rules: { ...evidence }, partnersOpener: true };
}

/**
 * The word opens a pair news writes as one name of two partners (partner-names.ts): "Standard" of "Standard and Poor's
 * Corp". At a sentence's start it may begin a name though it is an ordinary word, as it does inside a sentence.
 */
function opensPartnersName(text: string, tokens: Token[], i: number): boolean {
  const [t, partner] = [tokens[i]!, tokens[i + 2]];
  if (!partner || t.possessive || !isCapitalised(t.text) || text.slice(t.end, partner.start) !== ' and ' || !isNameWord(partner)) return false;
  return namedAsPartners(t.text, partner.text.replace(/['’]s$/, ''));
}

/**
 * "ST. LOUIS, April 9 -", "THE HAGUE, April 9 -", "OAK BROOK, Ill., April 9 -": the city a dateline opens with is one
 * place, however its words read alone (a saint's abbreviation, "The", common words in capitals).
 */
function datelineCity(text: string, sentence: Sentence, tokens: Token[]): Candidate | null {
  const span = datelineCitySpan(sentence.text);
  if (!span) return null;
  const run = tokens.filter((t) => t.start >= sentence.start + span.start && t.end <= sentence.start + span.end);
  if (!run.length) return null;
  const [first, last] = [run[0]!, run.at(-1)!];
  const next = tokens.indexOf(last) + 1;
  const written = text.slice(first.start, last.end);
  const name = run.every((t) => keepsCapitals(t.text)) ? written : titleCase(written);
  const { evidence } = weighRun(text, run, { after: tokens[next], after2: tokens[next + 1] }, {
    titleStripped: false, datelineCaps: true, usState: false, employer: false, ampersand: false, teamSheet: false,
  });
  return { paragraph: sentence.paragraph, sentence: sentence.index, start: first.start, end: last.end, text: name, tokens: run, evidence, rules: { ...evidence }, bound: true, dateline: true };
}

/**
 * "HONG KONG, April 9 -", "NEW DELHI": a dateline writes its place in capitals, however short its words; it is
 * written as a name unless news keeps every word in capitals or abbreviates it ("N.J.", "NJ").
 */
function shoutedPlace(sentence: Sentence, tokens: Token[]): boolean {
  if (tokens.at(-1)!.end - sentence.start > datelineLength(sentence.text)) return false;
  if (tokens.length === 1 && tokens[0]!.text.length < 3) return false;
  return tokens.every((t) => /^\p{Lu}+$/u.test(t.text)) && !tokens.every((t) => keepsCapitals(t.text));
}

/**
 * "Comedy Fat Albert opened…": a sentence's first word that news almost always writes in lower case (the case table
 * learnt from unlabeled news, ner/words.ts) is capitalised for the sentence, not for the name after it. Words that
 * open names of organisations ("Bank of…") or titles are left to the rules that read them.
 */
function openerOnly(text: string, sentence: Sentence, tokens: Token[]): boolean {
  const [first, second, third] = tokens;
  if (!first || !second || first.possessive) return false;
  // "Losses for Volkswagen AG", "Shares of Zorbix", after a dateline too: a plural opener joined to the name by a
  // connector ("Campaign for Nuclear Disarmament" keeps its first word).
  if (/\p{Ll}s$/u.test(first.text) && (second.text === 'of' || second.text === 'for') && third && isNameWord(third)) {
    return opensTheNews(text, sentence, first) && usualCase(first.text) === 'lower';
  }
  if (!sentenceInitial(text, sentence, first) || !isNameWord(second)) return false;
  if (ORG_FIRST.has(first.text) || TITLE_HEADS.has(first.text) || TITLE_MODIFIERS.has(first.text) || OTHER_HEADS.has(first.text)) return false;
  const usual = usualCase(first.text);
  // "Singer Pete Doherty", "Golfer Ann Lee": an occupation (compromise's Actor, not also a surname) before a first name
  // and a surname says what the person is; it is not their name.
  if (usual !== 'capital' && second.tags.has('FirstName') && third && isNameWord(third) && !second.possessive) {
    const tags = lexiconTags(first.text);
    if (tags.has('Actor') && !tags.has('Person')) return true;
  }
  return usual === 'lower';
}

/**
 * Whether compromise tags a word alone a Demonym: asked of it only for a word its lexicon lists so
 * (COMPROMISE_DEMONYMS) or one not written as the build checked (letters, lower case after the first); any other
 * word it tags no Demonym, and is not parsed to say so.
 */
const taggedDemonym = (word: string): boolean => (!/^[A-Za-z][a-z]*$/.test(word) || COMPROMISE_DEMONYMS.has(word.toLowerCase())) && lexiconTags(word).has('Demonym');

const isPlaceWord = (w: string) => PLACE_COMPOUND_PREFIXES.has(w) || isAcronym(w) || lexiconTags(w).has('Place');

/** A lone title is no name ("MP", "Ms", "Minister"); "UN", "US" and "EU" modify titles but are names. */
const isLoneTitle = (word: string) => isTitleOnly(word) || (TITLE_MODIFIERS.has(word) && !isAcronym(word));
/** A title head that never modifies another title ("MP", "Ms"; not "Treasury", "Labour", "Army"). */
const isTitleOnly = (word: string) => TITLE_HEADS.has(word) && !TITLE_MODIFIERS.has(word);

/** "MPs", "Labour MPs", "CEOs": the plural of a title written in capitals names a kind of people, no one in particular. */
const isTitlePlural = (word: string) => /s$/.test(word) && isAcronym(word.slice(0, -1)) && TITLE_HEADS.has(word.slice(0, -1));

/** Rejects capitalised runs that are not names: lone head nouns and titles, demonyms, place compounds. */
function isProperName(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text);
  const only = words.length === 1 ? words[0]! : null;
  if (only && (ORG_HEADS.has(only) || PLACE_HEADS.has(only) || OTHER_HEADS.has(only) || FUNCTION_WORDS.has(only))) return false;
  if (isTitlePlural(words.at(-1)!)) return false;
  // "Co Inc", "Ltd": a legal form is said of a name; alone it names nothing.
  if (words.every((w) => LEGAL_FORMS.test(w))) return false;
  if (words.some((w) => TITLE_HEADS.has(w)) && words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))) return false;
  // "Chinese", "North Korean": nationalities describe, they don't name (CoNLL calls them MISC).
  // A lone adjective out of context ("British", "Italian") describes; it does not name.
  if (only && !isAcronym(only)) {
    const lex = lexiconTags(only);
    if (lex.has('Adjective') && !lex.has('Noun') && !lex.has('ProperNoun')) return false;
  }
  if (endsInDemonym(tokens)) return false;
  // "China-US relations", "Sino-US ties": a compound of places used as an adjective.
  if (only && /^\p{Lu}[\p{L}]*-\p{Lu}/u.test(only) && only.split('-').every(isPlaceWord)) return false;
  return true;
}

/** "North Korean", "Indian" (in "the Indian ocean"): a people's adjective describes, unless an organisation owns it. */
function endsInDemonym(tokens: Token[]): boolean {
  const last = tokens.at(-1)!;
  return (last.tags.has('Demonym') || taggedDemonym(last.text)) && !tokens.some((t) => t.tags.has('Organization') && t !== last);
}

/**
 * A people's adjective the tagger alone reads as a name describes too ("the Indian ocean"), but for a country the
 * shipped list names as such ("Philippines", which compromise also reads as a people).
 */
function describesPeople(tokens: Token[]): boolean {
  if (!endsInDemonym(tokens)) return false;
  return !shippedGazetteers().entries.get(gazetteerKey(tokens.map((t) => t.text).join(' ')))?.includes('COUNTRY');
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/ (Of|And|For|The) (?=\S)/g, (w) => w.toLowerCase());
}

// ------------------------------------------------------------------ one name, one type per article

/**
 * The trained tagger (src/extract/ner) reads the sentence as a whole: where it finds a name overlapping a
 * candidate, its type counts as strong evidence. Names it finds that the capitalisation rules missed (sports clubs,
 * one-word companies in all-capital headlines) are added when they start with a capital.
 */
function addTaggerEvidence(found: Candidate[], sentence: Sentence, text: string, tokens: Token[], read: { spans: TaggedSpan[]; words: ReadWord[] }, { standalone, tiedAtAnd, marked, body }: ArticleWriting): void {
  const spans = read.spans.map((s) => ({ ...s, start: s.start + sentence.start, end: s.end + sentence.start }));
  const words = read.words.map((w) => ({ ...w, start: w.start + sentence.start, end: w.end + sentence.start }));
  splitRunsOfMixedKinds(found, spans, text);
  takeTaggerEdges(found, spans, sentence, text, tokens, standalone, body);
  joinFirmsWithItsS(found, spans, sentence, text, tokens);
  joinSpelledOut(found, sentence, text, tokens);
  joinMarkedWhole(found, sentence, text, tokens, marked);
  joinWrittenWhole(found, sentence, text, tokens, tiedAtAnd);
  chooseLongerSpans(found, spans, words, sentence, text, tokens, body);
  joinHeadedBodies(found, sentence, text, tokens);
  joinBracketedFirms(found, sentence, text, tokens);
  addSpanEvidence(found, spans, words, sentence, text, tokens);
  found.sort((a, b) => a.start - b.start);
  joinPartners(found, text, tokens, body);
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.partnersOpener) found.splice(k, 1);
  // The name without its opening word (see `cleanRun`) is read too: it is the one kept when the article never writes
  // that word inside a sentence, and a name with no reading counted as one the tagger never reads as a name.
  for (const c of found.flatMap((x) => (x.withoutOpener ? [x, x.withoutOpener] : [x]))) {
    c.odds = averageOdds(words, c.start, c.end);
    c.span = spanReading(words, text, c.start, c.end);
  }
}

/**
 * Where the tagger reads one capitalised run as names of different kinds ("Ajax Amsterdam" → club, city), the run is
 * split into the tagger's names, unless a word of it the tagger is unsure of, a legal form at its end or a part that
 * names nothing by itself says it is one name (the reasons are given where each is checked).
 */
function splitRunsOfMixedKinds(found: Candidate[], spans: readonly TaggedSpan[], text: string): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    const inside = spans.filter((sp) => sp.start >= c.start && sp.end <= c.end);
    // Only clear readings: two or more spans of different kinds, none of them the tagger's catch-all MISC.
    if (inside.length < 2 || new Set(inside.map((sp) => sp.type)).size < 2 || inside.some((sp) => sp.type === 'other')) continue;
    // Nor where it leaves out a capitalised word of a run with no connector ("Turner Broadcasting System Inc" read as
    // "Turner" and "System Inc"): it is unsure of that word, and the name needs it. A title may go ("Nebraska Gov. Kay
    // Orr"), and so may a word before "of", "for" or "and" ("Reynolds' Portrait of Omai", "Nortel Networks and Motorola").
    const covered = (t: Token) => inside.some((sp) => within(t, sp));
    // Nor is a function word in capitals ("HOUSTON AT PITTSBURGH", a line of fixtures): it is no word of a name.
    const unsure = (t: Token) => !covered(t) && isCapitalised(t.text) && !TITLE_HEADS.has(t.text.replace(/\.$/, '')) && !TITLE_MODIFIERS.has(t.text) && !shoutedFunctionWord(t.text);
    if (c.bound || (c.tokens.some(unsure) && !c.tokens.some((t) => CONNECTORS.has(t.text.toLowerCase())))) continue;
    // Nor a run an ordinal in figures opens and the tagger leaves out ("the 9th U.S. Circuit Court of Appeals" read as
    // a place and a court): the ordinal numbers all that follows it ("20th Century Fox"), so the run is one name.
    if (isFigureOrdinal(c.tokens[0]!) && !covered(c.tokens[0]!)) continue;
    // Nor a firm named after its founder or its home, as firms often are ("Dunmore Velk Laboratories Inc" read as a
    // person and a firm, "Osaka Kokan KK" as a place and a person): a run that ends in a legal form, with no connector
    // or possessive, is one firm's name. In CoNLL-2003 eng.train such runs (no punctuation inside) are one
    // organisation 160 times and never names of two kinds but for a describing compound ("Los Angeles-based", cut by
    // `cleanRun` before) or a word that opens no name. A country in initials opening the run other than the founder's
    // is still read apart ("the U.S. Vorn-Chemie GmbH arm": where the firm's arm is), as the parts' check
    // below reads it ("U.S. Paper Mills Inc", a firm of common words, stays whole).
    const firstSpan = inside.reduce((a, b) => (b.start < a.start ? b : a));
    const inInitials = firstSpan.type !== 'person' && isAcronym(c.tokens[0]!.text);
    // So is "Vellmark Insurance Co of Norland Ltd": "of" after a legal form that goes on, and a legal form again at
    // the end ("Norland Ltd" names no place), is one firm's name however the tagger parts it.
    const goesOn = (t: Token, k: number) => t.text === 'of' && k > 0 && FIRM_NAME_GOES_ON.test(c.tokens[k - 1]!.text);
    if (!inInitials && LEGAL_FORMS.test(c.tokens.at(-1)!.text) && !c.tokens.some((t, k) => ((CONNECTORS.has(t.text.toLowerCase()) && !goesOn(t, k)) || t.possessive))) continue;
    // The parts start from the tagger's reading alone: it is what split the run, and its evidence is added below.
    const parts = inside.map((sp) => {
      const words = c.tokens.filter((t) => within(t, sp));
      const { heads: _heads, structure: _structure, ...whole } = c;
      return words.length ? { ...whole, start: words[0]!.start, end: words.at(-1)!.end, text: text.slice(words[0]!.start, words.at(-1)!.end), tokens: words, evidence: noEvidence(), rules: noEvidence() } : null;
    });
    // A part of head words alone ("Fund Inc" of "Japan Fund Inc") names nothing by itself.
    // Nor does an article alone ("El" of "El Paso Natural Gas Co"): the name is one with it.
    // Nor a firm of common words after the place that opens the run ("Sky Group Inc" of "U.S. Sky Group Inc").
    // Nor a lone word news writes in lower case (the case table) right before the next part: "Salt" of "Salt Lake
    // City", "Mount" of "Mount Sinai Medical Center" opens the name, it names nothing by itself.
    const opensNext = (p: Candidate, k: number) => p.tokens.length === 1 && isCommonWord(p.tokens[0]!) && !!parts[k + 1] && text.slice(p.end, parts[k + 1]!.start) === ' ';
    const named = (p: Candidate, k: number) => isProperName(p.tokens) && p.tokens.some((t) => !ORG_HEADS.has(t.text.replace(/\.$/, '')) && !LEGAL_FORMS.test(t.text) && !NAME_ARTICLES.has(t.text)) && !(k > 0 && commonWordsFirm(p.tokens)) && !opensNext(p, k);
    if (parts.every((p, k) => p !== null && named(p, k))) found.splice(i, 1, ...(parts as Candidate[]));
  }
}

/**
 * Each tagger span's kind as evidence for the candidates it overlaps (weighed as each case below says), and a name
 * the tagger alone reads, where no candidate holds it, added as a candidate of its own.
 */
function addSpanEvidence(found: Candidate[], spans: readonly TaggedSpan[], words: ReadWord[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (const span of spans) {
    const overlapping = found.filter((c) => c.start < span.end && c.end > span.start);
    // A span the rules part at a possessive ("Microsoft's Windows", "BBC Two's Newsnight": the owner and what it owns)
    // types the whole, which is neither name: it says nothing of the kind of either.
    const partedAtPossessive = overlapping.length > 1 && overlapping.slice(0, -1).some((c) => c.tokens.at(-1)!.possessive);
    // A span that stops before the candidate's head ("Hong Kong" in "Hong Kong Stock Exchange") counts for less.
    // A span the rules part at "of" ("Vorlaine of France": the firm, and where it is; `saysWhereNameIs`) reads the
    // whole as the name before "of": it types that one, not the place after it.
    const afterOf = (c: Candidate) => overlapping.some((o) => o.end < c.start && text.slice(o.end, c.start) === ' of ');
    // A span over a firm and its officer written straight after it (`personAfterFirm`) reads the firm: it types that one.
    const officerOfAFirm = (c: Candidate) => c.officer === true && overlapping[0] !== c && span.type !== 'person';
    const readsTheSubject = (c: Candidate) => c.headedFrom !== undefined && span.start >= c.headedFrom;
    if (!partedAtPossessive) for (const c of overlapping) if (!afterOf(c) && !officerOfAFirm(c) && !readsTheSubject(c)) c.evidence[span.type] += span.end > c.tokens.at(-1)!.start ? TAGGER_WEIGHT : 1;
    if (!partedAtPossessive && span.type === 'place') for (const c of overlapping.filter((o) => !readsTheSubject(o))) weakenHeadAgainstPlace(c, span, averageOdds(words, c.start, c.end).LOC);
    if (!partedAtPossessive && span.type === 'organization') for (const c of overlapping) weakenStructureAgainstBody(c, span, averageOdds(words, c.start, c.end).ORG);
    if (span.type === 'other') continue;
    const inSpan = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    // Where the rules part the tagger's name at an "and" that starts a second body ("House and Senate"), the part no
    // candidate holds is read as the tagger's alone, as a span that overlaps nothing is.
    const parts = overlapping.length === 0 ? [inSpan] : partsAtSecondBody(inSpan).filter((p) => p.length > 0 && !found.some((c) => c.start < p.at(-1)!.end && c.end > p[0]!.start));
    for (const whole of parts) {
      // A name ends with no connector: the tagger may read on into "and" ("a Liberal-controlled Assembly and the
      // support of …", its describing compound left out), as the rules' runs drop it (cleanRun).
      let part = whole;
      while (part.length > 1 && CONNECTORS.has(part.at(-1)!.text)) part = part.slice(0, -1);
      const words = withoutTrailingTitle(part);
      if (words.length < part.length) continue;
      // "Secretary of State for Health": a title's portfolio, no name.
      if (words.length && portfolioEnd(words, 0, true) === words.length && followsTitlePortfolio(tokens, tokens.indexOf(words[0]!))) continue;
      if (taggerOnlyName(words) && !describesPeople(words)) {
        const evidence = noEvidence();
        evidence[span.type] = TAGGER_WEIGHT;
        // The name starts at its first whole word: a span may open inside one ("'s Corp" of "McDonald's Corp").
        const start = Math.max(span.start, words[0]!.start);
        const end = part === inSpan ? span.end : words.at(-1)!.end;
        let name = text.slice(start, end);
        if (!/\p{Ll}/u.test(name) && name.replace(/\W/g, '').length > 5) name = titleCase(name);
        const state = usStateAfterCity(text, words, tokens[tokens.indexOf(words[0]!) - 1]);
        found.push({ paragraph: sentence.paragraph, sentence: sentence.index, start, end, text: name, tokens: words, evidence, rules: noEvidence(), ...(state ? { state } : {}) });
      }
    }
  }
}

/** The kind the evidence votes for most ('none' with no vote). */
function strongestKind(e: Evidence): string {
  const [kind, votes] = (Object.entries(e) as [string, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  return votes > 0 ? kind : 'none';
}

/** Where a decision point between the rules' names and a longer span is: its sentence, the pieces and the longer span, as written. */
interface LongerSpanAt {
  paragraph: string;
  sentence: number;
  start: number;
  end: number;
  pieces: string[];
  longer: string;
}

/** A decision point `chooseLongerSpans` asks about: its sentence, the rules' names and the longer span, as written. */
export interface SpanChoicePoint extends LongerSpanAt {
  kind: SpanChoiceView['kind'];
  features: Features;
}

/** Set by eval/train-span-choice.ts alone: each decision point is reported here and the rules' span kept. */
export const spanChoiceProbe: { report?: (point: SpanChoicePoint) => void } = {};

/** Text between words of one name: a space, with "&", a comma or a possessive before it. */
const NAME_GAP = /^(?:['’]s?)?,?\s+(?:&\s+)?$/u;
/** Text between two names side by side that a longer name may span ("and", "of", "of the" are words: see below). */
const SIDE_GAP = /^(?:['’]s?)?\s+(?:&\s+)?$/u;

/**
 * Where the rules keep a shorter name than a longer span over it — the tagger's one name over the rules' candidates
 * ("Vell and Tarn" read whole, the rules keeping "Vell"), or two candidates written side by side with "and", "of",
 * "&", a possessive or a space — the span choice model (span-choice.ts, learnt from the archives' train keys) takes
 * the longer span where it is sure that is the name: the candidate is made again from its words (`cleanRun`), and
 * stays as it was where the rules refuse them as a name or the remade name does not hold every piece.
 */
function chooseLongerSpans(found: Candidate[], spans: TaggedSpan[], words: ReadWord[], sentence: Sentence, text: string, tokens: Token[], body: string): void {
  if (!spanChoiceProbe.report && !spanChoiceOn()) return;
  for (const { first, last, kind, type } of longerRuns(found, spans, tokens)) {
    const run = tokens.slice(first, last + 1);
    const over = found.filter((c) => c.start < run.at(-1)!.end && c.end > run[0]!.start);
    if (!over.length || over.some((c) => c.start < run[0]!.start || c.end > run.at(-1)!.end || c.dateline)) continue;
    if (over.length === 1 && over[0]!.start === run[0]!.start && over[0]!.end === run.at(-1)!.end) continue;
    if (!writtenAsOneName(run, kind, text, tokens, first)) continue;
    const features = spanChoiceFeatures(spanChoiceView({ run, kind, type, over, words, sentence, text, body }));
    if (!spanChoiceProbe.report && !takesLonger(features)) continue;
    // Only where the longer span makes another name: the rules' cleaning of it (a title stripped, "Mr Vell") may give
    // the rules' name again.
    const remade = cleanRun(text, sentence, tokens, first, run);
    if (!remade || over.some((c) => c.start < remade.start || c.end > remade.end) || found.some((o) => !over.includes(o) && o.start < remade.end && o.end > remade.start)) continue;
    if (over.length === 1 && over[0]!.start === remade.start && over[0]!.end === remade.end) continue;
    if (spanChoiceProbe.report) {
      spanChoiceProbe.report({ paragraph: sentence.paragraph, sentence: sentence.index, start: remade.start, end: remade.end, pieces: over.map((c) => c.text), longer: remade.text, kind, features });
      continue;
    }
    found.splice(found.indexOf(over[0]!), 1, remade);
    for (const c of over.slice(1)) found.splice(found.indexOf(c), 1);
  }
}

/** A decision point `joinHeadedBodies` meets: the rules' names, the longer span, its link and its kind. */
export interface HeadedPoint extends LongerSpanAt {
  /** "for the", "of the", "of", "and" or "list" (names parted by commas before the last "and"). */
  link: string;
  /** `headedKind`'s kind of the point. */
  kind: string;
  /** Whether the rule joins the point. */
  joins: boolean;
}

/** Set by eval/headed-bodies.ts alone: each decision point of `joinHeadedBodies` is reported here. */
export const headedProbe: { report?: (point: HeadedPoint) => void } = {};

/**
 * Names the rules part around a link that a body's name holds (issue 15 item 4, session 37): the rules' name, "for
 * the", "of the", "of" or "and" (or a list of names parted by commas before a last "and"), and a name of capitalised
 * words whose last word is a body's head (lexicon `HEADED_BODY_HEADS`: "Railway Co", "Court"), or after a name that
 * ends in one. Each such point is a decision point (`headedProbe`); the rule (`headedJoins`) joins the kinds the
 * judged train points support (lexicon `HEADED_JOINED_KINDS`).
 */
function joinHeadedBodies(found: Candidate[], sentence: Sentence, text: string, tokens: Token[]): void {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const at = (t: Token) => tokens.indexOf(t);
  for (let k = sorted.length - 1; k > 0; k--) {
    const [a, b] = [sorted[k - 1]!, sorted[k]!];
    if (!found.includes(a) || !found.includes(b) || a.dateline || b.dateline) continue;
    const between = tokens.slice(at(a.tokens.at(-1)!) + 1, at(b.tokens[0]!)).map((t) => t.text).join(' ');
    if (!HEADED_LINKS.has(between)) continue;
    const headAfter = HEADED_BODY_HEADS.has(b.tokens.at(-1)!.text.replace(/\.$/, ''));
    const headBefore = HEADED_BODY_HEADS.has(headWord(a, between, headAfter)) && between !== 'and';
    if (!headAfter && !headBefore) continue;
    // A list: names of one word parted by commas before the "and" ("Vellby, Orlin and Tarn Railway Co").
    const pieces = [a];
    let link = between;
    if (between === 'and' && headAfter) {
      for (let j = sorted.indexOf(a) - 1; j >= 0; j--) {
        const c = sorted[j]!;
        const gap = at(pieces[0]!.tokens[0]!) - at(c.tokens.at(-1)!) - 1;
        if (!found.includes(c) || c.dateline || gap !== 0 || !/^,\s+$/.test(text.slice(c.end, pieces[0]!.start)) || c.tokens.length !== 1) break;
        pieces.unshift(c);
        link = 'list';
      }
      if (link === 'list' && pieces.some((c) => c.tokens.length !== 1)) continue;
    }
    pieces.push(b);
    const first = at(pieces[0]!.tokens[0]!);
    const last = at(b.tokens.at(-1)!);
    const run = tokens.slice(first, last + 1);
    if (!run.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || isLinkWord(t))) continue;
    if (run.some((t, n) => n > 0 && !(link === 'list' ? /^,?\s+$/ : /^\s+$/).test(text.slice(run[n - 1]!.end, t.start)))) continue;
    const longer = text.slice(run[0]!.start, run.at(-1)!.end);
    const kind = headedKind(link, headBefore ? 'before' : 'after', pieces);
    const joins = HEADED_JOINED_KINDS.has(kind);
    if (headedProbe.report) headedProbe.report({ paragraph: sentence.paragraph, sentence: sentence.index, start: run[0]!.start, end: run.at(-1)!.end, pieces: pieces.map((c) => c.text), longer, link, kind, joins });
    if (!joins) continue;
    const remade = cleanRun(text, sentence, tokens, first, run);
    if (!remade || remade.start !== run[0]!.start || remade.end !== run.at(-1)!.end) continue;
    if (kind !== 'places-and') remade.headedFrom = b.start;
    found.splice(found.indexOf(pieces[0]!), 1, remade);
    for (const c of pieces.slice(1)) found.splice(found.indexOf(c), 1);
    sorted.splice(sorted.indexOf(pieces[0]!), pieces.length, remade);
    k = sorted.indexOf(remade) + 1;
  }
}

/**
 * The head word of the name before a link: its last word, but before "for the" and a name that ends in a body's head
 * the word before the name's own "of" where it has one ("Court of Appeals for the Ninth Circuit": "Court", not
 * "Appeals") — a body named "HEAD of WHAT" goes on "for the" its circuit as a court named by its head alone does
 * ("District Court for the Southern District"); with a name of no head after it ("Bank of Japan for the Group of
 * Seven") the link is the sentence's, not the name's.
 */
function headWord(c: Candidate, link: string, headAfter: boolean): string {
  const of = c.tokens.findIndex((t, k) => k > 0 && t.text === 'of');
  return (link === 'for the' && headAfter && of > 0 ? c.tokens[of - 1]! : c.tokens.at(-1)!).text.replace(/\.$/, '');
}

/**
 * A headed point's kind: "head-for" (a name ending in a body's head, then "for the" or "of the": a court "for the"
 * its district), "head-of-state" (the same with "of" and a U.S. state, or a name with its own legal form: a firm's
 * "Co of" its state, or where it is), "head-of-place" (with "of" and another place: mostly where the firm is),
 * "places-and" (places, a list's commas and "and" before a name ending in a legal form or a railway's head, whose
 * first word is a place too: a bank or a railway named for the towns it joins), "and" (any other "and"), "head-after"
 * (a name, "of" and a body: mostly a person of a firm).
 */
function headedKind(link: string, head: 'after' | 'before', pieces: readonly Candidate[]): string {
  // After a firm's "Co", "of" and a state (or a name with its own legal form: "Co of Norland Inc") name a firm of that
  // state; "of" and a town or a country more often say where the firm is.
  const subject = pieces.at(-1)!;
  if (head === 'before') return link !== 'of' ? 'head-for' : isStateName(subject.text) || LEGAL_FORMS.test(subject.tokens.at(-1)!.text) ? 'head-of-state' : 'head-of-place';
  if (link !== 'and' && link !== 'list') return 'head-after';
  const last = pieces.at(-1)!.tokens.at(-1)!.text;
  // Every piece opens with a place, the last one's first word too ("Vellby and Orlin Banking Corp"); a country "and" a
  // firm of other words is two names ("Norland and Quellstone Steel Corp").
  const placesFirst = pieces.slice(0, -1).every((c) => namesAPlaceWhole(c.text)) && namesAPlaceWhole(pieces.at(-1)!.tokens[0]!.text);
  return placesFirst && (LEGAL_FORMS.test(last) || HEADED_PLACE_ENDS.has(last)) ? 'places-and' : 'and';
}

/** A word or two in round brackets and a space after a name: where a legal form follows, a firm's name goes on. */
const BRACKETED_PART = /^ \((\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?)\) /u;

/**
 * "Quellmark Equity (Pacific) Ltd", "Orvel Tarn (Securities) Ltd": a firm's legal name may hold a region or "Holdings"
 * in round brackets before its legal form (issue 19's entity-reader cause, session 38). The rules read a bracket as a
 * break, so the firm came out cut before it and the bracket's word as a name of its own (a place, a body); stories
 * 0–899 of reut2-005 and reut2-012 write the shape 14 times, each one firm. A name followed by the bracket and a legal
 * form is made again whole, the names inside it dropped.
 */
function joinBracketedFirms(found: Candidate[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (const a of [...found].sort((x, y) => x.start - y.start)) {
    if (!found.includes(a) || a.dateline) continue;
    const bracket = BRACKETED_PART.exec(text.slice(a.end, sentence.start + sentence.text.length));
    const formAt = bracket ? tokens.findIndex((t) => t.start === a.end + bracket[0].length) : -1;
    if (formAt < 0 || !LEGAL_FORMS.test(tokens[formAt]!.text)) continue;
    const first = tokens.indexOf(a.tokens[0]!);
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, formAt + 1));
    if (!remade || remade.start !== a.start || remade.end !== tokens[formAt]!.end) continue;
    const over = found.filter((c) => c.start < remade.end && c.end > a.start);
    if (over.some((c) => c.start < a.start || c.end > remade.end)) continue;
    found.splice(0, found.length, ...found.filter((c) => !over.includes(c)), remade);
    found.sort((x, y) => x.start - y.start);
  }
}

/** A longer span `chooseLongerSpans` asks about: its first and last token, how it was found, the tagger's type. */
interface LongerRun {
  first: number;
  last: number;
  kind: SpanChoiceView['kind'];
  type?: string;
}

/**
 * The longer spans to ask about, read before any is taken: each tagger span, then each pair of candidates side by
 * side with one connector ("of the" too) between them that no tagger span already covers.
 */
function longerRuns(found: readonly Candidate[], spans: readonly TaggedSpan[], tokens: readonly Token[]): LongerRun[] {
  const runs: LongerRun[] = [];
  for (const sp of spans) {
    const first = tokens.findIndex((t) => within(t, sp));
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && within(tokens[last + 1]!, sp)) last++;
    runs.push({ first, last, kind: 'tagger', type: sp.type });
  }
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k]!, sorted[k + 1]!];
    const first = tokens.indexOf(a.tokens[0]!);
    const last = tokens.indexOf(b.tokens.at(-1)!);
    const between = tokens.slice(tokens.indexOf(a.tokens.at(-1)!) + 1, tokens.indexOf(b.tokens[0]!)).map((t) => t.text);
    if (first < 0 || last <= first || between.length > 2 || !between.every((w, n) => (n === 0 ? CONNECTORS.has(w) : between[0] === 'of' && w === 'the'))) continue;
    if (!runs.some((r) => r.first <= first && r.last >= last)) runs.push({ first, last, kind: 'adjacent' });
  }
  return runs;
}

/** A connector or "the" inside a longer span. */
const isLinkWord = (t: Token) => CONNECTORS.has(t.text) || t.text === 'the';

/**
 * The run is written as one name could be: capitalised words and link words, a plain space around each link word and
 * a name's gap between others (`NAME_GAP` in a tagger span, `SIDE_GAP` between names side by side), no firm's period
 * or recased initials inside, and no link word at either end.
 */
function writtenAsOneName(run: readonly Token[], kind: SpanChoiceView['kind'], text: string, tokens: Token[], first: number): boolean {
  if (!run.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || isLinkWord(t))) return false;
  const gap = kind === 'tagger' ? NAME_GAP : SIDE_GAP;
  if (run.some((t, k) => k > 0 && !(isLinkWord(t) || isLinkWord(run[k - 1]!) ? /^\s+$/ : gap).test(text.slice(run[k - 1]!.end, t.start)))) return false;
  if (run.some((t, k) => k > 0 && (endsFirmWithPeriod(run[k - 1]!, t, run[k + 1]) || recasedAfterInitials(text, tokens, first + k - 1, first + k)))) return false;
  return !CONNECTORS.has(run[0]!.text) && !CONNECTORS.has(run.at(-1)!.text) && run.at(-1)!.text !== 'the';
}

/** What the span choice model reads at a run (span-choice.ts `SpanChoiceView`): the words, which the rules hold, the odds and counts. */
function spanChoiceView(p: { run: readonly Token[]; kind: SpanChoiceView['kind']; type?: string; over: readonly Candidate[]; words: readonly ReadWord[]; sentence: Sentence; text: string; body: string }): SpanChoiceView {
  const { run, kind, type, over, words, sentence, text, body } = p;
  const held = run.map((t) => over.some((c) => c.tokens.includes(t)));
  const longer = text.slice(run[0]!.start, run.at(-1)!.end);
  const addedWords = run.filter((_, k) => !held[k] && /^[\p{Lu}\p{N}]/u.test(run[k]!.text));
  const oddsOf = addedWords.length ? addedWords : run;
  const addedOdds = oddsOf.reduce((s, t) => s + nameOdds(words.find((w) => w.start <= t.start && w.end >= t.end - (t.text.endsWith('.') ? 1 : 0))), 0) / oddsOf.length;
  const times = timesWritten(body, longer);
  return {
    kind,
    longer: run.map((t) => t.text),
    held,
    gaps: run.slice(1).map((t, k) => text.slice(run[k]!.end, t.start)),
    ...(type ? { taggerType: type } : {}),
    addedOdds,
    longerAgain: times > 1,
    pieceAlone: over.some((c) => timesWritten(body, c.text) > times),
    opens: sentenceInitial(text, sentence, run[0]!),
    pieceTypes: over.map((c) => strongestKind(c.rules)),
  };
}

/**
 * The tagger reads the whole name as a place, and is sure of it ("West Bank", 0.96-0.99): the organisation's head word
 * ("Bank") counts for less (evidence.ts `HEAD_AGAINST_PLACE`), so the tagger and the name's other words decide.
 * Where it is less sure (a court read as a place, MEANTIME Apple) the head word keeps its weight.
 */
function weakenHeadAgainstPlace(c: Candidate, span: { start: number; end: number }, placeOdds: number): void {
  if (!c.heads || span.start > c.start || span.end < c.end || placeOdds < SURE_PLACE) return;
  c.evidence = headAgainstPlace(c.evidence, c.heads);
  delete c.heads;
}

/**
 * The tagger reads the whole name as a body, and is sure of it (`SURE_BODY`): the place vote of a building's head word
 * is withdrawn from the evidence and the rules' votes the type model reads (a club named after a palace).
 */
function weakenStructureAgainstBody(c: Candidate, span: { start: number; end: number }, bodyOdds: number): void {
  if (!c.structure || span.start > c.start || span.end < c.end || bodyOdds < SURE_BODY) return;
  c.evidence = structureAgainstBody(c.evidence, c.structure);
  c.rules = structureAgainstBody(c.rules, c.structure);
  delete c.structure;
}

/**
 * "AT", "WITH": a closed-class word written in capitals (FUNCTION_WORDS holds it with an initial capital; the nouns
 * there, "MARKETS", "POLICE", are words of headlines and names in capitals, so only what compromise's lexicon knows
 * as a preposition, conjunction, determiner or pronoun counts).
 */
const CLOSED_CLASS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun'];
function shoutedFunctionWord(word: string): boolean {
  if (word.length < 2 || /\p{Ll}/u.test(word) || !FUNCTION_WORDS.has(word[0] + word.slice(1).toLowerCase())) return false;
  const tags = lexiconTags(word.toLowerCase());
  return CLOSED_CLASS.some((t) => tags.has(t));
}

/**
 * "Gordon Durie 75th" (a substitute and his minute): an ordinal in figures closing a name is no word of it when the
 * tagger leaves it out; in figures it opens names ("20th Century Fox", "101st Airborne") and never ends one.
 */
function isTrailingOrdinal(t: Token, c: Candidate): boolean {
  return t === c.tokens.at(-1) && isFigureOrdinal(t);
}

/** An ordinal in figures: "9th", "21st". */
const isFigureOrdinal = (t: Token) => /^\d+(?:st|nd|rd|th)$/i.test(t.text);

/**
 * "Sky Group Inc" of "U.S. Sky Group Inc", "Stock Exchange Ltd" of "Vellan Stock Exchange Ltd": common words (the case
 * table), head words and a legal form after a place name no firm by themselves; the place before them is what makes
 * them one, so a run the tagger reads as a place and such a firm stays whole. (A firm that opens the run is a name of
 * its own: "Pella Grain Co of Norland".)
 */
function commonWordsFirm(words: Token[]): boolean {
  return words.length >= 2 && LEGAL_FORMS.test(words.at(-1)!.text) && words.slice(0, -1).every((t) => ORG_HEADS.has(t.text) || isCommonWord(t));
}

/** A word inside a span of the tagger's, its abbreviation's period ("Inc.") counted with it. */
const within = (t: Token, sp: TaggedSpan) => t.start >= sp.start && t.end - (t.text.endsWith('.') ? 1 : 0) <= sp.end;

/**
 * "Ex-health", "Anti-war": a prefix, a hyphen and a word in lower case make an ordinary word, capitalised at a start;
 * it opens no name ("Coalition of Non-governmental Organizations" has it inside).
 */
function prefixedOrdinaryWord(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}*)-\p{Ll}/u.exec(word);
  return m !== null && ORDINARY_PREFIXES.has(m[1]!);
}

/** Whether words the tagger alone reads as a name may be one: capitalised, no calendar or function word, no lone head or title. */
function taggerOnlyName(words: Token[]): boolean {
  if (!words.length || words.some((t) => NEVER_NAMES.has(t.text) || FUNCTION_WORDS.has(t.text)) || prefixedOrdinaryWord(words[0]!.text) || words.every((t) => LEGAL_FORMS.test(t.text))) return false;
  if (!words.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || CONNECTORS.has(t.text)) || isTitlePlural(words.at(-1)!.text)) return false;
  const only = words.length === 1 ? words[0]!.text : '';
  return !(OTHER_HEADS.has(only) || PLACE_HEADS.has(only) || isTitleOnly(only));
}

/**
 * Where the tagger reads a candidate as one name with other edges than the capitalisation rules found
 * ("Ontario-based Magna" → "Magna", "NFL AMERICAN" → "NFL", "Lloyd's List" whole across the possessive), its edges
 * win where they leave out no capitalised word of running text: it learnt them from labelled news. The candidate is made again from the words inside
 * the tagger's name, with the rules' evidence for those words; when the rules reject those words as a name, or the new
 * edges would reach into another candidate, the candidate stays as it was.
 */
function takeTaggerEdges(found: Candidate[], spans: TaggedSpan[], sentence: Sentence, text: string, tokens: Token[], standalone: ReadonlySet<string>, body: string): void {
  joinFirmsCutAtTitle(found, spans, sentence, text, tokens, body);
  // Names the rules cut at a possessive that the tagger reads whole: "Lloyd's List", "Boatmen's Bancshares".
  for (const sp of spans) {
    const inside = found.filter((c) => c.start >= sp.start && c.end <= sp.end).sort((a, b) => a.start - b.start);
    if (inside.length < 2 || found.some((c) => !inside.includes(c) && c.start < sp.end && c.end > sp.start)) continue;
    if (!inside.slice(0, -1).every((c, k) => c.tokens.at(-1)!.possessive && /^['’]s?\s+$/.test(text.slice(c.end, inside[k + 1]!.start)))) continue;
    // A place's or a firm's possessive owns the next name ("Microsoft's Xbox", "Tottenham's Ledley King"), and any
    // possessive owns a person's full name after it ("The Office's Ricky Gervais", "Plaid Cymru's Elfyn Llwyd"). So
    // does a name the article writes on its own elsewhere ("Plaid Cymru said"): it is a name by itself, not the
    // opening of one ("Lloyd" of "Lloyd's List" stands nowhere alone).
    if (inside.slice(0, -1).some((c) => namesAPlaceOrFirm(c.tokens) || standalone.has(c.text)) || namesAPerson(inside.at(-1)!.tokens)) continue;
    const first = tokens.indexOf(inside[0]!.tokens[0]!);
    const last = tokens.indexOf(inside.at(-1)!.tokens.at(-1)!);
    if (first < 0 || last < first) continue;
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, last + 1));
    if (remade) found.splice(found.indexOf(inside[0]!), inside.length, remade);
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    const over = spans.filter((sp) => sp.start < c.end && sp.end > c.start);
    if (over.length !== 1 || c.dateline) continue;
    const sp = over[0]!;
    const first = tokens.findIndex((t) => t.start >= sp.start && t.end <= sp.end);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= sp.end) last++;
    const words = tokens.slice(first, last + 1);
    if (words[0]!.start === c.start && words.at(-1)!.end === c.end) continue;
    // Nor past a legal form's period that ended the name: the tagger reads on into the next sentence's "The"; nor
    // onto a word recased after "U.S.".
    if (words.some((t, k) => k > 0 && endsFirmWithPeriod(words[k - 1]!, t, words[k + 1]))) continue;
    if (words.some((_, k) => k > 0 && recasedAfterInitials(text, tokens, first + k - 1, first + k))) continue;
    if (!words.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || CONNECTORS.has(t.text) || t.text === 's')) continue;
    // Nor over an "and" that starts a second body ("House and Senate", "Bank of Tokyo and Bank of America").
    if (partsAtSecondBody(words).length > 1) continue;
    // Nor back over a possessive onto a person's full name ("The Office's Ricky Gervais"): the possessive owns him.
    if (words.some((t) => t.end <= c.start && t.possessive) && namesAPerson(c.tokens)) continue;
    // The tagger may leave out a describing compound ("Ontario-based") or a word of a line in capitals ("NFL
    // AMERICAN FOOTBALL"); a capitalised word in running text stays: it often starts a company's name that the
    // tagger, trained on other names, cuts short ("General Host Corp", "Applied Magnetics Corp", "Sex Pistols").
    const dropped = c.tokens.filter((t) => t.end <= words[0]!.start || t.start >= words.at(-1)!.end);
    const capitalsLine = c.tokens.every((t) => !/\p{Ll}/u.test(t.text));
    if (!capitalsLine && !dropped.every((t) => /\p{L}-\p{Ll}+$/u.test(t.text) || isTrailingOrdinal(t, c))) continue;
    if (found.some((o, j) => j !== i && o.start < words.at(-1)!.end && o.end > words[0]!.start)) continue;
    if (takesInOpeningWord(text, sentence, tokens, first, c, body)) continue;
    const remade = cleanRun(text, sentence, tokens, first, words);
    if (remade) found[i] = remade;
  }
}

/**
 * "Zorvane General Plastics Corp": the rules part a run at a title word inside it ("General", as in "U.S. General
 * Electric Co") into a prefix and a firm, and the tagger, which learnt firms' names from labelled news, reads the whole
 * run as one name. Where the firm after the title word ends in a legal form, the prefix is written straight before it
 * (one space), names no listed place or firm of its own and is written nowhere in the article without the firm, the
 * tagger's span is the name: the title word is a word of the firm's name, and so is what comes before it.
 */
function joinFirmsCutAtTitle(found: Candidate[], spans: TaggedSpan[], sentence: Sentence, text: string, tokens: Token[], body: string): void {
  for (const sp of spans) {
    const inside = found.filter((c) => c.start >= sp.start && c.end <= sp.end).sort((a, b) => a.start - b.start);
    if (inside.length !== 2 || found.some((c) => !inside.includes(c) && c.start < sp.end && c.end > sp.start)) continue;
    const [prefix, firm] = inside as [Candidate, Candidate];
    if (prefix.start !== sp.start || firm.end !== sp.end || text.slice(prefix.end, firm.start) !== ' ') continue;
    if (!TITLE_HEADS.has(firm.tokens[0]!.text) || !LEGAL_FORMS.test(firm.tokens.at(-1)!.text.replace(/\.$/, ''))) continue;
    if (prefix.tokens.some((t) => t.possessive) || namesAPlaceOrFirm(prefix.tokens) || timesWritten(body, prefix.text) > timesWritten(body, text.slice(prefix.start, firm.end))) continue;
    const first = tokens.indexOf(prefix.tokens[0]!);
    const last = tokens.indexOf(firm.tokens.at(-1)!);
    if (first < 0 || last < first) continue;
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, last + 1));
    if (remade) found.splice(found.indexOf(prefix), 2, remade);
  }
}

/**
 * "Unclogging Beijing's streets is…": the tagger, which learnt that a capitalised word before a name often opens it,
 * reaches back over a sentence's first word that the rules read as no name's and compromise's lexicon as a verb's
 * "-ing" or past form ("Unclogging", "Embattled"; not "House", also a noun, of "House Budget Committee"). Where the
 * article writes the name without that word elsewhere and never with it, the word is capitalised for the sentence, not
 * for the name ("Allied Stores Corp said", written once, keeps its first word).
 */
function takesInOpeningWord(text: string, sentence: Sentence, tokens: Token[], first: number, c: Candidate, body: string): boolean {
  const opener = tokens[first]!;
  const verbForm = ['Gerund', 'PastTense'].some((x) => lexiconTags(opener.text).has(x));
  if (opener.start >= c.start || !verbForm || !opensTheNews(text, sentence, opener) || startsName(text, sentence, tokens, first)) return false;
  return timesWritten(body, text.slice(opener.start, c.end)) === 1 && timesWritten(body, c.text) > 1;
}

/** How often the text writes the words as whole words ("Seek" is not in "Seeking"). */
function timesWritten(body: string, words: string): number {
  return writtenAt(body, words).length;
}

/**
 * "Quanta and Pella (Q&P)", "the Academy of Screen Arts and Crafts (Asac)": an acronym in brackets
 * right after capitalised words whose initials it spells ties those words into one name, however the rules and the
 * tagger part them at "and" or at a common word: the text itself says where the name begins.
 */
function joinSpelledOut(found: Candidate[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (let q = 1; q < tokens.length; q++) {
    const span = spelledOutSpan(text, tokens, q);
    if (!span) continue;
    const [from, to] = [tokens[span[0]]!.start, tokens[span[1]]!.end];
    const over = found.filter((c) => c.start < to && c.end > from);
    if (over.some((c) => c.start < from || c.end > to) || (over.length === 1 && over[0]!.start === from && over[0]!.end === to)) continue;
    const remade = cleanRun(text, sentence, tokens, span[0], tokens.slice(span[0], span[1] + 1));
    if (!remade || remade.start !== from) continue;
    found.splice(0, found.length, ...found.filter((c) => !over.includes(c)), { ...remade, bound: true });
    found.sort((a, b) => a.start - b.start);
  }
}

/**
 * "French group <Vorlande et Quibel> said", "<Istituto per la Valmeria Industriale> (IVI)": Reuters writes a company
 * that has no stock code as its whole name in angle brackets, and a listed one with its code after it ("Orvell AB
 * <ORV.ST>"). The brackets say where the name begins and ends, whatever the rules and the tagger make of a foreign
 * connector or an "and" inside it: the candidates inside are that one name, which the mark types (evidence.ts
 * `marked-whole-by-archive`). The text stays as the archive writes it. A stock code ("<ORV.ST>", "<ORVL>",
 * "<ORVL ST>") and a bracket whose text opens with no capital (a tag, an address) mark no name; nor does one word,
 * which no rule cuts. The name is one wherever the article writes its words again, with brackets or without ("Vorlande
 * et Quibel said"), as a name written whole is (`joinWrittenWhole`).
 */
function joinMarkedWhole(found: Candidate[], sentence: Sentence, text: string, tokens: Token[], marked: readonly string[]): void {
  for (const [from, to] of marked.flatMap((name) => writtenAt(sentence.text, name).map((at) => [sentence.start + at, sentence.start + at + name.length] as const))) {
    const first = tokens.findIndex((t) => t.start === from);
    const last = tokens.findIndex((t) => t.end === to);
    if (first < 0 || last <= first) continue;
    const over = found.filter((c) => c.start < to && c.end > from);
    // A candidate across a bracket is left alone: the rules read the bracket as a break, so one is rare and odd.
    if (over.some((c) => c.start < from || c.end > to)) continue;
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, last + 1), 'marked');
    if (!remade) continue;
    found.splice(0, found.length, ...found.filter((c) => !over.includes(c)), { ...remade, bound: true, marked: true });
    found.sort((a, b) => a.start - b.start);
  }
}

/** The names an article marks whole in brackets (`joinMarkedWhole`), in the order first written. */
function markedNames(body: string): string[] {
  return [...new Set([...body.matchAll(MARKED_NAME)].map((m) => m[1]!).filter((name) => !isStockCode(name)))];
}

/** Where a text writes the words as whole words. */
function writtenAt(text: string, words: string): number[] {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index!);
}

/** A bracket's text that may be a name: it opens with a capital and holds several words. */
const MARKED_NAME = /<(\p{Lu}[^<>\n]*\s[^<>\n]*[^\s<>])>/gu;

/**
 * A stock code as Reuters writes it in brackets: one word in capitals ("ORVL", "ORV.ST", "VELL.L"), or a code and a
 * share class or exchange of one or two capitals ("ORVL ST", "VELL B") where that is no legal form ("ORVELL AG").
 */
function isStockCode(inner: string): boolean {
  if (/^(?:[A-Z\d&]+|[\w&-]+\.[A-Z]{1,3})$/.test(inner)) return true;
  const code = /^[A-Z\d.&-]+ ([A-Z]{1,2})$/.exec(inner);
  return !!code && !LEGAL_FORMS.test(code[1]!);
}

/**
 * A name with "and" inside that the article writes whole somewhere with a legal form, or that the rules tie there (a
 * partnership, a trade's "and": "Bell and Howell Co"): see `joinWrittenWhole`.
 */
function isTiedAtAnd(c: Candidate): boolean {
  return c.tokens.some((t) => WEAK_CONNECTORS.has(t.text)) && (!!c.bound || LEGAL_FORMS.test(c.tokens.at(-1)!.text));
}

/**
 * "Bell and Howell common shares" after "Bell and Howell Co": two names parted at "and" that the article writes as one
 * name elsewhere, tied by its legal form or its partnership, are that name here too (the tagger reads the short form
 * as two people, and no rule ties two proper names at "and" without a legal form after them).
 */
function joinWrittenWhole(found: Candidate[], sentence: Sentence, text: string, tokens: Token[], tiedAtAnd: readonly string[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!];
    const gap = text.slice(a.end, b.start);
    if (!/^ (?:and|&) $/.test(gap) || a.tokens.at(-1)!.possessive) continue;
    const joined = text.slice(a.start, b.end);
    const whole = tiedAtAnd.find((w) => w === joined || w.startsWith(`${joined} `));
    if (!whole) continue;
    const first = tokens.indexOf(a.tokens[0]!);
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, tokens.indexOf(b.tokens.at(-1)!) + 1));
    if (remade && remade.start === a.start && remade.end === b.end) found.splice(i, 2, { ...remade, bound: true, ...(whole !== joined ? { whole } : {}) });
  }
}

/**
 * "Coopers and Lybrand", "Standard and Poor's": one word each side of "and" that news writes as one name of two
 * partners (partner-names.ts, learned from unlabeled news) is that name, where the article writes neither word alone:
 * a story of two people or places news often names together (two runners, "Orla and Vell") names each on its own too. Such a
 * name is most often a firm's (legal form aside, the table's names are firms' but for a few duos and portfolios), so
 * it votes for one as a legal form does. Read after the tagger's names are in: it reads these words as names the
 * capitalisation rules leave out ("Standard").
 */
function joinPartners(found: Candidate[], text: string, tokens: Token[], body: string): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!];
    // The partner may keep its firm's legal form after its 's, as the tagger reads it ("Standard and Vellmark's Corp").
    const partner = b.tokens.length === 1 || ((b.tokens[0]!.possessive || /['’]s$/.test(b.tokens[0]!.text)) && b.tokens.slice(1).every((t) => LEGAL_FORMS.test(t.text)));
    if (text.slice(a.end, b.start) !== ' and ' || a.tokens.length !== 1 || !partner || a.tokens[0]!.possessive) continue;
    // The last two of a list written with commas are the list's ("Britain, Spain and France") or a longer partnership's
    // ("Vell, Orvel, Crane and Harrow"): the pair is not the whole name there.
    // (A name before the comma, not any capitalised word: "Meanwhile, Coopers and Lybrand said".)
    const previous = found[i - 1];
    if (previous && text.slice(previous.end, a.start) === ', ') continue;
    const [x, y] = [a.tokens[0]!.text, b.tokens[0]!.text];
    // A name written with its 's ("… and Standard and Poor's.") keeps it in its token.
    if (!namedAsPartners(x, y.replace(/['’]s$/, ''))) continue;
    const pair = timesWritten(body, `${x} and ${y}`);
    if (timesWritten(body, x) !== pair || timesWritten(body, y) !== pair) continue;
    const vote = (e: Evidence): Evidence => ({ ...e, organization: e.organization + PARTNERS_VOTE });
    // The firm's own 's stays with its name ("Standard and Poor's Corp", "Standard and Poor's said").
    const end = b.tokens.length === 1 && b.tokens[0]!.possessive ? b.end + (/^['’]s?/.exec(text.slice(b.end))?.[0].length ?? 0) : b.end;
    const joined = { ...b, start: a.start, end, text: text.slice(a.start, end), tokens: tokens.slice(tokens.indexOf(a.tokens[0]!), tokens.indexOf(b.tokens.at(-1)!) + 1), bound: true as const };
    found.splice(i, 2, { ...joined, evidence: vote(meanEvidence(a.evidence, b.evidence)), rules: vote(meanEvidence(a.rules, b.rules)) });
  }
}

/** A partners' name's vote for a firm: a legal form's (evidence.ts `legal-form`). */
const PARTNERS_VOTE = 3;
/** The two words' readings as one name's: the tagger read the name twice, once a word, and counts once. */
const meanEvidence = (a: Evidence, b: Evidence): Evidence => ({ person: (a.person + b.person) / 2, organization: (a.organization + b.organization) / 2, place: (a.place + b.place) / 2, other: (a.other + b.other) / 2 });

/** How many words back from an acronym in brackets its spelled-out name may start. */
const SPELLED_OUT_MAX_WORDS = 10;

/** The first and last token of the capitalised words right before "(" + tokens[q] + ")" whose initials it spells. */
function spelledOutSpan(text: string, tokens: Token[], q: number): [number, number] | null {
  const acronym = tokens[q]!;
  if (acronym.text.replace(/[^\p{L}]/gu, '').length < 2 || !/^\p{Lu}/u.test(acronym.text) || !/^ ?\)/.test(text.slice(acronym.end)) || !/^ ?\( ?$/.test(text.slice(tokens[q - 1]!.end, acronym.start))) return null;
  const last = q - 1;
  for (let k = last; k >= Math.max(0, last - SPELLED_OUT_MAX_WORDS); k--) {
    const t = tokens[k]!;
    if (k < last && breakBetween(text, t, tokens[k + 1]!)) return null;
    // A small word inside the name is no initial of the acronym ("Organisation for Security and Cooperation in Europe
    // (OSCE)"): the initials around it say where the name begins.
    if (!isCapitalised(t.text)) {
      if (CONNECTORS.has(t.text) || (k < last && FUNCTION_WORDS.has(titleCase(t.text)))) continue;
      return null;
    }
    if (tokens.slice(k, last + 1).filter((w) => isCapitalised(w.text)).length >= 2 && acronymMatches(acronym.text, text.slice(t.start, tokens[last]!.end))) return [k, last];
  }
  return null;
}

/**
 * "Claire's Stores Inc", "Rose's Stores Inc", "Hermann's Sporting Goods Co": a name with 's right before capitalised
 * words that end in a legal form opens that firm's name, as shops named after their founders are, where the tagger
 * reads no place or firm in it. A parent's possessive stays one: a place or firm ("Norland's National Pella Bank
 * PLC", "Quanta's Miro Cars Ltd"), an acronym ("CP's Cominco Ltd"), the firm's own first word ("Fluor's Fluor
 * Constructors Inc").
 */
function joinFirmsWithItsS(found: Candidate[], spans: TaggedSpan[], sentence: Sentence, text: string, tokens: Token[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [owner, firm] = [found[i]!, found[i + 1]!];
    const stem = owner.tokens[0]!;
    if (owner.tokens.length !== 1 || !stem.possessive || !/^['’]s\s$/.test(text.slice(owner.end, firm.start))) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(stem.text) || firm.tokens[0]!.text === stem.text || firm.tokens.length > FIRM_AFTER_ITS_S_MAX_WORDS || !LEGAL_FORMS.test(firm.tokens.at(-1)!.text)) continue;
    // (The shipped city list holds many a founder's name, "Hudson's Bay Co": only the lexicon's places count here.)
    if (namesAPlaceOrFirm([stem], false)) continue;
    if (spans.some((sp) => sp.start < owner.end && sp.end > owner.start && sp.end <= owner.end && (sp.type === 'place' || sp.type === 'organization'))) continue;
    const first = tokens.indexOf(stem);
    const remade = cleanRun(text, sentence, tokens, first, tokens.slice(first, tokens.indexOf(firm.tokens.at(-1)!) + 1));
    if (remade) found.splice(i, 2, remade);
  }
}

/**
 * Words that name a place or a firm of their own (compromise's lexicon, the shipped country, city and company lists,
 * or a body's head word: "Scottish National Party"): their possessive owns what follows, it does not open its name.
 */
function namesAPlaceOrFirm(words: Token[], listedCities = true): boolean {
  return namesAListedPlace(words.map((t) => t.text).join(' '), listedCities) || namesAFirm(words);
}

/** A name opened by a first name (compromise's lexicon or the shipped list of first names). */
function opensWithFirstName(name: string): boolean {
  const first = name.split(' ')[0]!;
  return lexiconTags(first).has('FirstName') || listedAs([first], 'FIRST');
}

/** A place by compromise's lexicon or the shipped country (and city) lists. */
function namesAListedPlace(name: string, listedCities = true): boolean {
  if (['Place', 'Country', 'City', 'Region'].some((t) => lexiconTags(name).has(t))) return true;
  return gazetteerEntry(name.split(' ')).some((l) => l === 'COUNTRY' || (listedCities && l === 'CITY'));
}

/** Words that name a firm or a body of their own (compromise's lexicon, the shipped company list, a body's head word). */
function namesAFirm(words: Token[]): boolean {
  if (lexiconTags(words.map((t) => t.text).join(' ')).has('Organization')) return true;
  if (words.length > 1 && ORG_HEADS.has(words.at(-1)!.text)) return true;
  return listedAs(words.map((t) => t.text), 'COMPANY');
}

/**
 * "Ricky Gervais", "Elfyn Llwyd": two or three capitalised words opened by a first name (compromise's lexicon or the
 * shipped first-name list) and ending in no head word or legal form, which no name of a thing ends in a person's way.
 */
function namesAPerson(words: Token[]): boolean {
  if (words.length < 2 || words.length > 3 || words.some((t) => !/^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  const last = words.at(-1)!.text;
  if (ORG_HEADS.has(last) || LEGAL_FORMS.test(last) || OTHER_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  return words[0]!.tags.has('FirstName') || listedAs([words[0]!.text], 'FIRST');
}

/** The shipped gazetteers' lists ('FIRST', 'COMPANY', 'CITY', …) that hold the words as one entry. */
const gazetteerEntry = (words: readonly string[]) => shippedGazetteers().entries.get(words.map(gazetteerKey).join(' ')) ?? [];
/** Whether the shipped gazetteers list the words, as one entry, in `list`. */
const listedAs = (words: readonly string[], list: string) => gazetteerEntry(words).includes(list);

/** "Nature's Blend Products Inc": at most four words after the 's, its legal form included. */
const FIRM_AFTER_ITS_S_MAX_WORDS = 4;

/** The tagger's odds over the words of [start, end), averaged (a word counts when it overlaps the range). */
function averageOdds(words: ReadWord[], start: number, end: number): ClassOdds {
  const sum: ClassOdds = { O: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  let n = 0;
  for (const w of words) {
    if (w.end <= start || w.start >= end) continue;
    for (const k of Object.keys(sum) as (keyof ClassOdds)[]) sum[k] += w.odds[k];
    n++;
  }
  if (n === 0) return { O: 1, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  for (const k of Object.keys(sum) as (keyof ClassOdds)[]) sum[k] /= n;
  return sum;
}

/** The tagger's odds that a word is part of a name, rounded so cached and fresh results print alike. */
const nameOdds = (w: ReadWord | undefined) => (w ? Math.round((1 - w.odds.O) * 1000) / 1000 : 0);

/**
 * The tagger's reading of a name's capitalised words and of the words right outside it (EntityMention `span`). A
 * possessive's "'s" is no edge: the word after it is.
 */
function spanReading(words: ReadWord[], text: string, start: number, end: number): SpanReading {
  const written = (w: ReadWord) => text.slice(w.start, w.end);
  const capitals = words.filter((w) => w.end > start && w.start < end && /^\p{Lu}/u.test(written(w))).map(nameOdds);
  const after = words.find((w) => w.start >= end && !/^['’]s?$/.test(written(w)));
  return {
    capitals: capitals.length ? Math.round((capitals.reduce((s, x) => s + x, 0) / capitals.length) * 1000) / 1000 : 0,
    weakest: capitals.length ? Math.min(...capitals) : 0,
    before: nameOdds(words.filter((w) => w.end <= start).at(-1)),
    after: nameOdds(after),
  };
}

/**
 * How sure the trained model is that this is a name at all: the tagger's odds against "no name" over the name's
 * words, rounded so cached and fresh results print alike. (Its odds for one type were tried as well: on the dev page
 * judgments they rejected more real names, because a name the tagger starts as a place and the rules end as a
 * company, "Gulf States Utilities Co", reads as unlikely for either type.)
 */
function mentionConfidence(c: Candidate): number {
  return Math.round((1 - (c.odds?.O ?? 1)) * 1000) / 1000;
}

const noEvidence = (): Evidence => ({ person: 0, organization: 0, place: 0, other: 0 });

/** What one mention says of its kind (EntityMention `reading`), rounded so cached and fresh results print alike. */
function mentionReading(c: Candidate): NonNullable<EntityMention['reading']> {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const o = c.odds ?? { O: 1, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  return { tagger: { person: r(o.PER), organization: r(o.ORG), place: r(o.LOC), other: r(o.MISC) }, rules: c.rules };
}

/** How much the tagger's reading counts against the rules' evidence (a head word counts 3, a cue word 3). */
export const TAGGER_WEIGHT = 2.5;

/**
 * The tagger's mean odds of a place over a name's words above which its place outweighs a head word
 * (`weakenHeadAgainstPlace`). Measured on CoNLL eng.train (`node --import tsx eval/place-odds.ts`): of the tagger's place
 * spans holding an organisation head word, 42 of 44 at 0.9 or more are gold places (10 of 12 in 0.90-0.95, 32 of 32
 * above), 9 of 17 below (6 of 8 in 0.85-0.90); over all its place spans, 0.89 are gold in 0.85-0.90 and 0.93 in
 * 0.90-0.95. The tagger learned from eng.train, so these shares are upper bounds; 0.9 is where a head word's spans
 * turn mostly places.
 */
const SURE_PLACE = 0.9;
/** The same for a body's odds against a building's head word (`weakenStructureAgainstBody`): SURE_PLACE's 0.9, not measured apart. */
const SURE_BODY = SURE_PLACE;

/** What the article writes around its names that resolving them reads (see `cutFromLongerName`, `afterSurnameAddress`). */
interface WrittenAround {
  /** Body head words alone that are pieces of a longer name. */
  cutHeads: ReadonlySet<string>;
  /** One-word names written after a form of address that goes before surnames. */
  addressed: ReadonlySet<string>;
}

function resolveWithinArticle(found: Candidate[], { cutHeads, addressed }: WrittenAround): EntityMention[] {
  // A name opened by a sentence's capital keeps that first word only where the article writes it so elsewhere too.
  const inside = new Set(found.filter((c) => !c.withoutOpener).map((c) => c.text));
  let candidates = found.map((c) => (c.withoutOpener && !inside.has(c.text) ? c.withoutOpener : c));
  // Pool evidence per surface form.
  const pooled = new Map<string, Evidence>();
  for (const c of candidates) {
    const e = pooled.get(c.text) ?? { person: 0, organization: 0, place: 0, other: 0 };
    for (const k of Object.keys(e) as EntityType[]) e[k] += c.evidence[k];
    pooled.set(c.text, e);
  }
  // A word seen only opening sentences before a common noun, with no evidence at all of being a name, is capitalised
  // because it starts the sentence ("Human rights groups said…"): not a name.
  const seenInside = new Set(candidates.filter((c) => !c.initial).map((c) => c.text));
  const noEvidence = (name: string) => Object.values(pooled.get(name)!).every((v) => v === 0);
  candidates = candidates.filter((c) => seenInside.has(c.text) || !noEvidence(c.text));
  // "Calif." after a city is California: the article's name for it, wherever else it writes it.
  for (const c of candidates) if (c.state && !pooled.has(c.state)) pooled.set(c.state, { ...pooled.get(c.text)! });
  const types = new Map([...pooled].map(([name, evidence]) => [name, bestType(evidence)]));

  // Surnames and partial names join the fullest person name that ends with them ("Biden" → "Joe Biden"). Each
  // person name is indexed under its proper word suffixes, longest names first, so this stays linear in the
  // number of names even for a transcript with thousands of them.
  const names = [...pooled.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const fullestEndingWith = new Map<string, string>();
  for (const name of names) {
    if (types.get(name) !== 'person') continue;
    const words = name.split(/\s+/);
    for (let k = 1; k < words.length; k++) {
      const suffix = words.slice(words.length - k).join(' ');
      if (!fullestEndingWith.has(suffix)) fullestEndingWith.set(suffix, name);
    }
  }
  const canonical = new Map<string, string>(candidates.flatMap((c) => (c.state ? [[c.text, c.state] as const] : [])));
  // A short form of a name the article writes whole ("Bell and Howell" of "Bell and Howell Co") is that name.
  for (const c of candidates) if (c.whole && pooled.has(c.whole) && !canonical.has(c.text)) canonical.set(c.text, c.whole);
  for (const name of names) {
    if (canonical.has(name)) continue;
    const words = name.split(/\s+/);
    const full = fullestEndingWith.get(words.join(' '));
    // A lone surname joins even when its own mentions looked like something else ("the Biden administration").
    if (full && (words.length === 1 || types.get(name) === 'person')) canonical.set(name, canonical.get(full) ?? full);
  }
  // A firm's short form after its full name: "First National" after "First National Bank of Crosby", "Farmers" after
  // "Farmers State Bank". Only names read as organisations ("Muslim" stays apart from "Muslim Council of Britain"), only
  // the full name's leading words, only once the full name is written.
  const firstSeen = new Map<string, number>();
  candidates.forEach((c, k) => firstSeen.has(c.text) || firstSeen.set(c.text, k));
  // Each organisation name indexed under its leading words, longest names first (linear, as the surnames above).
  const orgsOpeningWith = new Map<string, string[]>();
  for (const n of names) {
    if (types.get(n) !== 'organization') continue;
    for (let i = n.indexOf(' '); i > 0; i = n.indexOf(' ', i + 1)) {
      const list = orgsOpeningWith.get(n.slice(0, i));
      if (list) list.push(n);
      else orgsOpeningWith.set(n.slice(0, i), [n]);
    }
  }
  // A lone word read as a person joins a firm named after it whose legal form says it is one ("Baxter" after "Baxter
  // Travenol Laboratories Inc"), unless the article names a person ending with it (handled above); so do the leading
  // words of such a firm read as a place, a thing or (opened by no first name) a person, where no list names them a
  // place ("Canbra" after "Canbra Foods Ltd", "Silicon Compiler" after "Silicon Compiler Systems Corp"): the tagger's
  // type for words it never saw is a guess, the firm's legal form is the article's word. So is the archive's mark of a
  // firm's whole name ("Vorlande" after "<Vorlande et Quibel>": see `joinMarkedWhole`).
  const marked = new Set(candidates.filter((c) => c.marked).map((c) => c.text));
  const firmWithForm = (n: string) => LEGAL_FORMS.test(n.slice(n.lastIndexOf(' ') + 1)) || marked.has(n);
  for (const name of names) {
    // (No firm opens with the name: nothing to join, and no need to ask compromise whether it names a place.)
    const openingFirms = orgsOpeningWith.get(name);
    if (!openingFirms) continue;
    const type = types.get(name);
    const lone = !name.includes(' ');
    const shortOfFirm = (lone && type === 'person') || (!namesAListedPlace(name) && (lone || !opensWithFirstName(name)));
    // A brand by its shape ("eBay", read as a product alone) is short for the firm the article names with it ("eBay Inc").
    const brand = isLowerInitialBrand(name);
    if (canonical.has(name) || (type !== 'organization' && !shortOfFirm && !brand)) continue;
    const needsForm = type !== 'organization' && !brand;
    const full = openingFirms.find((n) => firstSeen.get(n)! < firstSeen.get(name)! && (!needsForm || firmWithForm(n)));
    if (full) canonical.set(name, canonical.get(full) ?? full);
  }
  joinFirstWords(names, types, addressed, canonical);
  joinLoneHeads(names.filter((n) => !cutHeads.has(n)), types, firstSeen, canonical);
  // A name the article also writes with its 's standing alone ("McDonald's said") is that name in its possessive uses.
  for (const name of names) {
    const withS = [`${name}'s`, `${name}’s`].find((n) => pooled.has(n));
    if (withS && !canonical.has(name)) canonical.set(name, withS);
  }
  // An acronym in brackets right after a name is that name's short form: "Association for … (AAPP)".
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    const p = candidates[k - 1]!;
    if (isAcronym(c.text) && c.paragraph === p.paragraph && c.start - p.end <= 3 && p.text.split(/\s+/).length > 1 && acronymMatches(c.text, p.text)) {
      canonical.set(c.text, p.text);
    }
  }
  joinMisspellings(candidates, types, canonical);

  return candidates.map((c) => {
    const canon = canonical.get(c.text) ?? c.text;
    const merged = { ...pooled.get(canon)! };
    if (canon !== c.text) for (const k of Object.keys(merged) as EntityType[]) merged[k] += pooled.get(c.text)![k];
    return { paragraph: c.paragraph, sentence: c.sentence, start: c.start, end: c.end, text: c.text, type: bestType(merged), canonical: canon, confidence: mentionConfidence(c), reading: mentionReading(c), ...(c.span ? { span: c.span } : {}) };
  });
}

/**
 * "Matt" after "Matt Dawson", "Sir Alan" with "Sir Alan Parker", "Zhou" with "Zhou Daojiong": a word alone that opens
 * the one person's name the article writes whole, and ends none (the surnames above), is that person by a first name
 * or a surname written first. It must be read as a person, or be a first name (the lexicon's or the shipped list's) that
 * names no listed place and is not read as one ("Alastair" read as a firm; "Celina" of a dateline stays the city); a
 * firm's short form ("Clark" of "Clark Equipment Co") has joined its firm before. A first name after "Mr" or "Dr" is a
 * surname, someone else's ("Mr Howard" beside "Howard Flight"); a word no list holds as a first name stays joined
 * there ("Dr Khoo" of "Dr Khoo Kay Peng"). Two names opening with the word leave it apart, a person's and a firm's too
 * ("Diageo" beside "Diageo North America", read as a person before "president", and "Diageo Chateau & Estate Wines"):
 * it says not which. A "person" ending in a word news writes in lower case (the case table) is a firm or club the tagger read as one
 * ("Hard Rock", "Charlton Athletic", "Wright Engineers"): a word does not join it.
 */
function joinFirstWords(names: readonly string[], types: ReadonlyMap<string, EntityType>, addressed: ReadonlySet<string>, canonical: Map<string, string>): void {
  const personsOpeningWith = new Map<string, Set<string>>();
  const otherOpeners = new Set<string>();
  for (const name of names) {
    const space = name.indexOf(' ');
    if (space < 0) continue;
    const first = name.slice(0, space);
    // A word that opens a name of another kind too may be that name's ("Diageo" of a firm's unit).
    if (types.get(name) !== 'person') {
      otherOpeners.add(first);
      continue;
    }
    personsOpeningWith.set(first, (personsOpeningWith.get(first) ?? new Set()).add(canonical.get(name) ?? name));
    if (endsInCommonWord(name)) otherOpeners.add(first);
  }
  for (const name of names) {
    const persons = personsOpeningWith.get(name);
    if (canonical.has(name) || !persons || persons.size !== 1 || otherOpeners.has(name)) continue;
    const firstName = opensWithFirstName(name);
    if (types.get(name) === 'place' || (types.get(name) !== 'person' && (!firstName || namesAListedPlace(name)))) continue;
    if (firstName && addressed.has(name)) continue;
    canonical.set(name, [...persons][0]!);
  }
}

/** A name whose last word news writes in lower case at least sometimes (the case table): "Hard Rock", "Wright Engineers". */
function endsInCommonWord(name: string): boolean {
  const usual = usualCase(name.slice(name.lastIndexOf(' ') + 1));
  return usual === 'lower' || usual === 'mixed';
}

/**
 * A slip of the pen joins the article's other spelling of the name ("Pennzol" → "Pennzoil", misspellings.ts), and so do
 * the names already joined to the slip.
 */
function joinMisspellings(candidates: readonly Candidate[], types: ReadonlyMap<string, EntityType>, canonical: Map<string, string>): void {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
  for (const [slip, right] of misspellingJoins(counts, (name) => types.get(name) === 'person')) {
    const target = canonical.get(right) ?? right;
    if (canonical.has(slip) || target === slip) continue;
    canonical.set(slip, target);
    for (const [name, canon] of canonical) if (canon === slip) canonical.set(name, target);
  }
}

/**
 * "The Department said" after "the U.S. Agriculture Department", "the Exchange" after "the New York Stock Exchange":
 * a body's head word alone, which news writes in lower case at least sometimes, is the short form of the one body
 * ending in it that the article named before. Where it named two ("New York Stock Exchange", "New York Futures
 * Exchange") the word says nothing of which, and stays apart; so do heads news writes as names of their own
 * ("Congress", "Senate": the case table's "capital").
 */
function joinLoneHeads(names: string[], types: Map<string, EntityType>, firstSeen: Map<string, number>, canonical: Map<string, string>): void {
  for (const head of names) {
    if (canonical.has(head) || head.includes(' ') || !ORG_HEADS.has(head) || !['lower', 'mixed'].includes(usualCase(head) ?? '')) continue;
    const bodies = new Set(names.filter((n) => n.endsWith(` ${head}`) && types.get(n) === 'organization' && firstSeen.get(n)! < firstSeen.get(head)!).map((n) => canonical.get(n) ?? n));
    if (bodies.size === 1) canonical.set(head, [...bodies][0]!);
  }
}

function acronymMatches(acronym: string, name: string): boolean {
  // "Q&P" spells "Quanta and Pella": its ampersand and periods are no letters.
  const letters = acronym.replace(/[.&]/g, '').toUpperCase();
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const all = name.split(/[\s-]+/).map((w) => w[0]!.toUpperCase()).join('');
  return initials === letters || all === letters;
}

const TYPE_ORDER: EntityType[] = ['organization', 'person', 'place', 'other'];
export function bestType(e: Evidence): EntityType {
  let best: EntityType = 'other';
  let score = 0;
  for (const t of TYPE_ORDER) {
    if (e[t] > score) {
      best = t;
      score = e[t];
    }
  }
  return best;
}
