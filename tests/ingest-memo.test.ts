/**
 * The ingest memo (src/ingest/memo.ts): a rebuild takes a file's articles from the memo only where the file's path
 * and bytes, and the ids the archive gives its articles, are what they were; whatever it takes equals ingesting
 * again. Invented files.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/ingest/index.ts';
import { IngestMemo, loadIngestMemo, saveIngestMemo, type IngestedFile } from '../src/ingest/memo.ts';
import type { InputFile } from '../src/types.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const story = (title: string, body: string) => enc(` date 2031-05-04 WORLD\n${title}\n\n${body}\n`);

const FILES: InputFile[] = [
  { file: 'harbour.txt', bytes: story('Ferry line opens in Port Velden', 'The Velden Ferry Company opened its line on Tuesday, officials said.') },
  { file: 'mill.txt', bytes: story('Mill reopens', 'The Orsk paper mill reopened after a strike.') },
  // A title and no text: a problem the memo must keep with the file.
  { file: 'empty.txt', bytes: enc(' date 2031-05-04 WORLD\nA title alone\n') },
];

/** A memo that has seen `files`, with every kept article's title replaced, so a test sees what was taken from it. */
function markedMemo(files: readonly InputFile[]): IngestMemo {
  const first = new IngestMemo();
  ingestFiles(files, first);
  const marked = [...first.entries()].map(([key, e]): [string, IngestedFile] => [key, { ...e, articles: e.articles.map((a) => ({ ...a, title: `kept: ${a.title}` })) }]);
  return new IngestMemo(new Map(marked));
}

describe('the ingest memo', () => {
  it('gives what ingesting gives, problems included, and through a saved pack', async () => {
    const plain = ingestFiles(FILES);
    expect(plain.problems.map((p) => p.file)).toEqual(['empty.txt']);
    const memo = new IngestMemo();
    expect(ingestFiles(FILES, memo)).toEqual(plain);
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-ingest-memo-'));
    try {
      await saveIngestMemo(cache, memo);
      const loaded = await loadIngestMemo(cache);
      expect(ingestFiles(FILES, loaded)).toEqual(plain);
      expect(loaded.stale).toBe(false);
    } finally {
      await fs.rm(cache, { recursive: true, force: true });
    }
  });

  it('takes an unchanged file from the memo', () => {
    const { articles } = ingestFiles(FILES, markedMemo(FILES));
    expect(articles.map((a) => a.title)).toEqual(['kept: Ferry line opens in Port Velden', 'kept: Mill reopens', 'kept: A title alone']);
  });

  it('ingests an edited file again', () => {
    const memo = markedMemo(FILES);
    const edited = FILES.map((f) => (f.file === 'mill.txt' ? { ...f, bytes: story('Mill stays shut', 'The Orsk paper mill stayed shut.') } : f));
    const { articles } = ingestFiles(edited, memo);
    expect(articles.map((a) => a.title)).toEqual(['kept: Ferry line opens in Port Velden', 'Mill stays shut', 'kept: A title alone']);
    expect(articles[1]!.paragraphs.map((p) => p.text)).toEqual(['The Orsk paper mill stayed shut.']);
  });

  it('ingests a file again when a new file takes its id', () => {
    const alone: InputFile = { file: 'dock-strike.txt', bytes: story('Dock strike ends', 'Dockers in Port Velden went back to work.') };
    const memo = markedMemo([alone]);
    expect(ingestFiles([alone], memo).articles.map((a) => [a.id, a.title])).toEqual([['dock-strike', 'kept: Dock strike ends']]);
    // 'dock strike.txt' sorts first, so it is now 'dock-strike' and the older file's id changes.
    const both: InputFile[] = [{ file: 'dock strike.txt', bytes: story('Strike vote', 'Dockers voted to strike.') }, alone];
    const withMemo = ingestFiles(both, memo);
    expect(withMemo).toEqual(ingestFiles(both));
    expect(withMemo.articles[1]!.id).not.toBe('dock-strike');
  });
});
