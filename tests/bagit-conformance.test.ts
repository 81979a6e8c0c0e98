/**
 * `chronicle verify` against bags in the image of the Library of Congress BagIt conformance suite
 * (tests/fixtures/bagit, written by make-fixtures.ts): every valid bag passes, every invalid one fails for the
 * reason it was made for — as a folder and as a zip with the bag in one top-level folder. Cases the suite has but
 * files cannot hold portably (names with CR or LF, zip entries that leave the archive) are built in memory.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { validateBag, type BagFiles } from '../src/archive/bagit.ts';
import { listFiles } from './helpers/site.ts';

const ROOT = 'tests/fixtures/bagit';

/** Each invalid case and the problem line that must say why (the reason the suite's case of that name tests). */
const INVALID: Record<string, RegExp> = {
  'v1.0/invalid/bagit-with-invalid-whitespace': /^invalid: bagit\.txt:1: expected "BagIt-Version: M\.N", found "BagIt-Version : 1\.0"$/m,
  'v1.0/invalid/missing-from-manifest': /^extra: data\/unlisted\.txt \(not in manifest-sha512\.txt\)$/m,
  'v1.0/invalid/missing-file': /^missing: data\/notes\/wire\.txt \(listed in manifest-sha512\.txt\)$/m,
  'v1.0/invalid/corrupt-data-file': /^changed: data\/dispatch\.txt \(sha512 /m,
  'v1.0/invalid/corrupt-tag-file': /^changed: bag-info\.txt \(sha512 .*tagmanifest-sha512\.txt says/m,
  'v1.0/invalid/same-filename-listed-twice-with-different-hashes': /^invalid: manifest-sha512\.txt:3: data\/dispatch\.txt listed twice with different checksums$/m,
  'v1.0/invalid/wrong-payload-oxum': /^invalid: bag-info\.txt: Payload-Oxum 12\.2, but the payload is 106\.2/m,
  'v1.0/invalid/no-payload-manifest': /^missing: manifest-<algorithm>\.txt/m,
  'v1.0/invalid/unsupported-algorithm': /^invalid: manifest-whirl\.txt: unsupported algorithm whirl$/m,
  'v0.97/invalid/baginfo-missing-encoding': /^invalid: bagit\.txt:2: expected "Tag-File-Character-Encoding: ENCODING"/m,
  'v0.97/invalid/bom-in-bagit.txt': /^invalid: bagit\.txt starts with a byte-order mark$/m,
  'v0.97/invalid/invalid-version-number': /^invalid: bagit\.txt:1: .*found "BagIt-Version: \.97"$/m,
  'v0.97/invalid/missing-bagit.txt': /^missing: bagit\.txt/m,
  'v0.97/invalid/missing-baginfo': /^missing: bag-info\.txt \(listed in tagmanifest-sha512\.txt\)$/m,
  'v0.97/invalid/extra-file-in-bag': /^extra: data\/notes\/draft\.txt \(not in manifest-sha512\.txt\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-dot-notation': /^invalid: manifest-md5\.txt:3: data\/\.\.\/\.\.\/\.\.\/README\.md \(path leaves the bag\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-dot-notation-for-fetch': /^invalid: fetch\.txt:1: \.\.\/\.\.\/outside\.txt \(path leaves the bag\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-absolute-path': /^invalid: manifest-md5\.txt:3: \/tmp\/outside \(absolute path\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-absolute-path-for-fetch': /^invalid: fetch\.txt:1: \/etc\/hostname \(absolute path\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-shortcut': /^invalid: manifest-md5\.txt:3: ~\/outside \(home-folder path\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-drive-letter': /^invalid: manifest-md5\.txt:3: C:\\Users\\Public\\outside\.txt \(drive path\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-unc': /^invalid: manifest-md5\.txt:3: \\\\server\\share\\outside\.txt \(absolute path\)$/m,
  'v0.97/invalid/out-of-scope-file-paths-using-environment-variable': /^invalid: manifest-md5\.txt:3: %HOMEDRIVE%\\outside\.txt \(environment-variable path\)$/m,
};

async function verify(target: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(['verify', target], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
  return { code, out: lines.join('\n') };
}

async function caseDirs(): Promise<string[]> {
  const out: string[] = [];
  for (const version of (await fs.readdir(ROOT)).filter((v) => v.startsWith('v')).sort()) {
    for (const kind of ['valid', 'invalid']) {
      const dir = path.join(ROOT, version, kind);
      for (const name of (await fs.readdir(dir).catch(() => [])).sort()) out.push(`${version}/${kind}/${name}`);
    }
  }
  return out;
}

let tmp: string;
let cases: string[];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bagit-'));
  cases = await caseDirs();
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** The case's folder as a zip with the bag in one top-level folder, the usual serialization. */
async function zipped(name: string): Promise<string> {
  const dir = path.join(ROOT, name);
  const entries: Record<string, Uint8Array> = {};
  for (const f of await listFiles(dir)) entries[`${path.basename(name)}/${f}`] = new Uint8Array(await fs.readFile(path.join(dir, f)));
  const file = path.join(tmp, `${name.replace(/\//g, '__')}.zip`);
  await fs.writeFile(file, zipSync(entries));
  return file;
}

describe('conformance fixtures', () => {
  it('has a dozen or more cases for each of v1.0 and v0.97, and a stated reason for every invalid one', () => {
    expect(cases.filter((c) => c.startsWith('v1.0/')).length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.startsWith('v0.97/')).length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.includes('/invalid/')).sort()).toEqual(Object.keys(INVALID).sort());
  });

  it('accepts every valid bag, as a folder and as a zip', async () => {
    const valid = cases.filter((c) => c.includes('/valid/'));
    expect(valid.length).toBeGreaterThanOrEqual(12);
    for (const name of valid) {
      for (const target of [path.join(ROOT, name), await zipped(name)]) {
        const { code, out } = await verify(target);
        expect(out, `${name}: ${target}`).toMatch(/^OK: BagIt (1\.0|0\.97) bag, \d+ payload files/m);
        expect(code, `${name}\n${out}`).toBe(0);
      }
    }
  });

  it('rejects every invalid bag for its reason, as a folder and as a zip', async () => {
    for (const [name, reason] of Object.entries(INVALID)) {
      for (const target of [path.join(ROOT, name), await zipped(name)]) {
        const { code, out } = await verify(target);
        expect(code, `${name}\n${out}`).toBe(1);
        expect(out, name).toMatch(reason);
        expect(out, name).toMatch(/^FAILED: \d+ problem\(s\)/m);
      }
    }
  });

  it('says which files a holey bag has still to fetch, and does not count them missing', async () => {
    const { code, out } = await verify(path.join(ROOT, 'v1.0/valid/holey-bag'));
    expect(code).toBe(0);
    expect(out).toMatch(/^to fetch: data\/later\.txt/m);
  });
});

describe('names and paths', () => {
  const sha512 = (b: Uint8Array) => createHash('sha512').update(b).digest('hex');
  const bag = (files: Record<string, string>): BagFiles => ({
    files: new Map(Object.entries(files).map(([p, t]) => [p, new TextEncoder().encode(t)])),
    dirs: new Set(['data']),
  });
  const DECL = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

  it('reads %0A, %0D and %25 in manifest paths as LF, CR and %, once', () => {
    const names = ['data/line\nbreak.txt', 'data/carriage\rreturn.txt', 'data/100%.txt', 'data/literal%0A.txt'];
    const files: Record<string, string> = { 'bagit.txt': DECL };
    for (const n of names) files[n] = `content of ${n}`;
    const encoded = (n: string) => n.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
    files['manifest-sha512.txt'] = names.map((n) => `${sha512(new TextEncoder().encode(files[n]!))}  ${encoded(n)}\n`).join('');
    const report = validateBag(bag(files));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    // Written unencoded, the same names are other files: each is missing, and the real one is extra.
    files['manifest-sha512.txt'] = `${sha512(new TextEncoder().encode(files['data/100%.txt']!))}  data/100%25%25.txt\n`;
    const wrong = validateBag(bag(files));
    expect(wrong.problems).toContain('missing: data/100%%.txt (listed in manifest-sha512.txt)');
    expect(wrong.problems).toContain('extra: data/100%.txt (not in manifest-sha512.txt)');
  });

  it('refuses a zip whose entries would be unpacked outside its folder', async () => {
    const file = path.join(tmp, 'zip-slip.zip');
    await fs.writeFile(file, zipSync({ 'bag/bagit.txt': new TextEncoder().encode(DECL), '../outside.txt': new Uint8Array([1]) }));
    const { code, out } = await verify(file);
    expect(code).toBe(1);
    expect(out).toMatch(/^invalid: zip entry "\.\.\/outside\.txt" leaves the archive$/m);
  });

  it('says what it was given when it is not a bag', async () => {
    const file = path.join(tmp, 'not-a-bag.zip');
    await fs.writeFile(file, zipSync({ 'a/readme.txt': new Uint8Array([1]), 'b/readme.txt': new Uint8Array([2]) }));
    const { code, out } = await verify(file);
    expect(code).toBe(1);
    expect(out).toMatch(/^missing: bagit\.txt \(not a bag/m);
    expect((await verify(path.join(tmp, 'no-such.zip'))).out).toMatch(/^missing: .*no-such\.zip \(no such file or folder\)$/m);
  });
});
