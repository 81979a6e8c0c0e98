/**
 * Finds and reads chronicle.config.{json,yaml,yml,mjs}, validates it (src/config/schema.ts) and reports every
 * problem as `file:line:column: field: message`, as Starlight's error map does for its config. JSON and YAML are
 * read with the `yaml` parser, which keeps each value's position; for .mjs the line is the one naming the field.
 */
import path from 'node:path';
import { existsSync, promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node } from 'yaml';
import type { ZodIssue } from 'zod';
import { configSchema, type ChronicleConfig } from './schema.ts';

export const CONFIG_NAMES = ['chronicle.config.json', 'chronicle.config.yaml', 'chronicle.config.yml', 'chronicle.config.mjs'] as const;

/** A configuration that cannot be used: one `file:line:column: message` line per problem. */
export class ConfigError extends Error {}

export interface LoadedConfig {
  config: ChronicleConfig;
  /** The file read, or null when there is none (every default). */
  file: string | null;
}

/** The config named by `--config`, else the one in `cwd`, else the defaults. */
export async function loadConfig(opts: { cwd: string; file?: string }): Promise<LoadedConfig> {
  const file = opts.file !== undefined ? path.resolve(opts.cwd, opts.file) : findConfig(opts.cwd);
  if (file === null) return { config: configSchema.parse({}), file: null };
  const shown = path.relative(opts.cwd, file) || file;
  const text = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new ConfigError(`${shown}: cannot read the config file (${err.code ?? err.message})`);
  });
  const { value, position } = file.endsWith('.mjs') ? await readModule(file, shown, text) : readData(shown, text);
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => describeIssue(shown, issue, position)).join('\n'));
  return { config: parsed.data, file };
}

function findConfig(cwd: string): string | null {
  const found = CONFIG_NAMES.map((n) => path.join(cwd, n)).filter((f) => existsSync(f));
  if (found.length > 1) throw new ConfigError(`${found.map((f) => path.basename(f)).join(' and ')}: more than one config file; keep one`);
  return found[0] ?? null;
}

/** Where a field's value (or, with `atKey`, its name) is written: `line:column`, or null when it cannot be told. */
type Position = (fieldPath: readonly (string | number)[], atKey?: boolean) => string | null;

function readData(shown: string, text: string): { value: unknown; position: Position } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`${shown}:${at.line}:${at.col}: ${error.message.split('\n')[0]}`);
  }
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return `${p.line}:${p.col}`;
  };
  const position: Position = (fieldPath, atKey = false) => {
    if (fieldPath.length === 0) return doc.contents?.range ? at(doc.contents.range[0]) : null;
    const node = atKey ? undefined : (doc.getIn(fieldPath, true) as Node | undefined);
    if (node?.range) return at(node.range[0]);
    const parent = doc.getIn(fieldPath.slice(0, -1), true) ?? doc.contents;
    if (!isMap(parent)) return null;
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === fieldPath[fieldPath.length - 1]);
    return pair && isScalar(pair.key) && pair.key.range ? at(pair.key.range[0]) : null;
  };
  return { value: doc.toJS() ?? {}, position };
}

async function readModule(file: string, shown: string, text: string): Promise<{ value: unknown; position: Position }> {
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    throw new ConfigError(`${shown}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (mod.default === undefined) throw new ConfigError(`${shown}: must have a default export (export default { title: "…" })`);
  const lines = text.split('\n');
  const position: Position = (fieldPath) => {
    const key = fieldPath[fieldPath.length - 1];
    if (typeof key !== 'string') return null;
    const pattern = new RegExp(`(^|[\\s{,])["']?${key.replace(/[^\w]/g, '\\$&')}["']?\\s*:`);
    const index = lines.findIndex((l) => pattern.test(l));
    return index < 0 ? null : `${index + 1}:${(lines[index]!.search(pattern) ?? 0) + 1}`;
  };
  return { value: mod.default, position };
}

function describeIssue(shown: string, issue: ZodIssue, position: Position): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => `${shown}:${position([...issue.path, key], true) ?? '1:1'}: ${[...issue.path, key].join('.')}: not a setting (known: ${Object.keys(configSchema.shape).join(', ')})`)
      .join('\n');
  }
  const field = issue.path.join('.') || '(the whole file)';
  return `${shown}:${position(issue.path) ?? '1:1'}: ${field}: ${issue.message}`;
}
