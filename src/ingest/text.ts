/**
 * Plain text: an optional header line ` date YYYY-MM-DD SECTION`, then the title (the first non-empty line), then
 * the body in blank-line separated paragraphs.
 */
import type { Block } from './clean.ts';
import type { InputFormat, Parsed } from './formats.ts';

/** Longer than any headline: a first line this long is body text, and a title this long is cut. */
export const MAX_TITLE_LENGTH = 300;

const HEADER = /^\s*date\s+(\S+)(?:\s+(.+?))?\s*$/i;

export const textFormat: InputFormat = {
  name: 'text',
  // Any file no other format claims, `.txt` included (a `.txt` file opening with `---` front matter is Markdown).
  extensions: [],
  parse: (text) => [parsePlain(text)],
};

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
