/**
 * The type model's answer for each name (src/resolve/type-model.ts `typeDecision`), kept in the cache folder between
 * builds. The answer is a function of the name, its archive-wide vote, every mention's evidence and the code (the
 * model's weights, the lexicon and word tables it reads, package-lock.json), so it is kept under a hash of all of
 * them and that code's version, like extractions (src/extract/cache.ts). A rebuild after one new story asks again
 * only for the names that story mentions (its evidence changed): reading the features and both models for every
 * name of 1,000 Reuters stories was 1.6 s of a 7.6 s resolve stage (cpu profile, README "Speed"). A build writes
 * back only the answers it asked for, so the file never outgrows the site.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { EntityType } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import type { TypeEvidence } from './type-model.ts';

export interface TypeAnswer {
  type: EntityType;
  probability: number;
}

export class TypeMemo {
  private readonly used = new Map<string, TypeAnswer>();

  constructor(private readonly known: ReadonlyMap<string, TypeAnswer> = new Map()) {}

  /** The answer for a name's evidence: remembered, or computed now. */
  read(evidence: TypeEvidence, compute: (evidence: TypeEvidence) => TypeAnswer): TypeAnswer {
    const key = createHash('sha256').update(JSON.stringify([evidence.name, evidence.voted, evidence.mentions])).digest('base64url');
    const answer = this.used.get(key) ?? this.known.get(key) ?? compute(evidence);
    this.used.set(key, answer);
    return answer;
  }

  /** The answers this build asked for, sorted (the file is the same bytes for the same site). */
  entries(): [string, TypeAnswer][] {
    return [...this.used].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

const memoFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `types-${codeVersion(['src/resolve/type-model.ts'])}.json`);

const isAnswer = (v: unknown): v is TypeAnswer =>
  typeof v === 'object' && v !== null && typeof (v as TypeAnswer).type === 'string' && typeof (v as TypeAnswer).probability === 'number';

/** The memo kept in `cacheDir` for this code (an empty one when there is none, or it cannot be read). */
export async function loadTypeMemo(cacheDir: string): Promise<TypeMemo> {
  try {
    const entries = JSON.parse(await fs.readFile(memoFile(cacheDir), 'utf8')) as [string, unknown][];
    return new TypeMemo(new Map(entries.filter((e): e is [string, TypeAnswer] => typeof e[0] === 'string' && isAnswer(e[1]))));
  } catch {
    return new TypeMemo();
  }
}

/**
 * Keeps the answers this build asked for; memos of other code versions are removed. A file still being written
 * (`.tmp`) is another process's — shards of one build share the cache folder — and is left to it.
 */
export async function saveTypeMemo(cacheDir: string, memo: TypeMemo): Promise<void> {
  const file = memoFile(cacheDir);
  await fs.mkdir(path.dirname(file), { recursive: true });
  for (const name of await fs.readdir(path.dirname(file))) {
    if (name.startsWith('types-') && name !== path.basename(file) && !name.endsWith('.tmp')) await fs.rm(path.join(path.dirname(file), name), { force: true });
  }
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(memo.entries()));
  await fs.rename(tmp, file);
}
