/**
 * The public graph.json (CONTRACT.md, version 1): a projection of the internal Graph. Key order and array order
 * are fixed here so the same input gives the same bytes.
 */
import type { Entity, Graph, MentionRef } from '../types.ts';
import { z } from 'zod';
import { urls } from '../util/urls.ts';

export const GRAPH_JSON_VERSION = 1;

export interface GraphJson {
  version: number;
  articles: {
    id: string;
    title: string;
    date: string | null;
    source: string | null;
    file: string;
    url: string;
    duplicateOf?: string;
    /** Added in issue 18 (additive, version 1), present only when the input gives them: the article's line in a file of several (JSON Lines), its bylines, its own address on the web. */
    line?: number;
    authors?: string[];
    canonicalUrl?: string;
  }[];
  entities: {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    url: string;
    confidence?: number;
    /** Added in issue 18 (additive, version 1): the articles whose byline names this person, when any. */
    authored?: string[];
    /** `role` (added in issue 18) marks a credit, which is no sentence of the text: `source` or `author`. */
    mentions: { article: string; text: string; sentence?: string; role?: string }[];
  }[];
  /** Names below the page threshold: no page and no url, kept with their confidence so nothing is lost. */
  plainNames: {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    confidence: number;
    /** Added in issue 15 (additive, version 1): the page rule that denies the name a page, when one does. */
    noPage?: string;
    mentions: { article: string; text: string; sentence?: string; role?: string }[];
  }[];
  events: {
    id: string;
    title: string;
    date: string | null;
    participants: string[];
    url: string;
    sources: { article: string; quote: string }[];
  }[];
  /** Added in issue 19 (additive, version 1): statements that are not news, as dated quotes of their speaker. */
  quotes: { entity: string; article: string; quote: string; date: string | null }[];
  /**
   * Added in issue 19 session 7 (additive, version 1): happenings read in sentences that are not event pages — not
   * asserted (`unasserted`: negated, possible, conditional; `forecast`), with no title a reader understands
   * (`untitled`), or naming no one (`unnamed`) — so that nothing read is lost. Participants are entity ids.
   */
  reports: { article: string; quote: string; type: string; date: string | null; participants: string[]; why: string }[];
  problems: { file: string; line?: number; message: string }[];
}

export function toGraphJson(graph: Graph): GraphJson {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    version: GRAPH_JSON_VERSION,
    articles: [...graph.articles].sort(byId).map((a) => ({
      id: a.id,
      title: a.title,
      date: a.date,
      source: a.source,
      file: a.file,
      url: urls.article(a.id),
      ...(a.duplicateOf !== undefined ? { duplicateOf: a.duplicateOf } : {}),
      ...(a.line !== undefined ? { line: a.line } : {}),
      ...(a.authors !== undefined ? { authors: [...a.authors] } : {}),
      ...(a.canonicalUrl !== undefined ? { canonicalUrl: a.canonicalUrl } : {}),
    })),
    entities: [...graph.entities].sort(byId).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      url: urls.entity(e.id),
      ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
      ...(authoredBy(e).length > 0 ? { authored: authoredBy(e) } : {}),
      mentions: e.mentions.map(mentionJson),
    })),
    plainNames: [...(graph.plainNames ?? [])].sort(byId).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      confidence: e.confidence ?? 0,
      ...(e.noPage !== undefined ? { noPage: e.noPage } : {}),
      mentions: e.mentions.map(mentionJson),
    })),
    events: [...graph.events].sort(byId).map((ev) => ({
      id: ev.id,
      title: ev.title,
      date: ev.date,
      participants: [...new Set(ev.participants.map((p) => p.entity))],
      url: urls.event(ev.id),
      sources: ev.sources.map((s) => ({ article: s.article, quote: s.quote })),
    })),
    quotes: graph.quotes.map((q) => ({ entity: q.entity, article: q.article, quote: q.quote, date: q.date })),
    reports: (graph.reports ?? []).map((r) => ({ article: r.article, quote: r.quote, type: r.type, date: r.date, participants: [...new Set(r.participants.map((p) => p.entity))], why: r.why })),
    problems: graph.problems.map((p) => ({
      file: p.file,
      ...(p.line !== undefined ? { line: p.line } : {}),
      message: p.severity === 'warning' ? `warning: ${p.message}` : p.message,
    })),
  };
}

const mentionJson = (m: MentionRef) => ({ article: m.article, text: m.text, sentence: m.sentenceText, ...(m.role ? { role: m.role } : {}) });

/** The articles an entity's bylines credit it with, sorted, each once. */
export function authoredBy(e: Entity): string[] {
  return [...new Set(e.mentions.filter((m) => m.role === 'author').map((m) => m.article))].sort();
}

/**
 * graph.json as text: one line per article, entity, event, quote and problem, each line compact. Indented, its
 * whitespace was a quarter of the file (BBC: 22.8 MB → 17.5 MB); one record a line still reads, greps and diffs.
 */
export function serializeGraphJson(graph: Graph): string {
  const fields = Object.entries(toGraphJson(graph)).map(([key, value]) =>
    Array.isArray(value)
      ? `${JSON.stringify(key)}: [${value.length ? `\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n` : ''}]`
      : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}


/** graph.json as CONTRACT.md states it, for consumers and tests that read a built site. */
const mention = z.object({ article: z.string(), text: z.string(), sentence: z.string().optional(), role: z.enum(['source', 'author']).optional() }).strict();
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY-MM-DD, YYYY-MM or YYYY');
export const graphJsonSchema = z
  .object({
    version: z.literal(GRAPH_JSON_VERSION),
    articles: z.array(
      z.object({
        id: z.string().min(1),
        title: z.string(),
        date: isoDate.nullable(),
        source: z.string().nullable(),
        file: z.string().min(1),
        url: z.string().regex(/^articles\/[^/]+\.html$/),
        duplicateOf: z.string().optional(),
        line: z.number().int().positive().optional(),
        authors: z.array(z.string().min(1)).optional(),
        canonicalUrl: z.string().min(1).optional(),
      }),
    ),
    entities: z.array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        type: z.enum(['person', 'organization', 'place', 'other']),
        aliases: z.array(z.string()),
        url: z.string().regex(/^entities\/[^/]+\.html$/),
        confidence: z.number().min(0).max(1).optional(),
        authored: z.array(z.string().min(1)).optional(),
        mentions: z.array(mention),
      }),
    ),
    plainNames: z.array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        type: z.enum(['person', 'organization', 'place', 'other']),
        aliases: z.array(z.string()),
        confidence: z.number().min(0).max(1),
        noPage: z.string().min(1).optional(),
        mentions: z.array(mention),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string().min(1),
        title: z.string().min(1),
        date: isoDate.nullable(),
        participants: z.array(z.string()),
        url: z.string().regex(/^events\/[^/]+\.html$/),
        sources: z.array(z.object({ article: z.string(), quote: z.string() })),
      }),
    ),
    quotes: z.array(z.object({ entity: z.string().min(1), article: z.string().min(1), quote: z.string(), date: isoDate.nullable() })),
    reports: z.array(z.object({ article: z.string().min(1), quote: z.string(), type: z.string().min(1), date: isoDate.nullable(), participants: z.array(z.string().min(1)), why: z.enum(['unasserted', 'forecast', 'state', 'untitled', 'unnamed', 'not-news']) })),
    problems: z.array(z.object({ file: z.string(), line: z.number().int().positive().optional(), message: z.string() })),
  })
  .strict();
