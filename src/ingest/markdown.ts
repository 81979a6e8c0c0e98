/** Markdown with YAML front matter, parsed with unified + remark-parse + remark-frontmatter. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import YAML from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { Problem } from '../types.ts';
import { describeYamlError } from '../util/yaml-errors.ts';
import type { Block } from './clean.ts';
import type { Parsed } from './index.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

type Report = (message: string, line?: number, severity?: Problem['severity']) => void;

export function parseMarkdown(text: string, report: Report): Parsed {
  let tree: Root;
  let body = text;
  let bodyLineOffset = 0;
  // An unclosed front matter block is not front matter to remark; say so, and read the rest as the body.
  if (/^---[ \t]*\n/.test(text) && !/\n(---|\.\.\.)[ \t]*(\n|$)/.test(text.slice(3))) {
    report('front matter: opening `---` is never closed; reading the file as Markdown without front matter', 1);
    body = text.replace(/^---[ \t]*\n/, '');
    bodyLineOffset = 1;
  }
  tree = processor.parse(body) as Root;

  let meta: Record<string, unknown> = {};
  const blocks: Block[] = [];
  let headingTitle: { text: string; line: number } | null = null;
  for (const node of tree.children) {
    const line = (node.position?.start.line ?? 1) + bodyLineOffset;
    if (node.type === 'yaml') {
      meta = parseFrontMatter(node.value, line, report);
      continue;
    }
    if (node.type === 'heading' && node.depth === 1 && headingTitle === null && blocks.length === 0) {
      headingTitle = { text: toString(node), line };
      continue;
    }
    blocks.push(...blocksOf(node, line));
  }

  const str = (key: string): string | null => {
    const v = meta[key];
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() || null : null;
  };
  const rawDate = str('date') ?? str('published') ?? str('pubDate');
  return {
    format: 'markdown',
    title: str('title') ?? headingTitle?.text ?? '',
    titleLine: headingTitle?.line ?? 1,
    headerDate: rawDate === null ? null : (/^\d{4}-\d{2}-\d{2}/.exec(rawDate)?.[0] ?? rawDate),
    headerDateLine: 1,
    section: str('section') ?? str('category'),
    source: str('source') ?? str('agency'),
    blocks,
  };
}

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
  const value = doc.toJS() as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report('front matter: expected `key: value` lines', line + 1);
    return {};
  }
  return value as Record<string, unknown>;
}
