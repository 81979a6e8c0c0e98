/**
 * A pack: many cached results kept in one v8-serialised file of [key, value] entries, read and written whole. A
 * rebuild reads one file instead of one per article (3,001 cached extractions were 3,001 opens, stats, reads and
 * closes, each a round trip that waits its turn on a busy machine).
 *
 * A pack is a cache in front of the real computation (or of another cache), so a key it lacks only costs that
 * entry's work; it is therefore written again only when it has fallen far enough behind (`packIsStale`): a one-story
 * rebuild reads the pack and does the new story's work, and does not pay for serialising and writing every entry
 * again. The same key always maps to the same value (keys are hashes of everything the value depends on), so an
 * old pack can be behind, never wrong.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import v8 from 'node:v8';

/** The entries of the pack `file` (none when there is no file, or it cannot be read: it is then just rebuilt). */
export async function readPack<T>(file: string): Promise<Map<string, T>> {
  try {
    const entries = v8.deserialize(await fs.readFile(file)) as unknown;
    return Array.isArray(entries) ? new Map(entries as [string, T][]) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Writes the pack whole or not at all (a temporary file, then a rename), so readers never see half of one; with
 * `prune`, removes the other files of its folder whose name starts so (other code versions' packs), but not one
 * still being written (`.tmp`: another process's).
 */
export async function writePack(file: string, entries: Iterable<[string, unknown]>, prune?: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  if (prune !== undefined) {
    for (const name of await fs.readdir(dir)) {
      if (name.startsWith(prune) && name !== path.basename(file) && !name.endsWith('.tmp')) await fs.rm(path.join(dir, name), { force: true });
    }
  }
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, v8.serialize([...entries]));
  await fs.rename(tmp, file);
}

/**
 * Whether a pack should be written (again) after a build that wanted `wanted` entries, of which `missed` were not in
 * it, while it held `held`: when there is none yet, or when the misses (each worked out again by every later build)
 * or the entries no build wants any more (read for nothing) pass a small share of the archive. Dozens of new
 * stories cost a rewrite; one does not.
 */
export function packIsStale(held: number, wanted: number, missed: number): boolean {
  const unused = held - (wanted - missed);
  if (held === 0) return wanted > 0;
  return missed > Math.max(PACK_SLACK, wanted / 50) || unused > Math.max(PACK_SLACK, wanted / 10);
}

/** Entries a pack may lack or hold for nothing before it is written again, whatever the archive's size. */
const PACK_SLACK = 48;

/**
 * A pack read at the start of a build and the entries the build used or made, in the order it met them: what the
 * pack is written with, when it has fallen behind (`stale`).
 */
export class PackMemo<V> {
  private readonly used = new Map<string, V>();
  private missed = 0;

  constructor(private readonly known: ReadonlyMap<string, V> = new Map()) {}

  /** The entry under `key`: used already in this build, or kept in the pack. */
  protected kept(key: string): V | undefined {
    return this.used.get(key) ?? this.known.get(key);
  }

  /** Records the entry this build uses under `key`; one neither kept nor used yet is a miss. */
  protected keep(key: string, value: V): void {
    if (this.known.get(key) !== value && this.used.get(key) !== value) this.missed++;
    this.used.set(key, value);
  }

  /** Whether the pack has fallen behind what this build used. */
  get stale(): boolean {
    return packIsStale(this.known.size, this.used.size, this.missed);
  }

  entries(): Iterable<[string, V]> {
    return this.used.entries();
  }

  /** Writes the pack `file` when it has fallen behind, removing the packs of other code versions (`prune`). */
  async save(file: string, prune: string): Promise<void> {
    if (this.stale) await writePack(file, this.entries(), prune);
  }
}
