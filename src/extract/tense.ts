/**
 * Which way a date expression points from the article's date, read from the verb that governs it in its clause:
 * "overthrew … on February 1" is past, "will meet on Monday" future, "the case is heard in May" present (scheduled),
 * "payable Dec. 15" / "until March 6" a deadline (usually ahead), "agreed to buy Quanta in February" either way (the
 * agreeing's month or the buying's), and a clause with no readable verb says nothing. Dates without a year and bare weekdays are
 * resolved with this (src/extract/dates.ts); a full part-of-speech tagger would be too slow for every dated sentence
 * of a large archive, so this is a small word-level reader of English verb groups.
 */
import { alternation, COUNTED_TIMES, HABIT_ADVERBS, HABIT_ADVERBS_ALSO_ADJECTIVES, HABIT_PERIODS, MEASURE_AFTER_COUNT, NOUN_MARKERS, PERFECT_INSERTS, REPEAT_COUNTS } from './lexicon.ts';

export type DateDirection = 'past' | 'future' | 'present' | 'deadline' | 'either' | 'none';

/**
 * Words that start a new clause: the verb before them does not govern a date after them. A gerund of showing opens
 * what is shown ("released figures showing output grew 3.2% in 1990": 1990 is the expansion's year).
 */
const CLAUSE_WORD = /^(that|which|who|whom|whose|but|while|when|where|after|because|although|though|if|as|since|so|showing|indicating|suggesting)$/i;
/**
 * Punctuation that closes a clause. A period after a lone capital closes an initial or an initialism, not a clause
 * ("will ship its modems to U.S. retailers on March 17": the shipping keeps its day; session 33, evt70, found on a
 * judged train lede of tests/gold/lede-dates.json).
 */
const CLAUSE_PUNCT = /[;:()"“”!?]|,(?=\s)|(?<!(?:^|[\s.(])[A-Z])\.(?=\s)|--|—|\s-\s|``|''/;
const FUTURE_WORD = /^(will|would|shall|'ll|wo|may|might|must|next|coming|upcoming|soon|tomorrow|forthcoming|scheduled|planning|expected|expect|expects|anticipated|anticipates|anticipate)$/i;
/** Words that point ahead when an infinitive follows: "plans to", "is to", "set to", "due to". */
const FUTURE_BEFORE_TO = /^(supposed|is|are|plans?|planning|expects?|expecting|intends?|intended|hopes?|hoping|aims?|set|due|likely|ready|poised|going|wants?|seeks?|agreed|promised|vowed|threatened|decided)$/i;
/**
 * Verbs of intending told in the past: a date in the infinitive's phrase after them is the intending's or the
 * intended's, so it points either way, to the nearest such date ("agreed to buy Quanta in February" in a March story
 * is last month's agreement, "agreed to become a member in May" this May's membership), never a year ahead. After
 * "has"/"have" (the present perfect) what was agreed is still ahead ("has agreed to sell").
 */
const PAST_INTENDING = /^(agreed|promised|vowed|threatened|decided|intended)$/i;
/** Present verbs of intending whose object an infinitive may follow: "plans a split to take effect", "proposes a plant to open". */
const INTENDING = /^(plans?|planning|intends?|proposes?|proposing|wants?|seeks?|expects?|asks?)$/i;
/** How many words of the object may stand between such a verb and the infinitive ("plans a three-for-two share split to"). */
const INTENT_OBJECT_WORDS = 5;
/** A verb of intending ("plans", "intends", "proposes"; lower case or not): what it governs is ahead of it. */
export const intendingVerb = (w: string): boolean => INTENDING.test(w);
/** Verbs that move a date ahead: "extended its deadline until Tuesday", "postponed the vote to May". */
const MOVE_AHEAD = /^(extend|extended|extends|postponed?|postpones|delayed?|delays|deferred|defers?|adjourned|rescheduled|pushed|moved|give|gives|gave|given|granted|allowed)$/i;
const PAST_AUX = /^(was|were|had|did|been)$/i;
/** Words after "to" that make no infinitive: determiners, pronouns, and nouns news puts after a bare "to". */
const NOT_INFINITIVE = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|him|them|us|me|it|all|each|every|some|any|no|one|two|three|market|power|court|date|work|school|office|jail|prison|death|trial|war|life|order|account|record|bed|sea|town|church|press|parliament|congress|zero|about|around|nearly|almost|more|less|new)$/i;

/** "to testify", "to be completed": an infinitive, whose time is not that of the verb governing it. */
function infinitiveAfter(word: string | undefined): boolean {
  if (!word || !/^[a-z]{2,}$/.test(word) || NOT_INFINITIVE.test(word)) return false;
  // Plural nouns and abstract nouns ("to investors", "to a settlement") are no verbs.
  return !/(?<!s)s$|(tion|ment|ity|ness|ance|ence|ship|ers|ors)$/.test(word);
}
const IRREGULAR_PAST = new Set(('said told met took made came went held left began won lost fell rose saw gave sent put shot fled struck ' +
  'stood spoke wrote sold bought brought thought found paid led ran became hit quit chose drew drove flew grew knew threw broke ' +
  'froze overthrew sank swore tore fought caught taught meant kept felt dealt built spent lent sought withdrew forbade ' +
  'arose awoke bore beat bit bled blew bred clung crept dug fed forgave forgot hung hid laid lay rode rang shook shone slid ' +
  'split spread sprang stole stuck stung strove swept swam swung undertook upheld wept wound').split(' '));
/** Words ending in -ed that are rarely verbs in news (adjectives, nouns). */
const NOT_VERB_ED = /^(red|bed|need|feed|seed|speed|breed|creed|greed|hundred|shed|sled|wed|bred|led|fled|indeed|deed|weed|naked|wicked|sacred|kindred|rugged|ragged|limited|united|detailed|related|advanced|alleged|armed|based|so-called|proposed|supposed|unidentified|unspecified|unrelated|reduced|increased|unexpected|expected|scheduled|planned|proceed|exceed|succeed)$/i;
const DATE_SLOT = String.raw`\s+(?:(?:the\s+)?(?:end|middle|start|beginning) of\s+)?(?:(?:early|late|mid)[- ]?)?$`;
/**
 * Words that make the date after them a term still ahead, whatever the verb: "payable Dec. 15", "effective June 1";
 * a span still running ("the current year ending September") or a limit ("invited bids up to June 9") is read as
 * a term too: the nearest such date, not last year's.
 */
const TERM_BEFORE = new RegExp(String.raw`\b(effective|payable|expires?|expiring|due|starting|beginning|ending|up to|deadline(?: of)?|as (?:soon|early|late) as|no later than|record)` + DATE_SLOT, 'i');
/** Prepositions of a limit: ahead unless the clause is told in the past ("had filed reports by Wednesday"). */
const LIMIT_BEFORE = new RegExp(String.raw`\b(by|until|till|through|thru|before|to)` + DATE_SLOT, 'i');

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).map((w) => w.replace(/^[^\w']+|[^\w']+$/g, '')).filter(Boolean);
}

/** The part of `left` after its last clause boundary. */
function clauseTail(left: string): string {
  let cut = -1;
  const punct = new RegExp(CLAUSE_PUNCT.source, 'g');
  for (let m = punct.exec(left); m; m = punct.exec(left)) cut = m.index + m[0].length;
  const tail = left.slice(cut + 1);
  const ws = tail.split(/(\s+)/);
  let from = 0;
  let pos = 0;
  for (const w of ws) {
    if (CLAUSE_WORD.test(w)) from = pos + w.length;
    pos += w.length;
  }
  return tail.slice(from);
}

/** The part of `right` before its first clause boundary (skipping one boundary right at its start). */
function clauseHead(right: string): string {
  const trimmed = right.replace(/^[\s,]+/, '');
  const m = CLAUSE_PUNCT.exec(trimmed);
  return m ? trimmed.slice(0, m.index) : trimmed;
}

/** A word in a past form of a verb ("rose", "exported"; lower case), not a word in "-ed" news uses as a noun or adjective. */
export function pastForm(w: string): boolean {
  return IRREGULAR_PAST.has(w) || (/^[a-z]{3,}ed$/.test(w) && !NOT_VERB_ED.test(w));
}

/** The way a verb of intending points the infinitive after it: by its own tense (`before` is the word before it). */
function intendingTense(verb: string, before: string): 'either' | 'future' {
  return PAST_INTENDING.test(verb) && !/^(has|have|will|would|to)$/.test(before) ? 'either' : 'future';
}

/** The word before token `i` of `tokens` (lower case), past adverbs in "-ly" ("will be formally installed"). */
function auxiliaryBefore(tokens: string[], i: number): string {
  let k = i - 1;
  while (k > 0 && /^[a-z]{3,}ly$/i.test(tokens[k]!)) k--;
  return tokens[k]?.toLowerCase() ?? '';
}

/**
 * The tense of the nearest finite verb group in `tokens`, read from the end (`fromEnd`) or from the start;
 * `infinitive` when, read back, an infinitive with no direction of its own comes first ("was forced to shut … on").
 */
function verbGroupTense(tokens: string[], fromEnd: boolean): DateDirection | 'infinitive' {
  const order = fromEnd ? [...tokens.keys()].reverse() : [...tokens.keys()];
  let coordinated = false;
  for (const i of order) {
    const w = tokens[i]!.toLowerCase();
    const prev = tokens[i - 1]?.toLowerCase() ?? '';
    const next = tokens[i + 1]?.toLowerCase() ?? '';
    // (Only before an infinitive: "due to a strike", "set to zero" are no plans.)
    if (FUTURE_WORD.test(w)) return 'future';
    if (FUTURE_BEFORE_TO.test(w) && next === 'to' && infinitiveAfter(tokens[i + 2]?.toLowerCase())) return intendingTense(w, prev);
    // "planned a rally for Saturday", "was planned for March": what was planned before the date is still ahead (read
    // after the date, "On Friday, the government planned …", it is the day of planning).
    if (fromEnd && w === 'planned') return 'future';
    // Read backwards, an infinitive ("subpoenaed him to testify on Feb. 10", "placed orders to start trading in
    // November") points ahead of its verb: future after a verb of intending, otherwise no direction of its own.
    if (fromEnd && w === 'to' && infinitiveAfter(tokens[i + 1])) {
      if (FUTURE_BEFORE_TO.test(prev)) return intendingTense(prev, tokens[i - 2]?.toLowerCase() ?? '');
      if (FUTURE_WORD.test(prev) || prev === 'planned') return 'future';
      // "plans a share split to take effect June 22": a verb of intending governs the infinitive across its object.
      if (tokens.slice(Math.max(0, i - INTENT_OBJECT_WORDS - 1), i - 1).some((t) => INTENDING.test(t))) return 'future';
      return 'infinitive';
    }
    // Present tense ("the case is heard in May", "it is calling the notes for repayment on Nov. 9"): scheduled, not past.
    if (/^(is|are|am)$/.test(w)) return 'present';
    if (PAST_AUX.test(w)) return 'past';
    if (pastForm(w)) {
      // A participle after "be"/"to be"/"is" takes its tense from that auxiliary, read on — across adverbs of manner
      // between them too ("will be formally installed", "was quietly sold").
      if (/^(be|being|is|are|am|get|gets)$/.test(auxiliaryBefore(tokens, i))) continue;
      // Read back, a participle joined by "and" shares the group of the verb before it ("will be dated and delivered
      // May 1", "rose and closed on Friday"): that verb's auxiliary tells the tense; past if there is none.
      if (fromEnd && /^(and|or)$/.test(prev) && !coordinated) {
        coordinated = true;
        continue;
      }
      // "shares tendered by holders": a participle, not the clause's verb.
      if (next === 'by' && !IRREGULAR_PAST.has(w)) continue;
      return 'past';
    }
    // Read forwards, "has been", "have agreed": the present perfect tells of what has happened.
    if (/^(has|have)$/.test(w) && /^[a-z]+ed$|^been$/.test(next)) return 'past';
  }
  return coordinated ? 'past' : 'none';
}

/**
 * The direction of the date expression at `start`..`end` in `sentence`. Deadline prepositions directly before the
 * date ("payable Dec. 15", "until March 6") win; then the verb group before the date in its clause; when the date
 * opens its clause ("On February 1, the army overthrew …"), the verb group after it.
 */
export function dateDirection(sentence: string, start: number, end: number): DateDirection {
  const left = sentence.slice(0, start);
  // A date in brackets restates the words before them ("at 4 in the morning (4 a.m. Thursday)"): read from there.
  const bracket = /\(\s*$/.exec(left);
  if (bracket && bracket.index > 0) return dateDirection(sentence, bracket.index, end);
  const expression = sentence.slice(start, end);
  if (/'s$|’s$/.test(expression) || /^\s*['’]s\b/.test(sentence.slice(end))) return 'past';
  if (/\b(next|coming|upcoming|this coming)\s+$/i.test(left)) return 'future';
  if (/\b(last|past|previous|this past)\s+$/i.test(left)) return 'past';
  const tail = words(clauseTail(left));
  const read = verbGroupTense(tail, true);
  const before = read === 'infinitive' ? 'none' : read;
  const after = () => orNone(verbGroupTense(words(clauseHead(sentence.slice(end))), false));
  if (TERM_BEFORE.test(left)) return 'deadline';
  // A date a happening is moved to ("talks have been rescheduled for Thursday") is its new day, ahead.
  const moved = /([a-z]+)\s+for\s+$/i.exec(left);
  if (moved && MOVE_AHEAD.test(moved[1]!)) return 'future';
  if (LIMIT_BEFORE.test(left) && before !== 'future') {
    if (words(left).some((w) => MOVE_AHEAD.test(w))) return 'deadline';
    if (before === 'past' || (before === 'none' && tail.length <= 2 && after() === 'past')) return 'past';
    // "to" alone is a limit only after a verb of moving a date ("extended … to Nov. 20").
    if (!/\bto\s*$/i.test(left)) return 'deadline';
  }
  // The date is in the infinitive's phrase: a verb after it ("… to shut the plant on Sunday and expects …") is of
  // another verb phrase, so the infinitive's 'none' stands.
  if (before !== 'none' || read === 'infinitive') return before;
  // Nothing but a preposition or a subject before the date: the clause's verb comes after it.
  return after();
}

/**
 * True when a clause boundary lies between two spans of `sentence` (offsets into it): a date there belongs to
 * another verb ("claims that … an agreement reached in 1991"). A date opening the sentence ("On February 1, the army
 * overthrew …") sets the time of the main clause and crosses nothing. ", and" is a boundary; "and" alone is not.
 */
export function clauseBreakBetween(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.start > second.start - 1) return false;
  const between = sentence.slice(first.end, second.start);
  const opening = /^\W*(?:\w+\s+){0,2}$/.test(sentence.slice(0, first.start)) && /^\s*,/.test(sentence.slice(first.end));
  if (opening) return false;
  if (new RegExp(CLAUSE_PUNCT.source).test(between.replace(/^[\s,]+/, '').replace(/,\s*$/, ''))) return true;
  // ", and" joins two clauses ("was founded in 1976, and launched the store in 2003"); a bare "and" may join two
  // names or two verbs of one clause ("Acme and Widgets merged on Monday").
  if (/,\s*and\s/i.test(between)) return true;
  // "as" opens a clause only with a verb of its own ("as prices rose"); "installed as head of the council" names a role.
  const ws = words(between);
  return ws.some((w, i) => CLAUSE_WORD.test(w) && (!/^as$/i.test(w) || hasFiniteVerb(ws.slice(i + 1).join(' '))));
}

/** The tense of the verb group that ends `text` in its clause ("Acme said it will hold" → future, "cancelled" → past). */
export function verbGroupDirection(text: string): DateDirection {
  return orNone(verbGroupTense(words(clauseTail(text)), true));
}

/** True when `text` holds a finite verb group that this reader recognises ("started", "was", "will meet"). */
export function hasFiniteVerb(text: string): boolean {
  return orNone(verbGroupTense(words(text), true)) !== 'none';
}

/** An infinitive is no finite verb and gives no direction. */
function orNone(read: DateDirection | 'infinitive'): DateDirection {
  return read === 'infinitive' ? 'none' : read;
}

/**
 * The verb at `index` of `sentence` is told as under way in the present: the passive progressive ("is being run by an
 * administrator") or the perfect progressive ("has been taking place for ten years") — a situation that lasts at the
 * time of writing, not a happening with a day of its own (TimeML links most present progressives to the creation time
 * as INCLUDES, past and present perfect verbs as BEFORE: eval/ongoing.ts). The active progressive is left out: news
 * announces a change under way with it ("is offloading its stake", "is stepping down").
 */
export function toldAsOngoing(sentence: string, index: number): boolean {
  const verb = /^[a-z]+/i.exec(sentence.slice(index))?.[0] ?? '';
  const before = sentence.slice(Math.max(0, index - 50), index);
  // (After "being" the word is a participle: "is being run", "are being held".)
  if (/\b(?:is|are|am)\s+(?:(?:\w+ly|now|still|also)\s+)*being\s+(?:\w+ly\s+)?$/i.test(before)) return verb !== '';
  return /ing$/i.test(verb) && /\b(?:has|have)\s+(?:(?:\w+ly|now|still|also)\s+)*been\s+(?:(?:\w+ly|now|still|also)\s+)*$/i.test(before);
}

/**
 * The trigger at `index` is told as under way, or its clause's verb before it is and no other verb stands between
 * ("Quanta is now being managed by a court appointed receiver": the appointing is no happening of the sentence).
 */
export function clauseToldAsOngoing(sentence: string, index: number): boolean {
  const clause = clauseTail(sentence.slice(0, index));
  const from = index - clause.length;
  for (const m of clause.matchAll(/[a-z]+/gi)) {
    const at = from + m.index;
    if (toldAsOngoing(sentence, at) && !hasFiniteVerb(sentence.slice(at + m[0].length, index))) return true;
  }
  return toldAsOngoing(sentence, index);
}

/** Participles that are no past form of their verb ("had taken", "had begun"), and short ones in "-ed" ("had sued"). */
const PARTICIPLE = /^(?:done|gone|begun|shown|grown|known|flown|drawn|sworn|torn|worn|thrown|blown|sung|run|seen|[a-z]{3,}en|[a-z]{2}ed)$/i;

/**
 * The verb at `index` of `sentence`, or its clause's verb before it, is in the past perfect ("had sued", "had been
 * sued", "had filed a suit"): told as before the time of its telling, so a date that belongs to the report ("said on
 * Friday that …") is not its day (TimeML links such a clause BEFORE its reporting verb).
 */
export const toldInPastPerfect = (sentence: string, index: number): boolean => toldInPerfect(sentence, index, /^had$/i);

/**
 * The verb at `index` of `sentence`, or its clause's verb before it, is in the present perfect ("has called a meeting
 * for …"): told as reaching the report, which English never dates by a past day of its own ("*has called it on January
 * 27"), so a yearless date of its clause is no past day of the verb's (src/extract/dates.ts FAR_BACK_DAYS).
 */
export const toldInPresentPerfect = (sentence: string, index: number): boolean => toldInPerfect(sentence, index, /^(?:has|have)$/i);

/** The verb at `index`, or its clause's verb before it, follows the perfect's auxiliary `auxiliary` ("had", "has"). */
function toldInPerfect(sentence: string, index: number, auxiliary: RegExp): boolean {
  const verb = /^[a-z]+/i.exec(sentence.slice(index))?.[0] ?? '';
  const tail = words(`${clauseTail(sentence.slice(0, index))} ${verb}`);
  let at = tail.length - 1;
  while (at >= 0 && !auxiliary.test(tail[at]!)) at--;
  if (at < 0) return false;
  const next = tail.slice(at + 1).find((w) => !/^(?:\w+ly|not|never|already|also|just|been)$/i.test(w))?.toLowerCase() ?? '';
  return pastForm(next) || PARTICIPLE.test(next);
}

/** Auxiliaries and modals that make a verb group no present simple ("has sold", "will sell", "to sell"). */
const NOT_SIMPLE_PRESENT = /^(?:is|are|am|was|were|be|been|being|has|have|had|will|would|shall|could|can|may|might|must|should|to|did|'ll)$/i;
const HABIT_ADVERB = new RegExp(String.raw`\b(?:${[...HABIT_ADVERBS].filter((w) => !HABIT_ADVERBS_ALSO_ADJECTIVES.has(w)).join('|')})\b`, 'i');
/** "daily", "weekly"… as an adverb: not before a word it would qualify ("weekly sales"), only before a pause or a preposition. */
const HABIT_ADVERB_ALSO_ADJECTIVE = new RegExp(String.raw`\b(?:${[...HABIT_ADVERBS_ALSO_ADJECTIVES].join('|')})\b(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|with|for|and|or|but|to|from|by|since|until|during|through)\b)`, 'i');
const HABIT_PERIOD = new RegExp(String.raw`\b(?:every|each|once an?|twice an?|(?:\w+) times an?)\s+(?:other\s+|single\s+)?(?:${[...HABIT_PERIODS].join('|')})\b`, 'i');

/**
 * The verb at `index` of `sentence` is told as a habit: after "used to", or in the present simple with a word of
 * frequency in its clause ("he usually plays for the reserves", "Zorbix sells tablets every week"): it happens again and
 * again, a situation rather than a happening with a day. A rule where the data is silent (HABIT_ADVERBS says why); the
 * past ("often attacked") and the perfect are left to the models, since a past habit still tells what happened.
 */
export function toldAsHabit(sentence: string, index: number): boolean {
  const verb = /^[a-z]+/i.exec(sentence.slice(index))?.[0] ?? '';
  if (!verb || pastForm(verb.toLowerCase()) || /(?:ed|ing)$/i.test(verb)) return false;
  const tail = clauseTail(sentence.slice(0, index));
  const group = words(tail).slice(-3).map((w) => w.toLowerCase());
  if (/\bused\s+to\s+(?:\w+ly\s+)?$/i.test(tail)) return true;
  const lastOther = [...group].reverse().find((w) => !/ly$/.test(w) && !HABIT_ADVERBS.has(w));
  if (lastOther !== undefined && NOT_SIMPLE_PRESENT.test(lastOther)) return false;
  // After an article, a possessive, a preposition or a number the trigger is a noun ("the election", "a 20 pct rise").
  if (group.length === 0 || NOUN_MARKERS.has(group[group.length - 1]!) || /\d/.test(group[group.length - 1]!)) return false;
  const clause = `${tail} ${verb} ${clauseHead(sentence.slice(index + verb.length))}`;
  return HABIT_ADVERB.test(clause) || HABIT_ADVERB_ALSO_ADJECTIVE.test(clause) || HABIT_PERIOD.test(clause);
}

/**
 * A count of times ("twice", "three times", "5 times"), not a measure ("three times as many", "twice the size") nor a
 * rate ("twice a year": a habit, toldAsHabit).
 */
const REPEAT_COUNT = new RegExp(String.raw`\b(?:${[...REPEAT_COUNTS].join('|')}|(?:${[...COUNTED_TIMES].join('|')}|\d+)\s+times)\b(?!\s+(?:${[...MEASURE_AFTER_COUNT].join('|')})\b)`, 'i');

/**
 * The verb at `index` of `sentence` is in the present perfect with a count of times in its clause ("has cut prices
 * three times this year", "have met twice since May"): a summing up of happenings in the past, background to the
 * news, not one happening with a day.
 */
const PERFECT_BEFORE = new RegExp(String.raw`\b(?:has|have|'ve)\s+(?:(?:\w+ly|${alternation(PERFECT_INSERTS)})\s+)*(?:been\s+)?$`, 'i');

export function toldAsRepeated(sentence: string, index: number): boolean {
  const verb = /^[a-z]+/i.exec(sentence.slice(index))?.[0] ?? '';
  const tail = clauseTail(sentence.slice(0, index));
  if (!PERFECT_BEFORE.test(tail)) return false;
  return REPEAT_COUNT.test(`${tail} ${verb} ${clauseHead(sentence.slice(index + verb.length))}`);
}
