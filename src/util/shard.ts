/**
 * Slices of a build (`--shard i/n`, counted from 1 as Vitest's and Playwright's `--shard` are): which articles a
 * `chronicle extract --shard` extracts and which pages a `chronicle build --shard` renders. Membership is a hash of
 * the article's id or the page's URL, not a position, so adding an article moves no other one to another slice, and
 * slices come out about equal whatever the ids look like.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';

export interface Shard {
  /** 1 … count. */
  index: number;
  count: number;
}

/** `"2/4"` → { index: 2, count: 4 }; a one-line reason for anything else. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!m) return `--shard must be i/n (for example 2/4), not "${text}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: i must be from 1 to n`;
  return { index, count };
}

/** The slice (1 … count) that `key` falls in. */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

export const inShard = (key: string, shard: Shard): boolean => shardOf(key, shard.count) === shard.index;

export const formatShard = (shard: Shard) => `${shard.index}/${shard.count}`;

/** Written by `chronicle build --shard` beside the pages of its slice: their keys, and which slice it is. */
export const SHARD_MANIFEST = '.chronicle-shard.json';

/**
 * The shard folders to stitch: `dir` itself when it holds a manifest, else its sub-folders that do (sorted), with
 * the slices they hold and the slices of their count that none holds (their pages are rendered by the stitch).
 */
export async function findShardParts(dir: string): Promise<{ parts: string[]; missing: string[] }> {
  const manifestOf = async (d: string) => {
    try {
      const { shard } = JSON.parse(await fs.readFile(path.join(d, SHARD_MANIFEST), 'utf8')) as { shard?: unknown };
      return typeof shard === 'string' ? parseShard(shard) : null;
    } catch {
      return null;
    }
  };
  const own = await manifestOf(dir);
  const candidates = own ? [dir] : (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)).sort();
  const parts: string[] = [];
  const held = new Map<number, Set<number>>();
  for (const d of candidates) {
    const shard = await manifestOf(d);
    if (!shard || typeof shard === 'string') continue;
    parts.push(d);
    held.set(shard.count, (held.get(shard.count) ?? new Set()).add(shard.index));
  }
  const missing = [...held].flatMap(([count, got]) => Array.from({ length: count }, (_, i) => i + 1).filter((i) => !got.has(i)).map((i) => `${i}/${count}`));
  return { parts, missing };
}
