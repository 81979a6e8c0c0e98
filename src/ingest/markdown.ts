/**
 * Markdown with YAML front matter. The front matter is cut off at its fences and read with `yaml`; the body is
 * parsed with unified + remark-parse, in bounded pieces when it is large or full of markup, because Markdown
 * parsers slow down badly (or overflow the stack) on hostile input: thousands of nested brackets, emphasis marks or
 * backtick runs in one paragraph. Such a piece is read as plain text instead, with a warning, and nothing is lost.
 */
import type { unified as Unified } from 'unified';
import type remarkParse from 'remark-parse';
import type { toString as ToString } from 'mdast-util-to-string';
import YAML from 'yaml';
import type { Root, RootContent } from 'mdast';
import { describeYamlError } from '../util/yaml-errors.ts';
import type { Block } from './clean.ts';
import { splitBlocks } from './text.ts';
import { namesOf } from './json.ts';
import { onFirstUse } from '../util/on-first-use.ts';
import type { InputFormat, Parsed, Report } from './formats.ts';

// The parser is loaded with the first Markdown file (util/on-first-use.ts).
const remark = onFirstUse<{ unified: typeof Unified }>('unified');
const remarkPlugin = onFirstUse<{ default: typeof remarkParse }>('remark-parse');
const mdastText = onFirstUse<{ toString: typeof ToString }>('mdast-util-to-string');
const markdownProcessor = () => remark().unified().use(remarkPlugin().default);
let processor: ReturnType<typeof markdownProcessor> | undefined;
const toString: typeof ToString = (node, options) => mdastText().toString(node, options);

export const markdownFormat: InputFormat = {
  name: 'markdown',
  extensions: ['.md', '.markdown', '.mdx'],
  sniff: (text) => /^---[ \t]*\n/.test(text),
  parse: (text, report) => [parseMarkdown(text, report)],
};

/** A body this short with no hostile piece is parsed whole (link references across paragraphs keep working). */
const WHOLE_BODY_LIMIT = 200_000;
/** A blank-line separated piece longer than this, or denser in markup characters than MARKUP_DENSITY, is plain text. */
const PIECE_LIMIT = 20_000;
const DENSE_PIECE = 2_000;
const MARKUP_DENSITY = 0.05;
/** Nesting deeper than any real article's brackets, quotes or lists. */
const MAX_NESTING = 32;

export function parseMarkdown(text: string, report: Report): Parsed {
  let meta: Record<string, unknown> = {};
  let lines = text.split('\n');
  let offset = 0;
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    if (close < 0) {
      report('front matter: opening `---` is never closed; reading the file as Markdown without front matter', 1);
      lines = lines.slice(1);
      offset = 1;
    } else {
      meta = parseFrontMatter(lines.slice(1, close).join('\n'), 1, report);
      lines = lines.slice(close + 1);
      offset = close + 1;
    }
  }

  const blocks: Block[] = [];
  let headingTitle: { text: string; line: number } | null = null;
  for (const piece of bodyPieces(lines, offset, report)) {
    if (piece.plain) {
      blocks.push(...splitBlocks(piece.lines, 0, piece.offset));
      continue;
    }
    for (const node of piece.tree.children) {
      const line = (node.position?.start.line ?? 1) + piece.offset;
      if (node.type === 'heading' && node.depth === 1 && headingTitle === null && blocks.length === 0) {
        headingTitle = { text: toString(node), line };
        continue;
      }
      blocks.push(...blocksOf(node, line));
    }
  }
  return { ...fromMeta(meta), title: stringField(meta, 'title') ?? headingTitle?.text ?? '', titleLine: headingTitle?.line ?? 1, blocks };
}

function stringField(meta: Record<string, unknown>, key: string): string | null {
  const v = meta[key];
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() || null : null;
}

/** The article fields that front matter gives. */
function fromMeta(meta: Record<string, unknown>): Omit<Parsed, 'title' | 'titleLine' | 'blocks'> {
  const rawDate = stringField(meta, 'date') ?? stringField(meta, 'published') ?? stringField(meta, 'pubDate');
  const authors = namesOf(meta.authors ?? meta.author ?? null);
  const url = stringField(meta, 'url') ?? stringField(meta, 'canonical');
  return {
    ...(authors.length > 0 ? { authors } : {}),
    ...(url !== null ? { canonicalUrl: url } : {}),
    format: 'markdown',
    headerDate: rawDate === null ? null : (/^\d{4}-\d{2}-\d{2}/.exec(rawDate)?.[0] ?? rawDate),
    headerDateLine: 1,
    section: stringField(meta, 'section') ?? stringField(meta, 'category'),
    source: stringField(meta, 'source') ?? stringField(meta, 'agency'),
  };
}

type Piece = { plain: true; lines: string[]; offset: number } | { plain: false; tree: Root; offset: number };

/** The body as parsed Markdown: whole when it is small and tame, else piece by piece, hostile pieces as plain text. */
function bodyPieces(lines: string[], offset: number, report: Report): Piece[] {
  const pieces = splitPieces(lines, offset);
  const hostile = pieces.map((p) => hostility(p.lines));
  const length = lines.reduce((n, l) => n + l.length + 1, 0);
  if (length <= WHOLE_BODY_LIMIT && hostile.every((h) => h === null)) {
    const tree = parse(lines.join('\n'));
    if (tree) return [{ plain: false, tree, offset }];
  }
  return pieces.map((p, i): Piece => {
    const why = hostile[i] ?? null;
    const tree = why === null ? parse(p.lines.join('\n')) : null;
    if (tree) return { plain: false, tree, offset: p.offset };
    report(`Markdown ${why ?? 'too deeply nested to parse'}; reading this part as plain text`, p.offset + 1, 'warning');
    return { plain: true, lines: p.lines, offset: p.offset };
  });
}

function parse(source: string): Root | null {
  try {
    return (processor ??= markdownProcessor()).parse(source) as Root;
  } catch (err) {
    if (err instanceof RangeError) return null; // a stack overflow on nesting the checks did not foresee
    throw err;
  }
}

/** Blank-line separated pieces, each with the number of lines before it. */
function splitPieces(lines: string[], offset: number): { lines: string[]; offset: number }[] {
  const pieces: { lines: string[]; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.trim() === '') {
      if (i > start) pieces.push({ lines: lines.slice(start, i), offset: offset + start });
      start = i + 1;
    }
  }
  return pieces;
}

/** Why a piece should not go to the Markdown parser, or null. Linear in its length. */
function hostility(lines: string[]): string | null {
  let length = 0;
  let markup = 0;
  for (const line of lines) {
    length += line.length + 1;
    const quotes = /^[ \t>]*/.exec(line)![0].split('>').length - 1;
    if (quotes > MAX_NESTING) return `nested block quotes more than ${MAX_NESTING} levels deep`;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > MAX_NESTING * 4) return `indented (nested lists) more than ${MAX_NESTING} levels deep`;
    let depth = 0;
    for (let k = 0; k < line.length; k++) {
      const c = line[k]!;
      if (MARKUP.has(c)) markup++;
      if (c === '\\') k++;
      else if (c === '[' || c === '(') {
        if (++depth > MAX_NESTING) return `nested brackets more than ${MAX_NESTING} levels deep`;
      } else if ((c === ']' || c === ')') && depth > 0) depth--;
    }
  }
  if (length > PIECE_LIMIT) return `paragraph of ${length} characters with no blank line`;
  if (length > DENSE_PIECE && markup / length > MARKUP_DENSITY) return `paragraph that is ${Math.round((markup / length) * 100)}% markup characters`;
  return null;
}
const MARKUP = new Set('*_`[]<!');

function blocksOf(node: RootContent, line: number): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ text: toString(node), line, kind: 'heading' }];
    case 'blockquote':
      return [{ text: toString(node, { includeImageAlt: false }), line, kind: 'quote' }];
    case 'list':
      return node.children.map((item) => ({ text: toString(item), line: item.position?.start.line ?? line }));
    case 'paragraph': {
      // A paragraph that is only an image is a figure: its alt text is the caption.
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'image') return only.alt ? [{ text: only.alt, line, kind: 'caption' }] : [];
      return [{ text: toString(node, { includeImageAlt: false }), line }];
    }
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return [];
    default:
      return 'children' in node || 'value' in node ? [{ text: toString(node), line }] : [];
  }
}

function parseFrontMatter(source: string, line: number, report: Report): Record<string, unknown> {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(source, { prettyErrors: false, lineCounter });
  for (const err of doc.errors) {
    const described = describeYamlError(source, err, lineCounter, line);
    report(`front matter: ${described.message}`, described.line);
  }
  if (doc.errors.length > 0) return {};
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // "Billion laughs": aliases that would expand without bound.
    report(`front matter: ${(err as Error).message}; front matter ignored`, line);
    return {};
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report('front matter: expected `key: value` lines', line + 1);
    return {};
  }
  return value as Record<string, unknown>;
}
