/**
 * graph.json's article and entity lines kept between builds (issue 17): a one-story rebuild of 8,897 Reuters stories
 * spent most of its write stage making graph.json whole again (bench/RESULTS.md, session 51), most of it the lines of
 * articles and entities that had not changed. A line is kept under the key of everything it is made from, and taken
 * again only when this build's key is the same string — so a changed input can never bring back an old line:
 * - an article's line: the article's fingerprint (resolve's mark, src/resolve/unchanged.ts: its record and extraction
 *   key, so its text) and a digest of its whole list of cited sentences, in order;
 * - an entity's line: the entity's fingerprint (its name, type, spellings, confidence, every mention's place, text
 *   and role), the articles of its runs of mentions in order (the fingerprint groups mentions by article, the line
 *   by runs), and for each of those articles its fingerprint and a digest of the sentences its names cite, which are
 *   the head of its list and so hold every index a mention writes.
 * Without a mark (no cache) nothing is kept and every line is made. Plain names, events, statements and reports are
 * always made: their share of the text is small, and plain names have no fingerprint.
 */
import path from 'node:path';
import v8 from 'node:v8';
import { hash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { ItemFingerprints } from '../resolve/unchanged.ts';
import { codeVersion } from '../util/code-version.ts';
import { writeWhole } from '../util/files.ts';

/** The lists whose lines are kept. */
export type KeptList = 'articles' | 'entities';

/** What the memo file holds: by list, each id's key and line. */
interface LinesOnDisk { version: string; lists: Record<KeptList, Map<string, [key: string, line: string]>> }

/**
 * The last build's lines and this build's, as graph.json's writer asks for them (src/graph/graph-json.ts,
 * `toGraphJsonV4`): `line` gives the kept line when its key is the one given, else makes it and keeps it for the next.
 */
export class GraphLines {
  private readonly next: LinesOnDisk['lists'] = { articles: new Map(), entities: new Map() };
  reused = 0;
  constructor(
    readonly prints: ItemFingerprints,
    private readonly last: LinesOnDisk['lists'] | null,
  ) {}

  line(list: KeptList, id: string, key: string | null, make: () => unknown): string {
    const kept = key === null ? undefined : this.last?.[list].get(id);
    let text: string;
    if (kept !== undefined && kept[0] === key) {
      text = kept[1];
      this.reused++;
    } else text = JSON.stringify(make());
    if (key !== null) this.next[list].set(id, [key, text]);
    return text;
  }

  /** This build's lines, for the next build. */
  toDisk(): LinesOnDisk {
    return { version: linesVersion(), lists: this.next };
  }
}

/** A digest of sentences in order (each prefixed by its length, so no two lists share one). */
export function sentencesDigest(sentences: readonly string[]): string {
  return hash('sha1', sentences.map((s) => `${s.length}:${s}`).join(''), 'base64');
}

const linesFile = (cacheDir: string) => path.join(cacheDir, 'site', 'graph-lines.bin');
/** The code a line depends on: graph.json's writer, the fingerprints its keys hold, and this file. */
const linesVersion = () => codeVersion(['src/graph/graph-json.ts', 'src/graph/graph-lines.ts', 'src/resolve/unchanged.ts']);

/** The kept lines for a build with these fingerprints (none kept when the memo is missing, unreadable or of other code). */
export async function loadGraphLines(cacheDir: string, prints: ItemFingerprints): Promise<GraphLines> {
  let last: LinesOnDisk | null = null;
  try {
    last = v8.deserialize(await fs.readFile(linesFile(cacheDir))) as LinesOnDisk;
  } catch {
    last = null;
  }
  const usable = last !== null && last.version === linesVersion() && last.lists?.articles instanceof Map && last.lists.entities instanceof Map;
  return new GraphLines(prints, usable ? last!.lists : null);
}

export async function saveGraphLines(cacheDir: string, lines: GraphLines): Promise<void> {
  await writeWhole(linesFile(cacheDir), v8.serialize(lines.toDisk()));
}
