/** A clause title: the bounds of the trigger's clause in its sentence, its subject and its pronoun named. */
import { escapeRegExp } from '../../util/escape.ts';
import { datelineLength } from '../../extract/dateline.ts';
import { appositions, junctionBounds, OBJECTLESS_AFTER, purposeAfter } from '../../extract/clause.ts';
import { usualCase } from '../../extract/ner/words.ts';
import { alternation, AUXILIARIES_AFTER, CLAUSE_JUNCTIONS, VERB_PHRASE_GOES_ON } from '../../extract/lexicon.ts';
import { CONNECTIVE, DATE_INTRODUCTION, INTRODUCTION, NAME_BEFORE_RELATIVE, NAME_BEFORE_WHICH, nounEnds, PASSIVE_BEFORE, PRONOUN_SUBJECT, SUBJECTLESS, withoutAge } from './clause-words.ts';
import { headlineForm } from './title-form.ts';

/**
 * The clause that reports a happening, as a title: from the start of the trigger's clause to the end of it, the
 * dateline and quotation marks left out, ended where a phrase does when it is long (`titleWords`: "The United States blacklisted China's artificial
 * intelligence group SenseTime", not "… SenseTime as part of a wide-ranging …").
 */
export function clauseTitle(quote: string, trigger: string, actor?: string, parties?: readonly string[]): string {
  // An age after a name (", 41,") says who the person is, not what happened: it is no clause's end.
  const told = withoutAge(quote.slice(datelineLength(quote)).replace(/["“”]/g, '').replace(/\s*<[^<>]*>/g, '')).trim();
  const at = trigger ? told.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  const sentence = at >= 0 ? withoutObjectApposition(told, at + trigger.length) : told;
  const bounds: ClauseBounds = at >= 0 ? triggerClause(sentence, at, trigger, actor, parties) : { start: 0, end: sentence.length, relative: false };
  const { start, end, antecedent, relative } = bounds;
  // A relative clause whose object is the name before it ("Miro Bank, which Quanta acquired last year") is told with
  // that name put back after its verb ("Quanta acquired Miro Bank last year"); with an object of its own ("…, which
  // Acme bought a stake in") it is left as it is.
  const triggerEnd = at + trigger.length;
  if (antecedent && at > start && !SUBJECTLESS.test(sentence.slice(start)) && OBJECTLESS_AFTER.test(sentence.slice(triggerEnd, end))) {
    return clauseTitle(`${sentence.slice(start, triggerEnd)} ${antecedent}${sentence.slice(triggerEnd, end)}`, trigger, actor, parties);
  }
  // A relative clause whose object is a noun before it ("the lenders that Mr Penrik has sued", "a firm which Acme
  // bought") tells no happening on its own: its verb dangles without what was done to whom. (In the passive, "the
  // banks that were sued", the noun is the subject, and the clause is read as any other.)
  if (relative && at > start && !SUBJECTLESS.test(sentence.slice(start)) && !PASSIVE_BEFORE.test(sentence.slice(start, at))
    && OBJECTLESS_AFTER.test(sentence.slice(triggerEnd, end))) return '';
  const clause = withoutLead(withSubject(sentence, bounds, actor), trigger);
  return headlineForm(namedPronoun(clause, sentence, bounds.speaker, actor, parties), trigger);
}

/** Where the trigger's clause starts and ends in its sentence, and what the words before its start say of it. */
interface ClauseBounds {
  start: number;
  end: number;
  /** A named speaker a pronoun subject of the clause stands for ("Ann Lee says she …"). */
  speaker?: string;
  /** The name a relative clause opened by "which" or "whom" is about. */
  antecedent?: string;
  /** The name before a relative clause opened by "who" or "which", with a comma or dash before it. */
  subjectBefore?: string;
  /** Whether the clause is a relative one whose object may be the noun before it. */
  relative: boolean;
}

/** The bounds of the clause of the trigger at `at` (see clauseTitle): its opening, then its end. */
function triggerClause(sentence: string, at: number, trigger: string, actor: string | undefined, parties: readonly string[] | undefined): ClauseBounds {
  const bounds = clauseOpening(sentence, at, actor, parties);
  // A dash after the happening opens an aside or a list ("is suing three firms - Zorbix, its arm …").
  // So does "and" before a subject pronoun ("launched a league and it has …": a second clause), and "and" before an
  // auxiliary ("dropped its founder and has named …"): a second verb of the subject, another happening.
  const after = sentence.slice(at + trigger.length);
  // So does "to" after the verb's object opening a clause of purpose ("sued Zorbix to recover its costs": clause.ts).
  const purpose = purposeAfter(sentence, at, at + trigger.length);
  const tails = [CLAUSE_TAIL.exec(after)?.index, SECOND_CLAUSE_AFTER.exec(after)?.index, purpose === undefined ? undefined : purpose - at - trigger.length].filter((k) => k !== undefined);
  if (tails.length > 0) bounds.end = at + trigger.length + Math.min(...tails);
  // "and", "but" or a comma before a clause with a subject of its own bounds the trigger's clause on either side
  // ("The runner denied it but the panel has upheld the ban", "Quanta was fined 5m, Zorbix was penalized 2m").
  const own = junctionBounds(sentence, at, at + trigger.length);
  bounds.end = nameEnd(sentence, Math.min(bounds.end, own.end));
  return own.start > bounds.start ? { start: own.start, end: bounds.end, relative: false } : bounds;
}

/**
 * Where a clause ends that would end inside a name: a clause's word capitalised between two capitalised words in the
 * sentence ("bought the Anywhere But Home CD for his daughter", "the Before Sunrise tour") is the name's word, not a
 * junction or a clause's tail (read with or without case), so the clause ends after the name's capitalised words. A
 * title is never cut inside a name its page shows.
 */
function nameEnd(sentence: string, end: number): number {
  if (!/\p{Lu}[\p{L}\d&'’.-]*$/u.test(sentence.slice(0, end))) return end;
  const inside = INSIDE_NAME.exec(sentence.slice(end));
  return inside ? end + inside[0].length : end;
}

/** A capitalised junction or tail word, then the capitalised words that go on with the name (see nameEnd). */
const INSIDE_NAME = new RegExp(String.raw`^\s(?:${alternation([...CLAUSE_JUNCTIONS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)))}|Which|Who|While|Because|After|Before|According)(?:\s+\p{Lu}[\p{L}\d&'’.-]*)+`, 'u');

/** Where the trigger's clause opens: after the last word before the trigger at `at` that opens a clause. */
function clauseOpening(sentence: string, at: number, actor: string | undefined, parties: readonly string[] | undefined): ClauseBounds {
  const bounds: ClauseBounds = { start: 0, end: sentence.length, relative: false };
  // ", as well as" adds to a list, it opens no clause ("All of the purchases, as well as the barrels bought in
  // 1986, were …"); "that" after a reporting verb opens what was said ("said that Ann Lee resigned").
  for (const m of sentence.slice(0, at).matchAll(/[;:]\s*|,\s+(?:and|but|while|as(?!\s+well\s+as\b)|after|when)\s+|\s(?:that|which|whom|who|while|when|after|because|since|until|before)\s+|\s(?:said|says|added|announced|reported)\s+(?:that\s+)?(?=\S)/gi)) {
    // What a speaker reports is the happening ("Penril said director Ann Lee has resigned" → "Director Ann Lee has
    // resigned"), unless its subject is a pronoun no name can stand for ("The union said it sued Zorbix").
    const after = m.index + m[0].length;
    // A pronoun after a named speaker stands for the speaker ("Ann Lee says she has been banned by Quanta").
    const saying = /^\s(?:said|says|added|announced|reported)/i.test(m[0]);
    const named = saying && SPEAKER_PRONOUN.test(sentence.slice(after)) ? namedSpeaker(sentence.slice(0, m.index), parties) : undefined;
    if (saying && !actor && !named && PRONOUN_SUBJECT.test(sentence.slice(after))) continue;
    bounds.speaker = named;
    // "since", "until" and "before" are prepositions too ("since 1999"): they open the trigger's clause only when a
    // subject comes next ("has been fractious since founder Ann Lee died").
    if (/^\s(?:since|until|before)\s/i.test(m[0]) && !/^(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?\p{Lu}/u.test(sentence.slice(after))) continue;
    bounds.start = after;
    bounds.antecedent = /^\s(?:which|whom)\s/i.test(m[0]) ? NAME_BEFORE_WHICH.exec(sentence.slice(0, m.index))?.[1] : undefined;
    bounds.relative = /^\s(?:which|whom)\s/i.test(m[0]) || (/^\sthat\s/i.test(m[0]) && nounEnds(sentence.slice(0, m.index)));
    bounds.subjectBefore = /^\s(?:who|which)\s/i.test(m[0]) ? NAME_BEFORE_RELATIVE.exec(sentence.slice(0, m.index))?.[1] : undefined;
  }
  return bounds;
}

/** The trigger's clause, with the subject it shares with the clause before it, or the sentence from its start. */
function withSubject(sentence: string, bounds: ClauseBounds, actor: string | undefined): string {
  const { end, subjectBefore } = bounds;
  let start = bounds.start;
  // A clause cut after "which" or "that" may begin with its verb ("were used to …"): it has no subject of its own, so
  // the title starts where the sentence does.
  // A second clause after ", and" shares the first one's subject ("Acme was founded in 1976, and launched the Qube in
  // 2003"): with the actor known, it is named ("Acme launched the Qube in 2003").
  const sharedSubject = start > 0 && actor !== undefined && /,\s+and\s+$/i.test(sentence.slice(0, start)) && SUBJECTLESS.test(sentence.slice(start));
  // A relative clause about a name, whose verb is the happening ("The announcement from Mr Lane - who was elected in
  // 1997 - prompted …"), is told with that name as its subject: "Mr Lane was elected in 1997".
  const relativeSubject = start > 0 && !sharedSubject && subjectBefore !== undefined && SUBJECTLESS.test(sentence.slice(start)) && /^(?:was|were|has|had|is|are)\b/.test(sentence.slice(start));
  if (SUBJECTLESS.test(sentence.slice(start)) && !sharedSubject && !relativeSubject) start = 0;
  return sharedSubject ? `${actor} ${sentence.slice(start, end)}` : relativeSubject ? `${subjectBefore} ${sentence.slice(start, end)}` : sentence.slice(start, end);
}

/**
 * A title opens with who did it, as a headline does: a connective ("But", "However,") or a phrase set before the
 * subject ("Following the accord,", "For the year ended May 31, 1985,") is left out.
 */
function withoutLead(clause: string, trigger: string): string {
  for (let again = true; again;) {
    again = false;
    const lead = CONNECTIVE.exec(clause) ?? INTRODUCTION.exec(clause) ?? DATE_INTRODUCTION.exec(clause);
    if (lead && clause.length - lead[0].length > trigger.length && clause.slice(lead[0].length).toLowerCase().includes(trigger.toLowerCase())) {
      clause = clause.slice(lead[0].length);
      again = true;
    }
  }
  return clause;
}

/**
 * A pronoun subject ("It said …", "They held talks") named (the actor), since a title is read without the sentences
 * before it. (A pronoun after a named speaker is the speaker whatever verb follows: "Ann Lee said she was banned". It
 * is never the actor whom the clause names as its agent: in "Zorbix Bank is involved because it is being sued by
 * Quanta" "it" is the one party named before it, where there is one.)
 */
function namedPronoun(clause: string, sentence: string, speaker: string | undefined, actor: string | undefined, parties: readonly string[] | undefined): string {
  const spoken = speaker === undefined ? null : SPEAKER_PRONOUN.exec(clause);
  const agent = actor !== undefined && new RegExp(String.raw`\bby\s+(?:the\s+)?${escapeRegExp(actor)}\b`).test(clause);
  const referent = !spoken && agent ? namedBefore(parties, actor!, sentence.slice(0, Math.max(0, sentence.indexOf(clause)))) : undefined;
  const pronoun = spoken ?? (referent ? SPEAKER_PRONOUN.exec(clause) : null) ?? PRONOUN_SUBJECT.exec(clause);
  const standsFor = spoken ? speaker : referent ?? (agent ? undefined : actor);
  return pronoun && standsFor ? `${standsFor}${clause.slice(pronoun[0].length)}` : clause;
}

/** Where the clause after a trigger ends (see clauseTitle). */
const CLAUSE_TAIL = /[;:(]|,\s|\s[-–—]\s|\s(?:which|who|while|because|after|before|according)\s/i;
/**
 * "and" or "but" before a subject pronoun or an auxiliary, in lower case: a second clause after the trigger (see
 * clauseTitle). Case counts: "and Will Brown", "April and May", "and Can Erdem" join names, not clauses.
 */
const SECOND_CLAUSE_AFTER = new RegExp(String.raw`\s(?:and|but)\s(?=(?:it|he|she|they|we|${alternation(AUXILIARIES_AFTER)})\s)`);

/** A pronoun of one person or thing as a clause's subject, which a speaker named just before may be. */
const SPEAKER_PRONOUN = /^(?:it|he|she)(?=\s)/i;

/**
 * The name that ends `before`, a speaker's, as a clause's subject ("Ann Lee" of "Ann Lee says …", "Quanta Ltd" of
 * "…, and Quanta Ltd said …"): capitalised words from the clause's start, without a first word news writes in lower
 * case ("Later", "The"). None when a word of no name stands between, or when `parties` (the event's people and
 * bodies, where known) do not name it: a title names a party the page shows ("Pacific Western" of "Pacific Western
 * Airlines Corp"), not a speaker the name reader missed.
 */
function namedSpeaker(before: string, parties?: readonly string[]): string | undefined {
  const m = /(?:^|[,;]\s+|\s(?:and|but)\s+)((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,5}\p{Lu}[\p{L}\d&'’.-]*)\s*$/u.exec(before);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && usualCase(words[0]!) === 'lower') words.shift();
  const name = words.join(' ');
  if (usualCase(words[0]!) === 'lower') return undefined;
  return parties === undefined || parties.some((p) => p === name || p.startsWith(`${name} `)) ? name : undefined;
}

/** The one party (of `parties`, not the actor) that `before` names, for a pronoun after it; none if not one. */
function namedBefore(parties: readonly string[] | undefined, actor: string, before: string): string | undefined {
  const named = (parties ?? []).filter((p) => p !== actor && new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(p)}(?![\p{L}\d])`, 'u').test(before));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The sentence without an apposition set after the trigger's object when the verb's phrase goes on after it ("Flu
 * ruled Ann Lee, the 2001 champion, out of the final" → "Flu ruled Ann Lee out of the final"): its commas end no
 * clause, and a title cut at the first one loses the verb's particle. (`from`: where the trigger ends.)
 */
function withoutObjectApposition(sentence: string, from: number): string {
  const comma = sentence.indexOf(',', from);
  if (comma < 0 || /[;:(]/.test(sentence.slice(from, comma)) || !/[\p{L}\d.]$/u.test(sentence.slice(0, comma))) return sentence;
  const aside = appositions(sentence, [comma])[0];
  if (!aside) return sentence;
  const next = /^,\s+([a-z]+)\b/.exec(sentence.slice(aside.end))?.[1];
  return next !== undefined && VERB_PHRASE_GOES_ON.has(next) ? `${sentence.slice(0, comma)}${sentence.slice(aside.end + 1)}` : sentence;
}
