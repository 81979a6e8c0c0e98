/**
 * Sentence splitting with offsets. Intl.Segmenter (ICU) does the splitting; ICU in JavaScript has no
 * abbreviation suppressions, so breaks after titles and initials ("Mr.", "U.S.", "J. Smith") are re-joined here.
 */
import type { Paragraph, Sentence } from '../types.ts';
import { ABBREVIATIONS, DATELINE_REGIONS, SPEECH_VERBS_AFTER, TITLE_HEADS } from './lexicon.ts';
import { taggedTerms } from './nlp.ts';
import { stateNamed } from './us-states.ts';
import { LEGAL_FORMS } from './shapes.ts';
import { countryInitials } from './ner/gazetteer.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Longest sentence handed to the extractors: text with no sentence marks (a transcript, a table) is cut here. */
export const MAX_SENTENCE_LENGTH = 2000;

/**
 * The word (without its final period) that ends `text` with a period: "Mr" of "… said Mr.", "U.S" of "the U.S.", and
 * of a bracket that closes right after it, "U.K" of "Cargill (U.K.)": a firm's country in brackets goes on into its
 * legal form ("Asamera Oil (U.S.) Inc concluded …"; train count, session 52, lead: Reuters-21578 reut2-003 …
 * reut2-021, every dotted initials closing a bracket before a capitalised word — 10 distinct — is inside its sentence).
 */
function lastDottedWord(text: string): string | undefined {
  // Only the end matters; looking at a bounded tail keeps this linear on very long text. An opening bracket counts as a
  // word's start: Reuters writes unlisted firms in angle brackets, "<E.B. Michaels Research Associates>".
  const m = /(?:^|[\s(\[<“"'‘])([A-Za-z][A-Za-z.]*)\.\s*$|\(([A-Za-z][A-Za-z.]*)\.\)\s*$/.exec(text.slice(-40));
  return m?.[1] ?? m?.[2];
}

function endsWithAbbreviation(text: string): boolean {
  const word = lastDottedWord(text);
  return word !== undefined && isAbbreviation(word);
}

/**
 * A legal form that closes a firm's name, with its period (an abbreviation of the lexicon's that is a legal form:
 * "Inc.", "Corp.", "Co.", "Ltd."), before a capitalised word ends the sentence ("… was sold to Zorbix Inc. The price
 * was not given", "… led by Quanta Corp. Vell said …"): news writes a firm's name last in a clause far more often than
 * a capitalised word right after its period (train count, session 50, ent97: Reuters-21578 reut2-003 … reut2-021
 * stories 0–899, 13,858 stories: of 125 such periods read inside a sentence, 114 were sentence ends, 9 a legal form
 * before another, 2 inside one: a recased "In" after the period, a misspelt initial). Not before another legal form
 * ("Orlin Securities Co. Ltd", "Vell and Co. Inc.": one firm's name), a country's dotted initials ("Zorbix Inc. U.S.
 * unit": whose unit), a title, or a verb of saying recased after the period ("… marketing arm Zorbix Co. Said."), nor
 * after words with no verb (`hasVerb`). Dotted forms
 * ("N.V.", "S.A.") are left as they were: "N.V." opens a name as often ("N.V. Quanta").
 */
function legalFormEndsSentence(chunk: string, after: string): boolean {
  const form = lastDottedWord(chunk);
  if (form === undefined || !ABBREVIATIONS.has(form.toLowerCase()) || !LEGAL_FORMS.test(form)) return false;
  const next = /^\s*(\p{Lu}[\p{L}\d'’.&-]*)/u.exec(after)?.[1];
  if (next === undefined || SPEECH_VERBS_AFTER.has(next.toLowerCase().replace(/[.,]$/, '')) || TITLE_HEADS.has(next)) return false;
  return !LEGAL_FORMS.test(next.replace(/[.,]$/, '')) && !countryInitials(next, true) && hasVerb(chunk);
}

/**
 * The words before the period hold a verb (compromise's tags): a clause that can end there. "The co-founder of Zorbix
 * Inc. Ana Vell has died" has none before "Inc." and goes on; MEANTIME's Wikinews text writes a firm's officer right
 * after its legal form so ("said Zorbix Inc. CEO Ana Vell": a title, TITLE_HEADS).
 */
const hasVerb = (chunk: string): boolean => taggedTerms(chunk).some((t) => t.tags.includes('Verb'));

/** Whether a word (without its final period) is one that a period abbreviates: "Mr", "Inc", "J", "U.S". */
export function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.N.". An acronym written without dots ("US", "UK", "BBC") has no
  // period of its own: after it, the period ends the sentence ("… arrested in the US. Among them …"; 271 such ends
  // in the BBC articles were read as one sentence with the next).
  return (/^[A-Z]$/.test(word) || /^(?:[A-Z]\.)+[A-Z]$/.test(word)) && word.replace(/\./g, '').length <= 3;
}

/** A paragraph's opening that is a dateline's city in capitals and its region's abbreviation ("MIRO FALLS, Tex."). */
const DATELINE_HEAD = /^\p{Lu}[\p{Lu}\s.'’-]{1,40},\s*([A-Z][a-z]+)\.$/u;

/** The chunk is a dateline's head, its region a U.S. state's abbreviation (the package's) or one DATELINE_REGIONS adds. */
function isDatelineHead(chunk: string): boolean {
  const region = DATELINE_HEAD.exec(chunk)?.[1];
  return region !== undefined && (stateNamed(`${region}.`) !== undefined || DATELINE_REGIONS.has(region));
}

/**
 * "at 9 a.m. Tuesday", "at 4 a.m. EDT Thursday": a clock time goes on into its zone, day or month, or a lowercase
 * word; "… at 9 a.m. The talks …" ends the sentence.
 */
function clockContinues(chunk: string, after: string): boolean {
  return /\b\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s*$/i.test(chunk)
    && /^\s*(?:[A-Z][DS]T|GMT|UTC|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[a-z])\b/.test(after);
}

/** ICU slows down badly on very long text, so long paragraphs are segmented window by window. */
const SEGMENT_WINDOW = 5000;

function* segments(text: string): Generator<{ index: number; segment: string }> {
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(text.length, offset + SEGMENT_WINDOW);
    if (end < text.length) {
      // End the window after a sentence mark if there is one, else at a space.
      const window = text.slice(offset, end);
      const mark = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      if (mark > SEGMENT_WINDOW / 2) end = offset + mark + 2;
      else if (space > 0) end = offset + space + 1;
    }
    for (const seg of segmenter.segment(text.slice(offset, end))) yield { index: offset + seg.index, segment: seg.segment };
    offset = end;
  }
}

export function splitParagraph(paragraph: Paragraph, firstIndex: number): Sentence[] {
  const out: Sentence[] = [];
  let pendingStart = -1;
  for (const seg of segments(paragraph.text)) {
    const segEnd = seg.index + seg.segment.length;
    const start = pendingStart >= 0 ? pendingStart : seg.index;
    const chunk = paragraph.text.slice(start, segEnd);
    const next = paragraph.text.slice(segEnd, segEnd + 2);
    // Re-join when the break follows an abbreviation and the next word does not look like a new sentence start
    // after a lowercase word, or when the break follows an initial/title before a capitalised name, or a dateline's
    // city and region ("MIRO FALLS, Tex." before "March 3 -").
    const after = paragraph.text.slice(segEnd, segEnd + 20);
    if (segEnd < paragraph.text.length && ((endsWithAbbreviation(chunk) && /^\s*[A-Za-z0-9]/.test(next + ' ') && !legalFormEndsSentence(chunk, after)) || (start === 0 && isDatelineHead(chunk.trim()))
      || clockContinues(chunk, after))) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(out, paragraph, start, segEnd, firstIndex);
  }
  if (pendingStart >= 0) pushTrimmed(out, paragraph, pendingStart, paragraph.text.length, firstIndex);
  return out;
}

function pushTrimmed(out: Sentence[], paragraph: Paragraph, start: number, end: number, firstIndex: number): void {
  // Cut runaway "sentences" at a space near the limit, so no extractor ever sees unbounded text.
  while (end - start > MAX_SENTENCE_LENGTH) {
    const window = paragraph.text.slice(start, start + MAX_SENTENCE_LENGTH);
    const cut = window.lastIndexOf(' ');
    const at = start + (cut > MAX_SENTENCE_LENGTH / 2 ? cut : MAX_SENTENCE_LENGTH);
    pushOne(out, paragraph, start, at, firstIndex);
    start = at;
  }
  pushOne(out, paragraph, start, end, firstIndex);
}

function pushOne(out: Sentence[], paragraph: Paragraph, start: number, end: number, firstIndex: number): void {
  const raw = paragraph.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const s = start + lead;
  out.push({ paragraph: paragraph.id, index: firstIndex + out.length, start: s, end: s + text.length, text });
}

export function splitSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) out.push(...splitParagraph(p, out.length));
  return out;
}
