/**
 * The input formats Chronicle reads, as a registry: each says how it recognises a file (its extension, or a look
 * at its text) and parses the decoded text into article drafts with positioned problems. The ingest stage
 * (index.ts) decodes, asks `formatOf` which format a file is, and turns every draft into an IngestedArticle the
 * same way whatever the format. Adding a format is one module and one line in FORMATS. Format modules import only
 * types from here, so any of them can be loaded first.
 */
import type { ArticleFormat, Problem } from '../types.ts';
import type { Block } from './clean.ts';
import { textFormat } from './text.ts';
import { markdownFormat } from './markdown.ts';
import { jsonFormat, jsonLinesFormat } from './json.ts';
import { htmlFormat } from './html.ts';
import { feedFormat } from './feed.ts';

/** One article as a format reads it, before cleaning, date inference and ids. */
export interface Parsed {
  format: ArticleFormat;
  title: string;
  titleLine: number;
  /** The date as the file writes it (`YYYY-MM-DD` when the format could read it), or null. */
  headerDate: string | null;
  headerDateLine: number;
  section: string | null;
  source: string | null;
  blocks: Block[];
  /**
   * Set when a file holds several articles (a line of a JSON Lines file, an item of a feed): the line the article is
   * on; its own text, whose SHA-256 is the article's hash (so two parts are duplicates only when equal); and what
   * names it within the file, which is part of its id (`line-3`; `item-…`, from a feed item's guid).
   */
  part?: { line: number; text: string; id: string };
  /** Bylines, as the file gives them (metadata formats only). */
  authors?: string[];
  /** The article's own address on the web, as the file gives it (metadata formats only). */
  canonicalUrl?: string;
}

/** Reports a problem in the file being parsed: `file:line: message`. */
export type Report = (message: string, line?: number, severity?: Problem['severity']) => void;

export interface InputFormat {
  /** Short name, as the README lists it. */
  name: string;
  /** File extensions (lower case, with the dot) that are this format, whatever the text. */
  extensions: readonly string[];
  /** Recognises a file of this format whose extension names no format. */
  sniff?: (text: string) => boolean;
  /** The charset the file names for itself (a WHATWG label), when the format has a way to: it is decoded with it. */
  declaredEncoding?: (bytes: Uint8Array) => string | null;
  /** The file's articles. A draft left out (a line that is no article) is reported through `report`. */
  parse(text: string, report: Report): Parsed[];
}

/** The formats, the first whose sniff accepts a file winning; text reads whatever no other format claims. */
export const FORMATS: readonly InputFormat[] = [markdownFormat, htmlFormat, jsonFormat, jsonLinesFormat, feedFormat, textFormat];
const FALLBACK = textFormat;

export function formatOf(file: string, text: string): InputFormat {
  const ext = /\.[^./]+$/.exec(file)?.[0].toLowerCase() ?? '';
  return FORMATS.find((f) => f.extensions.includes(ext)) ?? FORMATS.find((f) => f.sniff?.(text)) ?? FALLBACK;
}
