/**
 * Hand-kept curation in `content/` (format: content/README.md), validated with Zod. Each mistake becomes a
 * `file:line: message` problem and only the faulty rule is dropped.
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import YAML, { isMap, isSeq, LineCounter, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { EntityType, Problem } from './types.ts';
import { describeYamlError } from './util/yaml-errors.ts';

const entityRule = z
  .object({
    name: z.string().trim().min(1, 'needs a name'),
    type: z.enum(['person', 'organization', 'place', 'other']).optional(),
    aliases: z.array(z.string().trim().min(1)).default([]),
    merge: z.array(z.string().trim().min(1)).default([]),
    split: z.boolean().default(false),
    description: z.string().trim().min(1).optional(),
  })
  .strict();

export interface CuratedEntity {
  name: string;
  type?: EntityType;
  /** Spellings that join this entity: aliases and merged names. */
  aliases: string[];
  split: boolean;
  description?: string;
  /** Where the rule is written, for "matched nothing" warnings. */
  file: string;
  line: number;
}

export interface Curation {
  entities: CuratedEntity[];
  blocked: { name: string; file: string; line: number }[];
}

export const emptyCuration: Curation = { entities: [], blocked: [] };

export const CURATION_FILE = 'entities.yaml';

export function loadCuration(contentDir: string): { curation: Curation; problems: Problem[] } {
  const file = path.join(contentDir, CURATION_FILE);
  if (!existsSync(file)) return { curation: emptyCuration, problems: [] };
  const display = path.relative(process.cwd(), file) || file;
  return parseCuration(readFileSync(file, 'utf8'), display.split(path.sep).join('/'));
}

export function parseCuration(source: string, file: string): { curation: Curation; problems: Problem[] } {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const problem = (line: number, message: string) => problems.push({ file, line, message, severity: 'error' });
  for (const err of doc.errors) {
    const { line, message } = describeYamlError(source, err, lineCounter);
    problem(line, `not valid YAML: ${message}`);
  }
  if (doc.errors.length) return { curation: emptyCuration, problems };

  const curation: Curation = { entities: [], blocked: [] };
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    problem(lineOf(root), 'expected `entities:` and `blocked:` sections');
    return { curation, problems };
  }
  for (const pair of root?.items ?? []) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
    if (key !== 'entities' && key !== 'blocked') problem(lineOf(pair.key as YamlNode), `unknown section "${key}" (expected "entities" or "blocked")`);
  }

  const entities = doc.get('entities', true) as YamlNode | undefined;
  if (entities !== undefined && entities !== null && !isSeq(entities)) problem(lineOf(entities), '`entities` must be a list of `- name: …` items');
  if (isSeq(entities)) {
    for (const item of entities.items as YamlNode[]) {
      const parsed = entityRule.safeParse(item && 'toJSON' in item ? (item as { toJSON(): unknown }).toJSON() : item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const at = isMap(item) ? (item.get(issue.path[0] as string, true) as YamlNode | undefined) : undefined;
          const where = issue.path.length ? `\`${issue.path.join('.')}\`: ` : '';
          problem(lineOf(at ?? item), `entity rule: ${where}${friendly(issue)}`);
        }
        continue;
      }
      const r = parsed.data;
      curation.entities.push({
        name: r.name,
        ...(r.type ? { type: r.type } : {}),
        aliases: [...new Set([...r.aliases, ...r.merge])].filter((a) => a !== r.name),
        split: r.split,
        ...(r.description ? { description: r.description } : {}),
        file,
        line: lineOf(item),
      });
    }
  }

  const blocked = doc.get('blocked', true) as YamlNode | undefined;
  if (blocked !== undefined && blocked !== null && !isSeq(blocked)) problem(lineOf(blocked), '`blocked` must be a list of names');
  if (isSeq(blocked)) {
    for (const item of blocked.items as YamlNode[]) {
      const value = (item as { value?: unknown }).value;
      if (typeof value !== 'string' || !value.trim()) problem(lineOf(item), 'blocked: each item must be a name');
      else curation.blocked.push({ name: value.trim(), file, line: lineOf(item) });
    }
  }
  return { curation, problems };
}

function friendly(issue: z.ZodIssue): string {
  if (issue.code === 'invalid_enum_value') return `must be one of ${issue.options.join(', ')} (got "${String(issue.received)}")`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is required';
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${issue.received})`;
  return issue.message;
}
