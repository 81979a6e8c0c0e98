/**
 * JSON and JSON Lines, as scrapers write them: one article per `.json` file, one per line of a `.jsonl` file, with
 * the field names of news-please (title, maintext, date_publish, authors, url, source_domain) and of common dumps
 * (text, body, content; date, published, publish_date; author; source). A line that is no JSON object, or an
 * article with no text, is a problem at its line; the other lines are articles all the same.
 */
import type { Block } from './clean.ts';
import { splitBlocks } from './text.ts';
import { metadataDate } from './metadata-date.ts';
import type { InputFormat, Parsed, Report } from './formats.ts';

/** Field names in order of preference: the first present with a value wins. */
const FIELDS = {
  title: ['title', 'headline'],
  text: ['maintext', 'text', 'body', 'content'],
  date: ['date_publish', 'date', 'published', 'publish_date', 'datePublished'],
  authors: ['authors', 'author'],
  url: ['url', 'link'],
  source: ['source_domain', 'source'],
  section: ['section', 'category'],
} as const;

export const jsonFormat: InputFormat = {
  name: 'json',
  extensions: ['.json'],
  parse(text, report) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      report(jsonError(err, text), lineOfOffset(text, jsonErrorOffset(err) ?? text.length), 'error');
      return [];
    }
    // JSON.parse gives no positions: a paragraph's line is that of the text field's key, found in the source.
    const article = fromRecord(value, 'json', (field) => lineOf(text, new RegExp(`"${field}"\\s*:`)), report);
    return article ? [article] : [];
  },
};

export const jsonLinesFormat: InputFormat = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  parse(text, report) {
    const out: Parsed[] = [];
    text.split('\n').forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (err) {
        report(jsonError(err, raw), line, 'error');
        return;
      }
      const article = fromRecord(value, 'jsonl', () => line, (message, _l, severity) => report(message, line, severity));
      if (article) out.push({ ...article, part: { line, text: raw, id: `line-${line}` } });
    });
    return out;
  },
};

/** One JSON object → an article draft, or null (reported) when it is no object or has no text. */
function fromRecord(value: unknown, format: 'json' | 'jsonl', lineOfField: (field: string) => number, report: Report): Parsed | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(`expected a JSON object (one article), found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`, lineOfField(''), 'error');
    return null;
  }
  const record = value as Record<string, unknown>;
  const pick = (names: readonly string[]) => names.find((n) => hasValue(record[n]));
  const textField = pick(FIELDS.text);
  const body = textField === undefined ? '' : textOf(record[textField]);
  if (body.trim() === '') {
    report(`no article text (none of ${FIELDS.text.join(', ')})`, lineOfField(textField ?? ''), 'error');
    return null;
  }
  const bodyLine = lineOfField(textField!);
  // The text's own line breaks separate paragraphs; every paragraph is on the line of the field.
  const blocks: Block[] = splitBlocks(body.split('\n'), 0).map((b) => ({ ...b, line: bodyLine }));
  const titleField = pick(FIELDS.title);
  const dateField = pick(FIELDS.date);
  const authorsField = pick(FIELDS.authors);
  const urlField = pick(FIELDS.url);
  const authors = authorsField === undefined ? [] : namesOf(record[authorsField]);
  const url = urlField === undefined ? null : stringOf(record[urlField]);
  return {
    format,
    title: titleField === undefined ? '' : stringOf(record[titleField]) ?? '',
    titleLine: titleField === undefined ? bodyLine : lineOfField(titleField),
    headerDate: dateField === undefined ? null : metadataDate(record[dateField]),
    headerDateLine: dateField === undefined ? bodyLine : lineOfField(dateField),
    section: stringOf(record[pick(FIELDS.section) ?? '']),
    source: stringOf(record[pick(FIELDS.source) ?? '']),
    blocks,
    ...(authors.length > 0 ? { authors } : {}),
    ...(url !== null ? { canonicalUrl: url } : {}),
  };
}

function hasValue(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}

function stringOf(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' ? String(v).replace(/\s+/g, ' ').trim() || null : null;
}

/** Body text: a string, or a list of paragraphs. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.filter((p): p is string => typeof p === 'string').join('\n\n');
  return '';
}

/** Authors: a list, one name, or objects with a `name` (schema.org style); each name once, in order. */
export function namesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  const names = list.map((a) => stringOf(a !== null && typeof a === 'object' && 'name' in a ? (a as { name: unknown }).name : a));
  return [...new Set(names.filter((n): n is string => n !== null))];
}

function lineOf(text: string, pattern: RegExp): number {
  const m = pattern.exec(text);
  return m ? lineOfOffset(text, m.index) : 1;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** V8's message with its offset in the whole text turned into a column of its line. */
function jsonError(err: unknown, text: string): string {
  const offset = jsonErrorOffset(err);
  const message = (err as Error).message.replace(/\s*in JSON at position \d+.*$/s, '');
  if (offset === null) return `not valid JSON: ${message}`;
  return `not valid JSON: ${message} (column ${offset - text.lastIndexOf('\n', offset - 1)})`;
}

/** V8 names the offset of most JSON syntax errors ("… in JSON at position 42"), not of a text cut short. */
function jsonErrorOffset(err: unknown): number | null {
  const m = /at position (\d+)/.exec((err as Error).message);
  return m ? Number(m[1]) : null;
}
