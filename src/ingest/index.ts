/**
 * Ingest: a folder of article files → IngestedArticle[] + problems. Every file ends up in one or the other.
 *
 * Formats: text whose first line is ` date YYYY-MM-DD SECTION`; text with no date line; Markdown with YAML
 * front matter (front matter read with `yaml`, the body parsed with unified + remark-parse).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { ArticleFormat, InputFile, IngestResult, IngestedArticle, IsoDate, Paragraph, Problem } from '../types.ts';
import { slugify, uniqueSlugs } from '../util/slug.ts';
import { isValidIsoDay } from '../util/dates.ts';
import { inferArticleDate } from './article-date.ts';
import { mapLimited } from '../util/concurrency.ts';
import { decodeBytes } from './decode.ts';
import { cleanBlocks, stripTitleSlogan, type Block } from './clean.ts';
import { parseMarkdown } from './markdown.ts';

/** Files larger than this are skipped: no article is 50 MB, and reading one would stall the build. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function readInputFolder(root: string): Promise<{ files: InputFile[]; problems: Problem[] }> {
  const absRoot = path.resolve(root);
  const paths: string[] = [];
  const problems: Problem[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(path.join(absRoot, dir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      // Hidden files and folders (.git, .DS_Store) are not articles, but nothing is dropped without a word.
      if (entry.name.startsWith('.')) {
        problems.push({ file: rel, message: `hidden ${entry.isDirectory() ? 'folder' : 'file'} skipped`, severity: 'error' });
        continue;
      }
      if (entry.isSymbolicLink()) problems.push({ file: rel, message: 'symbolic link not followed', severity: 'error' });
      else if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile()) paths.push(rel);
    }
  }
  await walk('');
  // Files are read many at a time: one after another, each waited on its own round trips to the file system
  // (21,578 Reuters stories: 13-19 s). They are kept in walk order.
  const read = await mapLimited(paths, READ_CONCURRENCY, async (rel): Promise<InputFile | Problem> => {
    // An unreadable file (no permission, gone since the listing) is a problem of its own, not the end of the build.
    const handle = await fs.open(path.join(absRoot, rel), 'r').catch((err: Error) => err);
    if (handle instanceof Error) return { file: rel, message: `could not be read: ${handle.message.replace(absRoot + path.sep, '')}`, severity: 'error' };
    try {
      const { size } = await handle.stat();
      return size > MAX_FILE_BYTES
        ? { file: rel, message: `file too large (${size} bytes; limit ${MAX_FILE_BYTES})`, severity: 'error' }
        : { file: rel, bytes: new Uint8Array(await handle.readFile()) };
    } finally {
      await handle.close();
    }
  });
  const files: InputFile[] = [];
  for (const r of read) if ('bytes' in r) files.push(r);
  else problems.push(r);
  return { files, problems };
}

/** Files read at once: enough to keep the file system busy, few enough to stay far from any open-file limit. */
const READ_CONCURRENCY = 32;

/** Article ids: slugs of the input path without its extension, unique across the folder. */
export function articleIds(files: readonly string[]): Map<string, string> {
  return uniqueSlugs(files, (f) => slugify(f.replace(/\.[^./]+$/, ''), 'article'));
}

export function ingestFiles(files: readonly InputFile[]): { articles: IngestedArticle[]; problems: Problem[] } {
  const ids = articleIds(files.map((f) => f.file));
  const articles: IngestedArticle[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    let result: IngestResult;
    try {
      result = ingestFile(file, ids.get(file.file)!);
    } catch (err) {
      // One broken file never stops the others.
      result = { problems: [{ file: file.file, message: `could not be read: ${(err as Error).message}`, severity: 'error' }] };
    }
    if (result.article) articles.push(result.article);
    problems.push(...result.problems);
  }
  return { articles, problems };
}

const HEADER = /^\s*date\s+(\S+)(?:\s+(.+?))?\s*$/i;

interface Parsed {
  format: ArticleFormat;
  title: string;
  titleLine: number;
  headerDate: string | null;
  headerDateLine: number;
  section: string | null;
  source: string | null;
  blocks: Block[];
}

export function ingestFile(file: InputFile, id: string): IngestResult {
  const problems: Problem[] = [];
  const problem = (message: string, line?: number, severity: Problem['severity'] = 'warning') =>
    problems.push({ file: file.file, ...(line !== undefined ? { line } : {}), message, severity });

  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) {
    problem(decoded.message, undefined, 'error');
    return { problems };
  }
  if (decoded.warning) problem(decoded.warning, 1);

  const text = decoded.text;
  const isMarkdown = /\.(md|markdown|mdx)$/i.test(file.file) || /^---[ \t]*\n/.test(text);
  const parsed: Parsed | null = isMarkdown ? parseMarkdown(text, problem) : parsePlain(text);
  if (!parsed || (!parsed.title && parsed.blocks.length === 0)) {
    problem('no article text found', undefined, 'error');
    return { problems };
  }

  const cleaned = cleanBlocks(parsed.blocks);
  const paragraphs: Paragraph[] = cleaned.blocks.map((b, i) => ({ id: `p${i + 1}`, kind: b.kind ?? 'body', text: b.text, line: b.line }));
  let title = stripTitleSlogan(parsed.title.replace(/\s+/g, ' ').trim());
  if (title.length > MAX_TITLE_LENGTH) {
    title = truncateWords(title, 30);
    problem(`the title is ${parsed.title.length} characters long; shortened to its first words`, parsed.titleLine);
  }
  if (!title) {
    const first = paragraphs.find((p) => p.kind === 'body');
    title = first ? truncateWords(first.text, 12) : file.file;
    problem('no title; using the start of the text', parsed.titleLine);
  }
  if (paragraphs.length === 0) problem('the article has a title but no body text', parsed.titleLine);

  let date: IsoDate | null = null;
  let dateSource: IngestedArticle['dateSource'] = null;
  if (parsed.headerDate !== null) {
    if (isValidIsoDay(parsed.headerDate)) {
      date = parsed.headerDate;
      dateSource = 'header';
    } else {
      problem(`date ${parsed.headerDate} is not a date; using the date from the text instead`, parsed.headerDateLine);
    }
  }
  if (date === null) {
    date = inferArticleDate(cleaned.dateLines, cleaned.captionTexts, paragraphs);
    if (date !== null) dateSource = 'inferred';
  }

  const article: IngestedArticle = {
    id,
    file: file.file,
    format: parsed.format,
    title,
    date,
    dateSource,
    section: parsed.section,
    source: parsed.source ?? cleaned.source,
    paragraphs,
    hash: createHash('sha256').update(file.bytes).digest('hex'),
  };
  return { article, problems };
}

function parsePlain(text: string): Parsed {
  const lines = text.split('\n');
  let i = 0;
  let headerDate: string | null = null;
  let headerDateLine = 0;
  let section: string | null = null;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const header = HEADER.exec(lines[i] ?? '');
  if (header) {
    headerDate = header[1]!;
    headerDateLine = i + 1;
    section = header[2]?.trim() || null;
    i++;
  }
  while (i < lines.length && lines[i]!.trim() === '') i++;
  // A first line too long to be a headline (a transcript written as one giant line) is body text, not a title.
  const firstLine = (lines[i] ?? '').trim();
  const title = firstLine.length <= MAX_TITLE_LENGTH ? firstLine : '';
  const titleLine = i + 1;
  if (title || !firstLine) i++;
  return {
    format: header ? 'dateline' : 'plain',
    title,
    titleLine,
    headerDate,
    headerDateLine,
    section,
    source: null,
    blocks: splitBlocks(lines, i),
  };
}

/**
 * Paragraphs: blank-line separated. A block whose lines each end a sentence is one paragraph per line (files
 * written one paragraph per line); otherwise its lines are wrapped text and are joined.
 */
export function splitBlocks(lines: readonly string[], from: number, lineOffset = 0): Block[] {
  const blocks: Block[] = [];
  let current: { line: number; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const ls = current.lines.map((l) => l.trim());
    // Hard-wrapped text has short lines that mostly end mid-sentence; anything else is one paragraph per line.
    const inner = ls.slice(0, -1);
    const endsSentence = inner.filter((l) => /[.!?"”’)\]]$/.test(l)).length;
    const wrapped = ls.length === 1 || (ls.every((l) => l.length <= 100) && endsSentence < inner.length / 2);
    if (!wrapped) ls.forEach((l, k) => blocks.push({ text: l, line: current!.line + k }));
    else blocks.push({ text: ls.join(' '), line: current.line });
    current = null;
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') flush();
    else if (current) current.lines.push(line);
    else current = { line: i + 1 + lineOffset, lines: [line] };
  }
  flush();
  return blocks;
}

/** The first `n` words, and never more than 200 characters even when the text has no spaces. */
function truncateWords(text: string, n: number): string {
  const head = text.length > 200 ? `${text.slice(0, 200)} …` : text;
  const words = head.split(/\s+/);
  return words.length <= n ? head : `${words.slice(0, n).join(' ')}…`;
}

/** Longer than any headline: a first line this long is body text, and a front-matter title this long is cut. */
const MAX_TITLE_LENGTH = 300;

export type { Parsed };
