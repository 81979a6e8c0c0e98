/**
 * The per-file moves of a rebuild (src/util/files.ts), done synchronously since session 48: carried files are hard
 * links to the published ones (same inode, the published file untouched), folders are made as needed, a file with
 * the published bytes is linked and any other written, and a missing file is null, not an error.
 */
import os from 'node:os';
import path from 'node:path';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkFiles, linkTree, removeTree, statOrNull, writeOrLink } from '../src/util/files.ts';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronicle-files-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  const root = path.join(tmp, 'live');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('the rebuild\'s file moves', () => {
  it('links the carried files into new folders, sharing the published inode', () => {
    const live = site({ 'entities/a/x.html': 'x', 'entities/b/y.html': 'y', 'index.html': 'home' });
    const out = path.join(tmp, 'out');
    const copied = linkFiles(['entities/a/x.html', 'entities/b/y.html', 'index.html'], () => live, out);
    expect(copied.size).toBe(0);
    for (const f of ['entities/a/x.html', 'entities/b/y.html', 'index.html']) {
      expect(statSync(path.join(out, f)).ino).toBe(statSync(path.join(live, f)).ino);
      expect(readFileSync(path.join(out, f), 'utf8')).toBe(readFileSync(path.join(live, f), 'utf8'));
    }
  });

  it('links a file whose bytes are the published ones and writes any other, the published file unchanged', () => {
    const live = site({ 'a.js': 'same', 'b.js': 'old' });
    const out = path.join(tmp, 'out');
    mkdirSync(out);
    expect(writeOrLink(path.join(out, 'a.js'), 'same', path.join(live, 'a.js'))).toBe(true);
    expect(writeOrLink(path.join(out, 'b.js'), 'new', path.join(live, 'b.js'))).toBe(false);
    expect(writeOrLink(path.join(out, 'c.js'), 'none before', path.join(live, 'c.js'))).toBe(false);
    expect(statSync(path.join(out, 'a.js')).ino).toBe(statSync(path.join(live, 'a.js')).ino);
    expect(readFileSync(path.join(out, 'b.js'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(live, 'b.js'), 'utf8')).toBe('old');
    expect(readFileSync(path.join(out, 'c.js'), 'utf8')).toBe('none before');
  });

  it('links a tree but the entries skipped, stats a missing file as null, and removes a tree', () => {
    const live = site({ 'p/one.pf': '1', 'p/sub/two.pf': '2', 'p/skip.js': 's' });
    const out = path.join(tmp, 'out');
    linkTree(path.join(live, 'p'), out, (name) => name === 'skip.js');
    expect(readFileSync(path.join(out, 'sub/two.pf'), 'utf8')).toBe('2');
    expect(statOrNull(path.join(out, 'skip.js'))).toBeNull();
    expect(statOrNull(path.join(out, 'one.pf'))?.ino).toBe(statSync(path.join(live, 'p/one.pf')).ino);
    removeTree(out);
    expect(statOrNull(out)).toBeNull();
    expect(readFileSync(path.join(live, 'p/one.pf'), 'utf8')).toBe('1');
  });
  it('removes a tree of folders, files, hard links and a link to a folder, leaving what the links point to', () => {
    const live = site({ 'keep/a.html': 'a', 'keep/deep/b.html': 'b' });
    const old = path.join(tmp, 'old');
    mkdirSync(path.join(old, 'entities/x/y'), { recursive: true });
    mkdirSync(path.join(old, 'empty'));
    linkSync(path.join(live, 'keep/a.html'), path.join(old, 'entities/x/y/a.html'));
    writeFileSync(path.join(old, 'entities/x/own.html'), 'own');
    symlinkSync(path.join(live, 'keep'), path.join(old, 'modules'), 'junction');
    removeTree(old);
    expect(statOrNull(old)).toBeNull();
    expect(readdirSync(path.join(live, 'keep')).sort()).toEqual(['a.html', 'deep']);
    expect(readFileSync(path.join(live, 'keep/deep/b.html'), 'utf8')).toBe('b');
    // A link given itself is removed, not followed; a file is removed; a path not there is no error.
    symlinkSync(path.join(live, 'keep'), path.join(tmp, 'link'), 'junction');
    removeTree(path.join(tmp, 'link'));
    expect(statOrNull(path.join(live, 'keep/a.html'))).not.toBeNull();
    removeTree(path.join(live, 'keep/a.html'));
    expect(statOrNull(path.join(live, 'keep/a.html'))).toBeNull();
    expect(() => removeTree(path.join(tmp, 'never'))).not.toThrow();
  });
});
