/**
 * What ingesting each file gave, kept in the cache folder between builds (one pack, src/util/pack-file.ts), so a
 * rebuild no longer decodes, parses, cleans and dates every file of the archive again (3,000 Reuters stories: about
 * 1.4 s of a one-story rebuild's CPU).
 *
 * A file's articles are a function of its path, its bytes and the ingest code, and of one thing more: the ids the
 * archive gives them (an id is its file name's slug, told apart from another file's equal slug). So an entry is kept
 * under a hash of the path and bytes, in a pack of the ingest code's version, and holds the ids it was made with: it
 * is reused only where the archive gives the file's articles the same ids again.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { IngestedArticle, InputFile, Problem } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import { PackMemo, readPack } from '../util/pack-file.ts';

/** One file's ingest: each draft's part (undefined for a file of one article) and id, its articles and problems. */
export interface IngestedFile {
  parts: (string | undefined)[];
  ids: string[];
  articles: IngestedArticle[];
  problems: Problem[];
  /**
   * Each article's words as duplicate detection compares them (src/ingest/fingerprint.ts): kept, since hashing every
   * article's text again was 0.6 s of a one-story rebuild of 10,000 Reuters stories (session 42, speed54).
   */
  fingerprints: string[];
}

/** The ingest code: everything `ingestFiles` reaches. */
const ingestCodeVersion = () => codeVersion(['src/ingest/index.ts']);

export class IngestMemo extends PackMemo<IngestedFile> {
  /** The file's entry, if kept. */
  get(file: InputFile): IngestedFile | undefined {
    return this.kept(fileKey(file));
  }

  /** Records what the file's ingest is this build (kept, or made again). */
  set(file: InputFile, entry: IngestedFile): void {
    this.keep(fileKey(file), entry);
  }
}

/** The pack's file: one per ingest code version, so another version's is never read. */
const packFile = (cacheDir: string) => path.join(cacheDir, 'ingest', `files-${ingestCodeVersion()}.bin`);

export async function loadIngestMemo(cacheDir: string): Promise<IngestMemo> {
  return new IngestMemo(await readPack<IngestedFile>(packFile(cacheDir)));
}

/** Writes the pack when it has fallen behind, removing the packs of other code versions. */
export async function saveIngestMemo(cacheDir: string, memo: IngestMemo): Promise<void> {
  await memo.save(packFile(cacheDir), 'files-');
}

function fileKey(file: InputFile): string {
  return createHash('sha256').update(file.file).update('\0').update(file.bytes).digest('base64url');
}
