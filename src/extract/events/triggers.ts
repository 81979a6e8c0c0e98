/** Trigger words: the words of each type of the taxonomy, tried in its order, and where a word triggers nothing (a noun it describes, a background clause, an object's sense). */
import { taggedTerms } from '../nlp.ts';
import { senseHere } from '../trigger-sense.ts';
import { isOfRegister, type Register } from '../register.ts';
import { hasFiniteVerb } from '../tense.ts';
import { datelineLength } from '../dateline.ts';
import { alternation, DENYING_VERBS, HEARER_VERBS } from '../lexicon.ts';
import { inApposition, inCommaRelative } from '../clause.ts';
import { EVENT_KINDS } from '../../event-types.ts';

/** The words that trigger each type of the taxonomy. */
const TRIGGERS: Record<string, RegExp> = {
  coup: /\b(overthrew|overthrown|overthrow|ousted|seized power|staged a coup|coup)\b/i,
  sanction: /\b(blacklist(?:ed|s|ing)|sanctioned|sanctioning|(?:imposed|imposing|slapped|announced) (?:[\w-]+ ){0,5}sanctions|(?:new|fresh) sanctions (?:on|against)|added (?:[\w’'-]+ ){1,8}to (?:a|the|its) (?:\w+ )?(?:list|blacklist)|embargo(?:ed)?|designated|froze (?:the )?assets|banned)\b/i,
  attack: /\b(killed|killing|killings|attacked|attacks?|bombed|bombing|shot dead|shooting|wounded|massacred?|assassinated|invaded|invasion|airstrikes?|clashes|fighting)\b/i,
  death: /\b(died|dies|passed away|death of|funeral of)\b/i,
  birth: /(?<![\w-])(born)\b/i,
  disaster: /\b(earthquake|floods?|flooding|hurricane|typhoon|cyclone|wildfires?|tsunami|landslide|eruption|crashed|derailed|explosion)\b/i,
  election: /\b(elected|re-elected|won (?:the|a) (?:\w+ )?(?:election|vote|seat)|election|referendum|voters)\b/i,
  appointment: /\b(appointed|named (?:as )?(?:the )?new|nominated|sworn in|promoted to|succeed(?:s|ed|ing)? (?:[\w'’-]+ ){1,4}as)\b/i,
  resignation: /\b(resign(?:s|ed|ing)|stepp(?:ed|ing) down|steps? down|quit(?:s|ting)?|leaving the company|was sacked|was fired|dismissed|left the company|leaves the company|leave of absence|medical leave)\b/i,
  deal: /\b(acquired|acquire|acquisition|takeover|merger|merge|agreed to buy|bought|buys|deal to buy|stake in|bid for)\b/i,
  financial: /\b(profits?|revenues?|earnings|net loss|reported a loss|quarterly results|sales rose|sales fell|shares (?:rose|fell|jumped|slumped)|(?:cut|reduced?|lower(?:ed)?|raised?) (?:the |its |their )?prices?|prices? (?:has |have )?(?:been |was |were )?(?:cut|reduced|lowered|raised)|public offering|IPO)\b/i,
  legal: /\b(sues|sued|suing|lawsuit|suit|court case|filed (?:a |an |its |their )?(?:suit|lawsuit|complaint|case|appeal)|(?:lost|won) (?:its|their|the|a) (?:court )?case|settled (?:its|their|the|a) (?:[\w'’-]+ ){0,3}dispute|charged|convicted|sentenced|indicted|arrested|ruled|verdict|acquitted|jailed|fined|detained|trial)\b/i,
  // A contest's result: the commonest forms of WordNet's verb.competition senses of winning, losing, beating (and its
  // hyponyms: trounce, rout, thrash, crush, edge) and drawing (tying) a game, told with their object where the verb has
  // other senses ("lost to", "drew with", "held to a draw"). Verbs only: a result told by a noun in a lede ("fresh
  // from Quanta's four-goal romp at Pella, …", "a rout behind them") is background to the lede's own clause, and a
  // page's title needs a clause. Read only in a sport article's headline and lede (the kind's ledeOfRegister).
  contest: /\b(beat|beats|beaten|defeat(?:s|ed)|won(?!['’]t)|wins|lost (?:\d+-\d+ )?(?:to|against)|loses (?:\d+-\d+ )?(?:to|against)|drew (?:\d+-\d+ )?(?:with|against|at)|draws (?:\d+-\d+ )?(?:with|against|at)|held to an? (?:[\w-]+ ){0,2}draw|thrashed|trounced|routed|crushed|edged (?:out|past)|overcame)\b/i,
  // A sport lede's signing: WordNet's sign.v "engage by written agreement" ("signed two new pitchers"), "be engaged by
  // a written agreement" ("signed for Vell Rovers") and "mark with one's signature" ("signed a new contract"), and
  // join.v "become a member of a group or organization" (of a name only: trigger-sense.ts; "joined the race to sign"
  // is none); a move or transfer agreed or completed. Past and present only: "is set to join", "hopes to sign" are to
  // come, no happening.
  signing: /\b(signed|signs|joined|joins|(?:agreed|completed|sealed|secured) (?:a |an |his |her |their )?(?:[\w£$.-]+ ){0,3}(?:move|transfer|switch) to)\b/i,
  // A sport lede's absence: a player ruled out of a match or for a time (rule_out.v "make impossible", told in the
  // passive or of a player named: "has ruled out a comeback" is a decision, none), forced out of or withdrawn from an
  // event (withdraw.v "withdraw from active participation", pull_out.v "remove oneself from an obligation"). Past and
  // present only: "will miss", "is set to withdraw" are to come.
  absence: /\b((?:been|was|were|is|are) ruled out|ruled (?:[\w'’-]+ ){1,3}out (?:of|for)|(?:been|was|were) forced out|forced (?:[\w'’-]+ ){0,3}out of|forced to (?:withdraw|pull out|quit)|pulled out of|pulls out of|withdr(?:ew|awn|aws) from|(?:faces|facing) (?:[\w-]+ ){1,3}(?:weeks|months) out|sidelined)\b/i,
  protest: /\b(protests?|protested|protesters|demonstrations?|demonstrators|went on strike|general strike|rally|rallies|marched)\b/i,
  launch: /\b(launch(?:es|ed)?|unveil(?:s|ed)?|releas(?:es|ed)|introduc(?:es|ed)|rolls? out|rolled out|debut(?:s|ed)|(?:went|goes|go) on sale|began selling)\b/i,
  meeting: /\b(summit|met with|held talks|talks with|meeting|visited|hosted|conference)\b/i,
  statement: /\b(said in a statement|in a statement|announc(?:es|ed)|said|says|told|stated|claim(?:s|ed)|confirm(?:s|ed)|argu(?:es|ed)|reports|reported that|condemned|denounced|warned|criticized|criticised|urged|called on|accused|denied|denies|rejected|vowed|pledged|believes|believed)\b/i,
};

/** Each triggered type with its trigger, in the taxonomy's order. */
const EVENT_TRIGGERS = EVENT_KINDS.filter((k) => !k.untriggered).map((k) => {
  const trigger = TRIGGERS[k.type];
  if (!trigger) throw new Error(`event type ${k.type} has no trigger words`);
  return { type: k.type, trigger: new RegExp(trigger.source, `${trigger.flags.replace('g', '')}g`), reportedSpeech: k.reportedSpeech === true, violent: k.violent === true, ledeOfRegister: k.ledeOfRegister };
});

/** The kind of a trigger read in a sense that is a saying (trigger-sense.ts): reported speech. */
const SAYING_TYPE = EVENT_KINDS.find((k) => k.reportedSpeech)!.type;

/** The reported-speech kinds' triggers, each read once (not global, so `test` keeps no state between titles). */
export const SPEECH_TRIGGERS = EVENT_TRIGGERS.filter((t) => t.reportedSpeech).map((t) => new RegExp(t.trigger.source, 'i'));

/** A trigger found in a sentence (findTrigger). */
export type Trigger = NonNullable<ReturnType<typeof findTrigger>>;

/**
 * A verb of telling and the start of its object's noun phrase right before a trigger noun: "told the annual
 * shareholders meeting", "told a meeting …" (HEARER_VERBS). Up to three words between, none a pronoun, a verb of
 * being or having, or a preposition ("told the company it had bought …", "addressed the issue at a summit" are not).
 */
const HEARER_BEFORE = new RegExp(String.raw`\b(?:${alternation(HEARER_VERBS)})\s+(?:the|a|an|its|their|his|her|this)\s+(?:(?!(?:it|he|she|they|we|that|who|which|is|are|was|were|had|has|have|would|will|at|in|on|of|for|with|to|from|by|and)\b)[\w'’-]+\s+){0,3}$`, 'i');

/** A denial's verb and its "that" before a trigger ("denied that she had …"), in the same sentence. */
const DENIED_BEFORE = new RegExp(`\\b(?:${alternation(DENYING_VERBS)})\\b[^.;:]*\\bthat\\s`, 'i');

/**
 * The first trigger of `text` in its kind's sense (in an article of `register`, when known), or null. A kind read only
 * in the headline and lede of one register's articles (a contest's result) is tried where `lede` says `text` is one.
 */
export function findTrigger(text: string, register?: Register, lede = false): { type: string; text: string; index: number } | null {
  let background: { type: string; text: string; index: number } | null = null;
  for (const t of EVENT_TRIGGERS) {
    if (t.ledeOfRegister !== undefined && !(lede && isOfRegister(register, t.ledeOfRegister))) continue;
    for (const m of text.matchAll(t.trigger)) {
      if (describesNoun(text, m.index, m[0], t.reportedSpeech)) continue;
      // A gathering that is the one told ("told the annual meeting") is where the telling was, not the news.
      if (!/\s/.test(m[0]) && HEARER_BEFORE.test(text.slice(0, m.index))) continue;
      // A sport lede's happening told as what its subject denies is no happening; the denial is the news.
      if (t.ledeOfRegister !== undefined && DENIED_BEFORE.test(text.slice(0, m.index))) continue;
      // A verb in a sense outside its kind ("charged down the wing", "was ruled out"; "dismissed the claims" a saying):
      // WordNet's senses, trigger-sense.ts.
      const sense = senseHere(text, m.index, m[0], t.type, register);
      if (sense === 'other') continue;
      // A violent word whose object is a proceeding or a transaction is read in that one's sense ("fighting two lawsuits").
      const type = sense === 'saying' ? SAYING_TYPE : (t.violent ? objectSense(text.slice(m.index + m[0].length)) : undefined) ?? t.type;
      // A trigger in a clause of time or reason ("…, when the Qube was first released") or in the source of a report
      // ("according to figures released by …") is background to the sentence's own happening: a trigger outside
      // such a clause is preferred. So is one outside a relative clause set off after a main clause with its own verb
      // ("sold its unit to Miro, which had bought Tarn Ltd": the clause tells of Miro, evt67).
      if (inBackgroundClause(text, m.index) || inApposition(text, m.index) || inCommaRelative(text, datelineLength(text), m.index)) background ??= { type, text: m[0], index: m.index };
      else return { type, text: m[0], index: m.index };
    }
  }
  return background;
}

/**
 * The trigger words of the kinds that name a proceeding or a transaction (the taxonomy's `proceeding`), each as a
 * whole word: a violent trigger whose object is one of them is read in its figurative sense ("is fighting two
 * lawsuits" is legal, "attacked the merger" a deal), not as violence.
 */
const OBJECT_SENSE_TRIGGERS = EVENT_KINDS.filter((k) => k.proceeding).map((k) => ({ type: k.type, word: new RegExp(`^(?:${TRIGGERS[k.type]!.source})$`, 'i') }));

/** The kind whose noun the object after a trigger names (its words up to a preposition, punctuation or a fifth word). */
function objectSense(after: string): string | undefined {
  const phrase = /^\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)/.exec(after)?.[1] ?? '';
  const words = phrase.split(/\s+/);
  const upTo = words.findIndex((w) => /^(?:in|on|at|for|with|from|by|of|to|over|and|or|as|after|near|since|against|between|that|which|who)$/i.test(w));
  const object = words.slice(0, upTo < 0 ? words.length : upTo);
  return OBJECT_SENSE_TRIGGERS.find((k) => object.some((w) => k.word.test(w) || k.word.test(w.replace(/s$/i, ''))))?.type;
}

/** A name in apposition, set off by commas (", Ann Lee,"). */
const APPOSED_NAME = /,\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3},/gu;

/** The word at `index` is in a clause opened by "when", "after", "because", "according to" … and not yet closed. */
function inBackgroundClause(text: string, index: number): boolean {
  return backgroundOpener(text, index) >= 0;
}

/**
 * A clause of time or reason (from its opener on) has a finite verb of its own ("after her predecessor, Ann Lee,
 * died"), not only a noun phrase ("after the merger of Quanta and Miro"); "according to" opens a source, never a verb.
 */
export const ownVerb = (clause: string) => /^according to\s/i.test(clause) || hasFiniteVerb(clause.replace(APPOSED_NAME, ' '))
  || taggedTerms(clause).some((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && (t.tags.includes('PastTense') || t.tags.includes('PresentTense')));

/**
 * Where the clause of time or reason the word at `index` is in opens ("after", "when", …), or -1. A name set off by
 * commas stays inside it ("after his predecessor, Ann Lee, died").
 */
export function backgroundOpener(text: string, index: number): number {
  const before = text.slice(0, index);
  const opener = /\b(?:when|after|before|since|while|because|although|though|once|until|as soon as|according to)\s/gi;
  let last = -1;
  for (const m of before.matchAll(opener)) last = m.index;
  return last >= 0 && !/[,;:]/.test(before.slice(last).replace(APPOSED_NAME, ' ')) ? last : -1;
}

/**
 * A participle between a preposition or a reporting verb and a word of content describes that word ("for elected
 * councillors", "between rival and armed groups", "said elected police commissioners would …"): a clause's verb
 * needs its subject before it, and no preposition takes a verb in "-ed". TimeML's training documents agree: of 133
 * "-ed" words after an article, possessive or preposition and before a content word, 127 are no EVENT and 6 are
 * annotated as a past one (2 with a quantifier subject, "some started"). After "and" or "that" (a verb as often as
 * not there: "and fired mortars", "that killed one") it is left to the verb reading.
 */
const ADJECTIVE_PARTICIPLE_BEFORE = /\b(?:of|for|with|between|among|to|in|on|from|by|against|under|about|into|said|says|told)\s+$/i;

/** A word of content next: not a function word, a number or a name (a verb's object can be a name: "said named Acme"). */
const CONTENT_WORD_AFTER = /^\s+(?!(?:the|a|an|by|to|in|on|at|for|with|from|as|that|and|or|it|its|up|out|over|into|about|than|of|off|this|these|those|his|her|their|our)\b)[a-z][a-z-]+\b/;

/**
 * A participle right before a finite verb is a reduced relative clause about the noun before it, whose own verb comes
 * next: "The other films nominated are …", "the administrator appointed will run …". A verb needs no second verb after
 * it with no subject between.
 */
const VERB_OF_NOUN_AFTER = /^\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should)\b/i;

/**
 * A participle or verb form used to describe a noun is not a happening: "a claimed battery life of nine hours", "the
 * recently announced tablet", "reports by customers" (a noun). A single-word "-ed" trigger right after an article or
 * possessive (optionally with an adverb: "the newly released") is read as an adjective; so is a reporting verb in
 * "-s" there ("its claims"), or one followed by "of"/"by" ("reports of"). Nouns that name happenings ("the
 * attacks", "a lawsuit") are not touched: only verb forms are.
 */
function describesNoun(text: string, index: number, trigger: string, reporting: boolean): boolean {
  if (/\s/.test(trigger)) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  // The second half of a hyphenated word ("recently-acquired", "state-owned") is an adjective: of 97 such "-ed" words
  // in TimeML's training documents, 94 are no EVENT (the other three: "earlier-announced", "British-owned",
  // "nose-dived"). A prefix makes no adjective ("re-", "co-": "was re-elected").
  if (/ed$/i.test(trigger) && /\p{L}-$/u.test(before) && !/\b(?:re|co|pre|un)-$/i.test(before)) return true;
  const after = text.slice(index + trigger.length);
  if ((/ed$/i.test(trigger) || (reporting && /[^s]s$/i.test(trigger))) && /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:\w+ly\s+)?$/i.test(before)) return true;
  if (/ed$/i.test(trigger) && ADJECTIVE_PARTICIPLE_BEFORE.test(before) && CONTENT_WORD_AFTER.test(after)) return true;
  if (/ed$/i.test(trigger) && !reporting && VERB_OF_NOUN_AFTER.test(after) && /\p{L}\s+$/u.test(before)) return true;
  return reporting && /[^s]s$/i.test(trigger) && /^\s+(?:of|by)\b/i.test(after) && !/\b(?:he|she|it|who|which|that)\s+$/i.test(before) && !/\b(?:[A-Z][\w'’.-]*)\s+$/.test(before);
}
