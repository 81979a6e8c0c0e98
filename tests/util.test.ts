import { describe, expect, it } from 'vitest';
import path from 'node:path';
import fc from 'fast-check';
import { slugify, uniqueSlugs, MAX_SLUG_LENGTH } from '../src/util/slug.ts';
import { relativeHref, urls } from '../src/util/urls.ts';
import { splitSentences } from '../src/extract/sentences.ts';

describe('slugify', () => {
  it('is ASCII, lowercase and bounded', () => {
    expect(slugify('SenseTime')).toBe('sensetime');
    expect(slugify('Aung San Suu Kyi')).toBe('aung-san-suu-kyi');
    expect(slugify('Müller')).toBe('muller');
    expect(slugify('Mu\u0308ller')).toBe('muller');
    expect(slugify("People’s Armed Forces")).toBe('peoples-armed-forces');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('北京')).toBe('untitled');
    expect(slugify('x'.repeat(500)).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it('makes unique slugs whatever the order keys come in', () => {
    const a = uniqueSlugs(['Jose', 'José', 'JOSE']);
    const b = uniqueSlugs(['JOSE', 'José', 'Jose']);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set(a.values()).size).toBe(3);
  });
});

describe('relativeHref', () => {
  it('leads from any page to any file', () => {
    expect(relativeHref(urls.home, urls.entity('x'))).toBe('entities/x.html');
    expect(relativeHref(urls.entity('x'), urls.entity('y'))).toBe('y.html');
    expect(relativeHref(urls.entity('x'), urls.article('a'))).toBe('../articles/a.html');
    expect(relativeHref(urls.article('a'), urls.paragraph('b', 'p3'))).toBe('b.html#p3');
    expect(relativeHref(urls.event('e'), urls.home)).toBe('../index.html');
    expect(relativeHref(urls.event('e'), 'a/b/c.html#x/y')).toBe('../a/b/c.html#x/y');
    expect(relativeHref('a/b/c.html', 'a/d.html')).toBe('../d.html');
  });

  it('agrees with path.posix.relative for any depth', () => {
    const segment = fc.constantFrom('a', 'b', 'entities', 'events', 'x.html', 'y.html');
    const file = fc.array(segment, { minLength: 0, maxLength: 3 }).map((dirs) => [...dirs, 'p.html'].join('/'));
    fc.assert(
      fc.property(file, file, fc.option(fc.constantFrom('p1', 'q/r'), { nil: undefined }), (from, toPath, hash) => {
        const to = hash === undefined ? toPath : `${toPath}#${hash}`;
        const expected = path.posix.relative(path.posix.dirname(from), toPath) + (hash === undefined ? '' : `#${hash}`);
        expect(relativeHref(from, to)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitSentences', () => {
  it('keeps titles and initials inside sentences and reports offsets', () => {
    const text = 'Mr. Smith met U.S. officials on Friday. He left. Then J. R. Jones spoke.';
    const s = splitSentences([{ id: 'p1', kind: 'body', line: 1, text }]);
    expect(s.map((x) => x.text)).toEqual(['Mr. Smith met U.S. officials on Friday.', 'He left.', 'Then J. R. Jones spoke.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2]);
  });
  it('ends a sentence after an acronym written without dots', () => {
    const s = splitSentences([{ id: 'p1', kind: 'body', line: 1, text: 'Ten people were held in the US. Among them was Ana Lee of the ZBC. She left for the U.K. Monday.' }]);
    expect(s.map((x) => x.text)).toEqual(['Ten people were held in the US.', 'Among them was Ana Lee of the ZBC.', 'She left for the U.K. Monday.']);
  });
  it('keeps initials after an opening bracket inside the sentence', () => {
    const text = 'Zorvex Inc said it formed a venture with <Q.R. Tamblin Associates> and [K. Obi Labs]. It owns half.';
    const s = splitSentences([{ id: 'p1', kind: 'body', line: 1, text }]);
    expect(s.map((x) => x.text)).toEqual(['Zorvex Inc said it formed a venture with <Q.R. Tamblin Associates> and [K. Obi Labs].', 'It owns half.']);
  });
  it('keeps a firm\'s country in brackets inside the sentence', () => {
    const text = 'Zorvex Inc said its Zorvex Oil (U.S.) Inc sold a refinery to Quanta (H.K.) Ltd. The perception in the (U.S.) Congress is bad.';
    const s = splitSentences([{ id: 'p1', kind: 'body', line: 1, text }]);
    expect(s.map((x) => x.text)).toEqual(['Zorvex Inc said its Zorvex Oil (U.S.) Inc sold a refinery to Quanta (H.K.) Ltd.', 'The perception in the (U.S.) Congress is bad.']);
  });
  it('ends a sentence at a legal form with its period before a capitalised word, not before another form or initials', () => {
    const text = 'The plant was sold to Zorvex Inc. The price was not given. Talks were led by Quanta Corp. Vell said more would come. '
      + 'Orlin Securities Co. Ltd. and Pella Co. Inc. bought seats. Its own Vorn Ltd. U.K. unit agreed. '
      + 'A venture of Zorvex and N.V. Quanta was formed, the marketing arm Quarrow Co. Said. '
      + 'The co-founder of Pella Inc. Ana Vell has died. It was said by Vell Corp. CEO Lin Oro.';
    const s = splitSentences([{ id: 'p1', kind: 'body', line: 1, text }]);
    expect(s.map((x) => x.text)).toEqual([
      'The plant was sold to Zorvex Inc.', 'The price was not given.', 'Talks were led by Quanta Corp.', 'Vell said more would come.',
      'Orlin Securities Co. Ltd. and Pella Co. Inc. bought seats.', 'Its own Vorn Ltd. U.K. unit agreed.',
      'A venture of Zorvex and N.V. Quanta was formed, the marketing arm Quarrow Co. Said.',
      'The co-founder of Pella Inc. Ana Vell has died.', 'It was said by Vell Corp. CEO Lin Oro.',
    ]);
  });
});

describe('code versions', () => {
  it('are of the code a process loaded: a file edited after loading gives a version no other run asks for', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync, utimesSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { codeVersionAt, stampProject } = await import('../src/util/code-version.ts');
    const root = mkdtempSync(path.join(tmpdir(), 'chronicle-code-version-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'package-lock.json'), '{}');
    writeFileSync(path.join(root, 'src', 'a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
    writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 1;\n');
    writeFileSync(path.join(root, 'src', 'unrelated.ts'), 'export const c = 1;\n');
    const loaded = stampProject(root);
    const before = codeVersionAt(root, ['src/a.ts'], loaded);
    expect(codeVersionAt(root, ['src/a.ts'], loaded)).toBe(before);

    const later = new Date(Date.now() + 5_000);
    writeFileSync(path.join(root, 'src', 'unrelated.ts'), 'export const c = 2;\n');
    utimesSync(path.join(root, 'src', 'unrelated.ts'), later, later);
    expect(codeVersionAt(root, ['src/a.ts'], loaded)).toBe(before);

    writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 2;\n');
    utimesSync(path.join(root, 'src', 'b.ts'), later, later);
    const reloaded = stampProject(root);
    const fresh = codeVersionAt(root, ['src/a.ts'], reloaded);
    expect(fresh).not.toBe(before);
    expect(codeVersionAt(root, ['src/a.ts'], reloaded)).toBe(fresh);
    const stale = codeVersionAt(root, ['src/a.ts'], loaded);
    expect(stale).not.toBe(fresh);
    expect(stale).not.toBe(before);
  });

  it('are noted by their files\' stamps, and worked out again when a file, a folder\'s files or a missing reference changes', async () => {
    const { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { codeVersionAt, forgetReadCode, stampProject } = await import('../src/util/code-version.ts');
    const root = mkdtempSync(path.join(tmpdir(), 'chronicle-code-version-'));
    mkdirSync(path.join(root, 'src', 'dir'), { recursive: true });
    writeFileSync(path.join(root, 'package-lock.json'), '{}');
    // './c.ts' does not exist yet: a reference the note keeps as missing.
    writeFileSync(path.join(root, 'src', 'a.ts'), "import { b } from './b.ts';\n// import('./c.ts') later\nexport const a = b;\n");
    writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 1;\n');
    writeFileSync(path.join(root, 'src', 'dir', 'd.ts'), 'export const d = 1;\n');
    const notes = path.join(root, '.cache', 'code-versions.json');
    const entries = [['src/a.ts'], ['src/dir']];
    // A new process's view: nothing read yet, the project's stamps as loaded now.
    const fresh = () => {
      forgetReadCode();
      return stampProject(root);
    };
    const unnoted = (loaded: Map<string, string>) => {
      rmSync(notes, { force: true });
      forgetReadCode();
      return entries.map((e) => codeVersionAt(root, e, loaded, 0));
    };
    // A noted version is read back, not worked out: the note's version is what the next process gets.
    const computed = entries.map((e) => codeVersionAt(root, e, fresh(), 0));
    expect(unnoted(fresh())).toEqual(computed);
    const noted = JSON.parse(readFileSync(notes, 'utf8')) as Record<string, { version: string; stamps: Record<string, string>; absent: string[] }>;
    expect(noted['src/a.ts']!.version).toBe(computed[0]);
    expect(Object.keys(noted['src/a.ts']!.stamps).sort()).toEqual(['package-lock.json', 'src/a.ts', 'src/b.ts']);
    expect(noted['src/a.ts']!.absent).toEqual(['src/c.ts']);
    for (const key of Object.keys(noted)) noted[key]!.version = `noted ${key}`;
    writeFileSync(notes, JSON.stringify(noted));
    expect(entries.map((e) => codeVersionAt(root, e, fresh(), 0))).toEqual(['noted src/a.ts', 'noted src/dir']);

    // Not a file noted has changed, but a reference that was missing now exists, or a folder holds a new file.
    writeFileSync(notes, JSON.stringify(noted));
    writeFileSync(path.join(root, 'src', 'c.ts'), 'export const c = 1;\n');
    writeFileSync(path.join(root, 'src', 'dir', 'e.ts'), 'export const e = 1;\n');
    const added = entries.map((e) => codeVersionAt(root, e, fresh(), 0));
    expect(added).toEqual(unnoted(fresh()));
    expect(added[0]).not.toBe(computed[0]);
    expect(added[1]).not.toBe(computed[1]);

    // A noted file edited: before the process loaded it, its version is the new code's; after, the process's own.
    entries.map((e) => codeVersionAt(root, e, fresh(), 0));
    const loaded = fresh();
    const later = new Date(Date.now() + 5_000);
    writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 2;\n');
    utimesSync(path.join(root, 'src', 'b.ts'), later, later);
    const own = codeVersionAt(root, ['src/a.ts'], loaded, 0);
    expect(own).not.toBe(added[0]);
    const edited = codeVersionAt(root, ['src/a.ts'], fresh(), 0);
    expect([own, added[0]]).not.toContain(edited);
    expect(edited).toBe(unnoted(fresh())[0]);
  });
});
