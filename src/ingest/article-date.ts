/**
 * The publication date of an article whose file gives none, inferred only from evidence of publication (issue 19):
 *
 * 1. a line that is only a date, or a "Published"/"Updated"/"Posted" line (`isDateOnly` in clean.ts);
 * 2. a photo caption's date (the day the picture of the news was taken);
 * 3. a dateline that opens the lede with a full date ("WASHINGTON, Dec. 10, 2021 –");
 * 4. the date the lede reports for its own news: the one full date of the first body paragraph, told of a happening
 *    in the past or present ("The vote was held on March 3, 2021").
 *
 * A date the text only mentions is never the article's date: a birth ("born on 20 February 1951"), a date in a
 * clause of time ("since", "until", "before"), a term ("payable April 1, 1987"), a forecast or anything told in
 * the future, a date in a later paragraph. Measured on dated corpora with their dates hidden (`npm run
 * eval:dates`): the latest date a text reports was the wrong day for nearly every story that had one, so with no
 * such evidence the date stays unknown rather than wrong.
 */
import type { IsoDate, Paragraph } from '../types.ts';
import { FULL_DATE } from './clean.ts';
import { fullDatesIn } from '../util/dates.ts';
import { dateDirection, hasFiniteVerb } from '../extract/tense.ts';

export function inferArticleDate(dateLines: readonly string[], captions: readonly string[], paragraphs: readonly Paragraph[]): IsoDate | null {
  for (const line of dateLines) {
    const d = fullDatesIn(line)[0];
    if (d) return d;
  }
  for (const caption of captions) {
    const d = fullDatesIn(caption).sort().at(-1);
    if (d) return d;
  }
  const lede = paragraphs.find((p) => p.kind === 'body');
  return lede ? ledeDate(lede.text) : null;
}

/** The lede's own date: a dateline's full date, else a full date that dates the first sentence's main verb. */
function ledeDate(paragraph: string): IsoDate | null {
  const text = firstSentence(paragraph);
  const found: { value: IsoDate; start: number; end: number }[] = [];
  FULL_DATE.lastIndex = 0;
  for (const m of text.matchAll(FULL_DATE)) {
    const value = fullDatesIn(m[0])[0];
    if (value) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  const first = found[0];
  if (!first) return null;
  const before = text.slice(0, first.start);
  const after = text.slice(first.end);
  // "WASHINGTON, Dec. 10, 2021 –", "LONDON, 10 December 2021 (Reuters) -": a place in capitals, then the date.
  if (/^[\p{Lu}][\p{Lu}\s.,'’-]{1,40},\s*$/u.test(before) && /^\s*(?:\([^)]{1,40}\)\s*)?[-–—_:]/.test(after)) return first.value;
  // Only the first date of the sentence, and only where it dates the main verb: opening the sentence ("On March 3,
  // 2021, voters …"), between the subject and its verb ("The army on Monday, February 1, 2021 seized …"), or right
  // after the first verb ("The vote was held on March 3, 2021"). Anywhere else it dates a noun or another clause
  // ("redemption on May 12, 1987", "notes maturing June 1, 2009", "the seat bought on February 23, 1987").
  const subject = before.replace(/^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}(?:\([^)]{1,40}\))?\s*[-–—_:]\s*/u, '');
  const direction = dateDirection(text, first.start, first.end);
  if ((direction !== 'past' && direction !== 'present') || NOT_THE_NEWS.test(subject)) return null;
  const opening = /^(?:on\s+)?$/i.test(subject) && /^\s*,/.test(after);
  const subjectThenDate = /\bon\s+$/i.test(subject) && !hasFiniteVerb(subject.replace(/\s*\bon\s+$/i, '')) && hasFiniteVerb(after.split(/[,;]/).find((c) => c.trim()) ?? '');
  const verbThenDate = /^[\w\s.,'’&-]*?\b(?:was|were|is|are|has been|have been)?\s*\w+(?:ed|en)?\s+on\s+$/i.test(subject) && hasFiniteVerb(subject) && !/\b(?:that|which|who|whose|when|where|after|before|since|until|of|for|its|their|his|her)\b/i.test(subject) && countFiniteVerbs(subject) === 1;
  return opening || subjectThenDate || verbThenDate ? first.value : null;
}

/** Words before a date that make it something other than the day of the news: a span, a term, a birth, a start. */
const NOT_THE_NEWS = /\b(?:since|until|till|through|by|before|after|from|between|born|founded|established|formed|created|payable|effective|due|expires?|expiring|ending|ended|maturing|record|redemption|as of)\s+(?:on\s+)?$/i;

/** The words of `text` that start a finite verb group, counted one group at a time. */
function countFiniteVerbs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean);
  let count = 0;
  let inGroup = false;
  for (let i = 0; i < words.length; i++) {
    const finite = hasFiniteVerb(words[i]!);
    if (finite && !inGroup) count++;
    inGroup = finite;
  }
  return count;
}

/** Abbreviations whose period ends no sentence ("U.S.", "Dec.", "Mr.", "Inc."). */
const ABBREVIATION = /(?:\b[\p{Lu}](?:\.[\p{Lu}])*|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Gov|Sen|Rep|Gen|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs))$/u;

/** The first sentence of a paragraph: up to the first ". " that follows no abbreviation. */
function firstSentence(text: string): string {
  for (const m of text.matchAll(/[.!?]["”’)]?\s+(?=["“‘]?[\p{Lu}\d])/gu)) {
    if (!ABBREVIATION.test(text.slice(0, m.index))) return text.slice(0, m.index + 1);
  }
  return text;
}
