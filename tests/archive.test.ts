/**
 * Archival guarantees: the same input gives the same bytes (whatever the output folder or the order the input
 * files were written in); a snapshot is a BagIt bag, the same bytes for the same build, that round-trips through
 * verify while a single changed byte is reported. Other bags: tests/bagit-conformance.test.ts.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { CHRONICLE_VERSION } from '../src/util/version.ts';
import { listFiles } from './helpers/site.ts';

const quiet = { stdout: () => {}, stderr: () => {} };
let tmp: string;
let first: string;
let second: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-archive-'));
  const seeds = (await fs.readdir('seeds')).sort();
  // Two input folders with the same files written in opposite orders.
  for (const [name, order] of [['in-a', seeds], ['in-b', [...seeds].reverse()]] as const) {
    await fs.mkdir(path.join(tmp, name));
    for (const f of order) await fs.copyFile(path.join('seeds', f), path.join(tmp, name, f));
  }
  first = path.join(tmp, 'out-one');
  second = path.join(tmp, 'elsewhere', 'out-two');
  expect(await main(['build', '--input', path.join(tmp, 'in-a'), '--out', first], quiet)).toBe(0);
  expect(await main(['build', '--input', path.join(tmp, 'in-b'), '--out', second], quiet)).toBe(0);
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('deterministic output', () => {
  it('writes the same files with the same bytes, search index included', async () => {
    const a = await listFiles(first);
    const b = await listFiles(second);
    expect(b).toEqual(a);
    expect(a.some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing: string[] = [];
    for (const f of a) {
      const [x, y] = await Promise.all([fs.readFile(path.join(first, f)), fs.readFile(path.join(second, f))]);
      if (!x.equals(y)) differing.push(f);
    }
    expect(differing).toEqual([]);
  });
});

describe('snapshots', () => {
  const lines: string[] = [];
  const io = { stdout: (l: string) => lines.push(l), stderr: (l: string) => lines.push(l) };
  let zip: string;
  let bag: Map<string, Uint8Array>;
  const bagOxum = () => /^Payload-Oxum: (\S+)$/m.exec(text('bag-info.txt'))![1];
  const folderOxum = async (dir: string) => {
    const files = await listFiles(dir);
    let octets = 0;
    for (const f of files) octets += (await fs.stat(path.join(dir, f))).size;
    return `${octets}.${files.length}`;
  };
  const text = (name: string) => new TextDecoder().decode(bag.get(`chronicle-snapshot-2021-12-14/${name}`));

  beforeAll(async () => {
    zip = path.join(tmp, 'snap.zip');
    expect(await main(['snapshot', '--from', first, '--out', zip, '--with-sources', path.join(tmp, 'in-a')], io)).toBe(0);
    bag = new Map(Object.entries(unzipSync(new Uint8Array(await fs.readFile(zip)))));
  });

  it('is a BagIt 1.0 bag in one top-level folder, every file checked here independently of src/archive', async () => {
    expect(new Set([...bag.keys()].map((n) => n.split('/')[0]))).toEqual(new Set(['chronicle-snapshot-2021-12-14']));
    expect(text('bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const site = await listFiles(first);
    const payload = [...bag.keys()].filter((n) => n.includes('/data/')).map((n) => n.slice(n.indexOf('/data/') + 1)).sort();
    expect(payload).toEqual([...site.map((f) => `data/site/${f}`), ...(await fs.readdir('seeds')).sort().map((f) => `data/sources/${f}`)].sort());
    // Each manifest lists each of its files once, with the right SHA-512.
    for (const [manifest, listed] of [['manifest-sha512.txt', payload], ['tagmanifest-sha512.txt', ['bag-info.txt', 'bagit.txt', 'manifest-sha512.txt']]] as const) {
      const rows = text(manifest).trimEnd().split('\n').map((l) => /^([0-9a-f]{128}) {2}(.+)$/.exec(l)!);
      expect(rows.map((r) => r[2]).sort()).toEqual([...listed].sort());
      for (const r of rows) expect(createHash('sha512').update(bag.get(`chronicle-snapshot-2021-12-14/${r[2]}`)!).digest('hex'), r[2]).toBe(r[1]);
    }
    const octets = payload.reduce((n, p) => n + bag.get(`chronicle-snapshot-2021-12-14/${p}`)!.length, 0);
    const info = JSON.parse(await fs.readFile(path.join(first, 'chronicle-build.json'), 'utf8')) as { inputs: { file: string; sha256: string }[] };
    expect(text('bag-info.txt')).toBe(
      [
        'Source-Organization: News archive',
        'Bagging-Date: 2021-12-14',
        `Payload-Oxum: ${octets}.${payload.length}`,
        `External-Identifier: urn:chronicle:snapshot:sha256:${createHash('sha256').update(bag.get('chronicle-snapshot-2021-12-14/manifest-sha512.txt')!).digest('hex')}`,
        `Bag-Software-Agent: Chronicle ${CHRONICLE_VERSION}`,
        `Chronicle-Version: ${CHRONICLE_VERSION}`,
        ...info.inputs.map((i) => `Chronicle-Input: ${i.sha256} ${i.file}`),
        '',
      ].join('\n'),
    );
    // The sources in the bag are the articles the build read.
    for (const i of info.inputs) expect(createHash('sha256').update(bag.get(`chronicle-snapshot-2021-12-14/data/sources/${i.file}`)!).digest('hex')).toBe(i.sha256);
  });

  it('round-trips through verify, is the same bytes from another build of the same input, and reports a single changed byte', async () => {
    expect(await main(['verify', zip], io)).toBe(0);
    expect(lines.at(-1)).toMatch(/^OK: BagIt 1\.0 bag, \d+ payload files and 4 tag files match their manifests$/);

    const again = path.join(tmp, 'snap-again.zip');
    expect(await main(['snapshot', '--from', second, '--out', again, '--with-sources', path.join(tmp, 'in-b')], quiet)).toBe(0);
    expect((await fs.readFile(again)).equals(await fs.readFile(zip))).toBe(true);

    const bytes = await fs.readFile(zip);
    for (const offset of [40, Math.floor(bytes.length / 2), bytes.length - 40]) {
      const damaged = Buffer.from(bytes);
      damaged[offset] = damaged[offset]! ^ 0x01;
      const file = path.join(tmp, `damaged-${offset}.zip`);
      await fs.writeFile(file, damaged);
      const out: string[] = [];
      expect(await main(['verify', file], { stdout: (l) => out.push(l), stderr: (l) => out.push(l) }), `byte ${offset}`).toBe(1);
      expect(out.at(-1)).toMatch(/^FAILED: /);
    }
  });

  it('reports each changed, missing and extra file of an unpacked snapshot on its own line', async () => {
    const dir = path.join(tmp, 'unpacked');
    for (const [name, content] of bag) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), content);
    }
    const root = path.join(dir, 'chronicle-snapshot-2021-12-14');
    expect(await main(['verify', root], quiet)).toBe(0);
    await fs.appendFile(path.join(root, 'data/site/index.html'), ' ');
    await fs.rm(path.join(root, 'data/site/graph.json'));
    await fs.writeFile(path.join(root, 'data/site/added.html'), '<p>added</p>');
    const out: string[] = [];
    expect(await main(['verify', root], { stdout: (l) => out.push(l), stderr: (l) => out.push(l) })).toBe(1);
    // In manifest order, then the files no manifest lists.
    expect(out.filter((l) => /^(changed|missing|extra): /.test(l))).toEqual([
      'missing: data/site/graph.json (listed in manifest-sha512.txt)',
      expect.stringMatching(/^changed: data\/site\/index\.html \(sha512 [0-9a-f]{16}…, manifest-sha512\.txt says [0-9a-f]{16}…\)$/),
      'extra: data/site/added.html (not in manifest-sha512.txt)',
    ]);
    expect(out).toContain(`invalid: bag-info.txt: Payload-Oxum ${bagOxum()}, but the payload is ${await folderOxum(path.join(root, 'data'))} (octets.files)`);
  });

  it('takes the sources only as the build read them', async () => {
    const changed = path.join(tmp, 'in-changed');
    await fs.cp(path.join(tmp, 'in-a'), changed, { recursive: true });
    const [firstSeed] = (await fs.readdir(changed)).sort();
    await fs.appendFile(path.join(changed, firstSeed!), '\nEdited after the build.\n');
    const out: string[] = [];
    expect(await main(['snapshot', '--from', first, '--out', path.join(tmp, 'refused.zip'), '--with-sources', changed], { stdout: (l) => out.push(l), stderr: (l) => out.push(l) })).toBe(1);
    expect(out.join('\n')).toContain(`${firstSeed} differs from the file the build read`);
  });

  it('still verifies a snapshot from before bags (chronicle-manifest.json)', async () => {
    const page = new TextEncoder().encode('<p>old</p>');
    const manifest = { format: 'chronicle-snapshot/1', files: [{ path: 'index.html', sha256: createHash('sha256').update(page).digest('hex'), bytes: page.length }] };
    const old = path.join(tmp, 'old.zip');
    await fs.writeFile(old, zipSync({ 'site/index.html': page, 'chronicle-manifest.json': new TextEncoder().encode(JSON.stringify(manifest)) }));
    const out: string[] = [];
    expect(await main(['verify', old], { stdout: (l) => out.push(l), stderr: (l) => out.push(l) })).toBe(0);
    expect(out.at(-1)).toBe('OK: pre-BagIt Chronicle snapshot, 1 files match their manifests');
    await fs.writeFile(old, zipSync({ 'site/index.html': new TextEncoder().encode('<p>new</p>'), 'chronicle-manifest.json': new TextEncoder().encode(JSON.stringify(manifest)) }));
    out.length = 0;
    expect(await main(['verify', old], { stdout: (l) => out.push(l), stderr: (l) => out.push(l) })).toBe(1);
    expect(out).toContain('changed: site/index.html');
  });

  it('records the input hashes, the site title and a build date from the newest article, not the clock', async () => {
    const info = JSON.parse(await fs.readFile(path.join(first, 'chronicle-build.json'), 'utf8')) as { title: string; built: string; inputs: { file: string; sha256: string }[] };
    expect(info.built).toBe('2021-12-14');
    expect(info.title).toBe('News archive');
    expect(info.inputs.map((i) => i.file)).toEqual((await fs.readdir('seeds')).sort());
    for (const i of info.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the build record one input a line, not pretty-printed (issue 17)', async () => {
    const text = await fs.readFile(path.join(first, 'chronicle-build.json'), 'utf8');
    const info = JSON.parse(text) as { inputs: { file: string; sha256: string }[] };
    for (const input of info.inputs) expect(text).toContain(`\n${JSON.stringify(input)}`);
    expect(text).not.toMatch(/^ /m);
  });
});
