/**
 * Ingest: a folder of article files → IngestedArticle[] + problems. Every file ends up in one or the other.
 *
 * Formats are a registry (formats.ts): each file is decoded, its format recognised, and the drafts it parses into
 * are cleaned, dated and given ids here, the same way for every format.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';
import type { InputFile, IngestResult, IngestedArticle, IsoDate, Paragraph, Problem } from '../types.ts';
import { slugify, uniqueSlugs } from '../util/slug.ts';
import { isValidIsoDay } from '../util/dates.ts';
import { inferArticleDate } from './article-date.ts';
import { decodeBytes } from './decode.ts';
import { cleanBlocks, stripTitleSlogan } from './clean.ts';
import { formatOf, type Parsed, type Report } from './formats.ts';
import { MAX_TITLE_LENGTH } from './text.ts';
import type { IngestMemo, IngestedFile } from './memo.ts';
import { textFingerprint } from './fingerprint.ts';

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
  const files: InputFile[] = [];
  for (let i = 0; i < paths.length; i += READ_BATCH) {
    for (const rel of paths.slice(i, i + READ_BATCH)) {
      const r = readInputFile(absRoot, rel);
      if ('bytes' in r) files.push(r);
      else problems.push(r);
    }
    // (The event loop turns between batches: `chronicle dev` keeps serving while a large folder is read.)
    if (i + READ_BATCH < paths.length) await new Promise((resolve) => setImmediate(resolve));
  }
  return { files, problems };
}

/**
 * One file, read with blocking calls: an open, a stat, a read and a close straight from this thread. Read through
 * promises, each call was a round trip through libuv's thread pool, and reading 10,000 Reuters stories took 0.9-1.1 s
 * of CPU, and on a loaded machine up to 1.8 s of wall, against 0.11-0.12 s and 0.8 s blocking (session 43, speed56).
 * An unreadable file (no permission, gone since the listing) is a problem of its own, not the end of the build.
 */
function readInputFile(absRoot: string, rel: string): InputFile | Problem {
  let fd: number;
  try {
    fd = openSync(path.join(absRoot, rel), 'r');
  } catch (err) {
    return { file: rel, message: `could not be read: ${(err as Error).message.replace(absRoot + path.sep, '')}`, severity: 'error' };
  }
  try {
    const { size } = fstatSync(fd);
    return size > MAX_FILE_BYTES
      ? { file: rel, message: `file too large (${size} bytes; limit ${MAX_FILE_BYTES})`, severity: 'error' }
      : { file: rel, bytes: new Uint8Array(readFileSync(fd)) };
  } finally {
    closeSync(fd);
  }
}

/** Files read between two turns of the event loop. */
const READ_BATCH = 256;

/**
 * Article ids: slugs of the input path without its extension, unique across the folder. An article that is one of
 * several in its file adds what names it there after a double hyphen, which no slug of a path has, so no file added
 * later takes its id: a line of a JSON Lines file its line (`dump--line-3`), a feed item a hash of its guid
 * (`news--item-3f2a9c1b07`). A path + line id stays the same when lines are added to the end of the file or edited in
 * place; an id from the URL would not do better (many dumps have none, and a crawler that fetches a page twice
 * repeats it). Feeds put new items first, so their items are named by guid, never by place.
 */
export function articleIds(keys: readonly ArticleKey[]): Map<string, string> {
  const byKey = new Map(keys.map((k) => [keyString(k), k]));
  return uniqueSlugs(byKey.keys(), (s) => {
    const k = byKey.get(s)!;
    const stem = k.file.replace(/\.[^./]+$/, '');
    return k.part === undefined ? slugify(stem, 'article') : `${slugify(stem, 'article')}--${k.part}`;
  });
}

/** What names an article in the input: its file, and its part (`line-3`, `item-…`) when the file holds several. */
export interface ArticleKey {
  file: string;
  part?: string;
}
// A NUL never occurs in a file name, so file + part cannot collide with another file's name.
const keyString = (k: ArticleKey) => (k.part === undefined ? k.file : `${k.file}\u0000${k.part}`);

/**
 * Every file's articles and problems. With `memo` (src/ingest/memo.ts), a file whose path and bytes were ingested
 * by an earlier build, and whose articles get the same ids again, is taken from it as it was; the others are
 * ingested, and recorded in it.
 */
export function ingestFiles(files: readonly InputFile[], memo?: IngestMemo): { articles: IngestedArticle[]; problems: Problem[]; fingerprints: Map<IngestedArticle, string> } {
  const read = files.map((file) => {
    const kept = memo?.get(file);
    return kept ? { file, kept, parts: kept.parts } : { file, ...parsedWithParts(file) };
  });
  // A file with no article keeps its key, so a broken file does not hand its id to another.
  const keys = read.flatMap(({ file, parts }) => {
    const named = parts.filter((p) => p !== undefined);
    return named.length > 0 ? named.map((part) => ({ file: file.file, part })) : [{ file: file.file }];
  });
  const ids = articleIds(keys);
  const articles: IngestedArticle[] = [];
  const problems: Problem[] = [];
  const fingerprints = new Map<IngestedArticle, string>();
  for (const r of read) {
    const fileIds = r.parts.map((part) => ids.get(keyString({ file: r.file.file, part }))!);
    const kept = 'kept' in r && r.kept?.ids.every((id, i) => id === fileIds[i]) ? r.kept : undefined;
    const done = kept ?? ingestedFile('parsed' in r ? r.parsed : parseFile(r.file), fileIds);
    memo?.set(r.file, done);
    articles.push(...done.articles);
    problems.push(...done.problems);
    done.articles.forEach((a, i) => fingerprints.set(a, done.fingerprints[i]!));
  }
  return { articles, problems, fingerprints };
}

/** A file parsed, with each draft's part. */
function parsedWithParts(file: InputFile) {
  const parsed = parseFile(file);
  return { parsed, parts: parsed.drafts.map((d) => d.part?.id) };
}

/** A parsed file's articles, given their ids, and its problems (the parser's, then the articles'). */
function ingestedFile({ file, drafts, problems }: ReturnType<typeof parseFile>, ids: string[]): IngestedFile {
  const articles = drafts.map((draft, i) => toArticle(file, draft, ids[i]!, reporter(file, problems)));
  return { parts: drafts.map((d) => d.part?.id), ids, articles, problems, fingerprints: articles.map(textFingerprint) };
}

/** One file on its own: its articles, with `id` for the first (tests, evaluation). */
export function ingestFile(file: InputFile, id: string): IngestResult & { articles: IngestedArticle[] } {
  const { drafts, problems } = parseFile(file);
  const articles = drafts.map((d) => toArticle(file, d, d.part === undefined ? id : `${id}--${d.part.id}`, reporter(file, problems)));
  return articles[0] ? { article: articles[0], articles, problems } : { articles, problems };
}

function reporter(file: InputFile, problems: Problem[]): Report {
  return (message, line, severity = 'warning') =>
    problems.push({ file: file.file, ...(line !== undefined ? { line } : {}), message, severity });
}

/** Decoding, the format, and its drafts; a file that yields no article has an error saying why. */
function parseFile(file: InputFile): { file: InputFile; drafts: Parsed[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = reporter(file, problems);
  try {
    // The format is recognised on the text read the usual way; a format whose files name their charset reads it again.
    const usual = decodeBytes(file.bytes);
    const format = usual.ok ? formatOf(file.file, usual.text) : null;
    const declared = format?.declaredEncoding?.(file.bytes) ?? null;
    const decoded = declared === null ? usual : decodeBytes(file.bytes, declared);
    if (!decoded.ok || format === null) {
      problem(decoded.ok ? 'not text' : decoded.message, undefined, 'error');
      return { file, drafts: [], problems };
    }
    if (decoded.warning) problem(decoded.warning, 1);
    const drafts = format
      .parse(decoded.text, problem)
      .filter((d) => d.title || d.blocks.length > 0);
    if (drafts.length === 0 && !problems.some((p) => p.severity === 'error')) problem('no article text found', undefined, 'error');
    return { file, drafts, problems };
  } catch (err) {
    // One broken file never stops the others.
    return { file, drafts: [], problems: [...problems, { file: file.file, message: `could not be read: ${(err as Error).message}`, severity: 'error' }] };
  }
}

/** A draft → the article: debris and captions cleaned, title checked, date read or inferred. */
function toArticle(file: InputFile, parsed: Parsed, id: string, problem: Report): IngestedArticle {
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

  return {
    id,
    file: file.file,
    format: parsed.format,
    title,
    date,
    dateSource,
    section: parsed.section,
    source: parsed.source ?? cleaned.source,
    paragraphs,
    hash: createHash('sha256').update(parsed.part ? parsed.part.text : file.bytes).digest('hex'),
    ...(parsed.part ? { line: parsed.part.line } : {}),
    ...(parsed.authors ? { authors: parsed.authors } : {}),
    ...(parsed.canonicalUrl ? { canonicalUrl: parsed.canonicalUrl } : {}),
  };
}

/** The first `n` words, and never more than 200 characters even when the text has no spaces. */
function truncateWords(text: string, n: number): string {
  const head = text.length > 200 ? `${text.slice(0, 200)} …` : text;
  const words = head.split(/\s+/);
  return words.length <= n ? head : `${words.slice(0, n).join(' ')}…`;
}

