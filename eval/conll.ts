/**
 * CoNLL-2003 documents as Chronicle reads them, for the evaluation (eval/entities.ts) and any model trained on the
 * extraction's output: a tokenised document rebuilt as an article, its gold spans, and the extraction's mentions
 * mapped back onto its tokens.
 */
import { readFileSync } from 'node:fs';
import type { EntityType, IngestedArticle } from '../src/types.ts';

export interface Doc { id: string; tokens: string[]; sentenceOf: number[] }
export interface Span { start: number; end: number; type: EntityType; mention?: number }

/**
 * Rebuilds a tokenised document as an article: one paragraph per sentence, tokens joined by spaces, except that a
 * token in `glued` is written with no space on either side (see `gluedHyphens`).
 */
export function toArticle(doc: Doc, glued: ReadonlySet<number> = new Set()): { article: IngestedArticle; tokenStart: number[]; tokenPara: string[] } {
  const paragraphs: IngestedArticle['paragraphs'] = [];
  const tokenStart: number[] = [];
  const tokenPara: string[] = [];
  let text = '';
  let sentence = doc.sentenceOf[0] ?? 0;
  const flush = () => {
    if (text) paragraphs.push({ id: `p${paragraphs.length + 1}`, kind: 'body', text, line: paragraphs.length + 1 });
    text = '';
  };
  doc.tokens.forEach((tok, i) => {
    if (doc.sentenceOf[i] !== sentence) {
      flush();
      sentence = doc.sentenceOf[i]!;
    }
    if (text && !glued.has(i) && !glued.has(i - 1)) text += ' ';
    tokenStart.push(text.length);
    tokenPara.push(`p${paragraphs.length + 1}`);
    text += tok;
  });
  flush();
  const article: IngestedArticle = { id: doc.id, file: doc.id, format: 'plain', title: doc.id, date: null, dateSource: null, section: null, source: null, paragraphs, hash: doc.id };
  return { article, tokenStart, tokenPara };
}

/**
 * The hyphen tokens to write with no spaces around them: those strictly inside one gold name's span. A corpus that
 * gives tokens without their spacing (MEANTIME) splits "Wal-Mart" into "Wal", "-", "Mart", and joining every token
 * with a space makes "Wal - Mart", which no news text writes: the extraction then reads a name "Wal" cut at a dash.
 * A hyphen token is a dash as often as a joiner (in MEANTIME's Apple files 12 of 18 are dashes), but a dash never
 * lies inside a name, so the gold names' spans tell the joiners apart without their types. Hyphens elsewhere (dashes,
 * compounds outside a name) stay spaced.
 */
export function gluedHyphens(doc: Doc, names: readonly { start: number; end: number }[]): Set<number> {
  const glued = new Set<number>();
  for (const n of names) for (let i = n.start + 1; i < n.end - 1; i++) if (doc.tokens[i] === '-') glued.add(i);
  return glued;
}

/** Predicted mentions as token spans. */
export function predictedSpans(doc: Doc, mentions: { paragraph: string; start: number; end: number; type: EntityType }[], tokenStart: number[], tokenPara: string[]): Span[] {
  const spans: Span[] = [];
  mentions.forEach((m, mention) => {
    let first = -1;
    let last = -1;
    for (let i = 0; i < doc.tokens.length; i++) {
      if (tokenPara[i] !== m.paragraph) continue;
      const s = tokenStart[i]!;
      const e = s + doc.tokens[i]!.length;
      if (s < m.end && e > m.start) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0) spans.push({ start: first, end: last + 1, type: m.type, mention });
  });
  return spans;
}

export function readConll(file: string): { doc: Doc; gold: Span[] }[] {
  const out: { doc: Doc; gold: Span[] }[] = [];
  let doc: Doc | null = null;
  let gold: Span[] = [];
  let sentence = 0;
  let open: Span | null = null;
  let prevTag = 'O';
  const close = () => {
    if (open) gold.push(open);
    open = null;
  };
  const MAP: Record<string, EntityType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      close();
      if (doc) out.push({ doc, gold });
      doc = { id: `conll-${out.length + 1}`, tokens: [], sentenceOf: [] };
      gold = [];
      prevTag = 'O';
      continue;
    }
    if (!doc) continue;
    if (!line.trim()) {
      close();
      prevTag = 'O';
      sentence++;
      continue;
    }
    const cols = line.split(' ');
    const token = cols[0]!;
    const tag = cols[3] ?? 'O';
    const i = doc.tokens.length;
    doc.tokens.push(token);
    doc.sentenceOf.push(sentence);
    const [bio, cls] = tag.split('-') as [string, string | undefined];
    const starts = tag !== 'O' && (bio === 'B' || prevTag === 'O' || prevTag.split('-')[1] !== cls);
    if (tag === 'O' || starts) close();
    if (tag !== 'O' && starts) open = { start: i, end: i + 1, type: MAP[cls!] ?? 'other' };
    else if (tag !== 'O' && open) open.end = i + 1;
    prevTag = tag;
  }
  close();
  if (doc) out.push({ doc, gold });
  return out;
}
