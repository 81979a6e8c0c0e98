/**
 * Archival guarantees: the same input gives the same bytes (whatever the output folder or the order the input
 * files were written in), and a snapshot round-trips through verify while a single changed byte is reported.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
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
  it('round-trips through verify, and reports a single changed byte', async () => {
    const zip = path.join(tmp, 'snap.zip');
    const lines: string[] = [];
    const io = { stdout: (l: string) => lines.push(l), stderr: (l: string) => lines.push(l) };
    expect(await main(['snapshot', '--from', first, '--out', zip], io)).toBe(0);
    expect(await main(['verify', zip], io)).toBe(0);
    expect(lines.at(-1)).toMatch(/^OK: \d+ files match the manifest$/);

    const again = path.join(tmp, 'snap-again.zip');
    expect(await main(['snapshot', '--from', second, '--out', again], quiet)).toBe(0);
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

  it('records the input hashes and a build date from the newest article, not the clock', async () => {
    const info = JSON.parse(await fs.readFile(path.join(first, 'chronicle-build.json'), 'utf8')) as { built: string; inputs: { file: string; sha256: string }[] };
    expect(info.built).toBe('2021-12-14');
    expect(info.inputs.map((i) => i.file)).toEqual((await fs.readdir('seeds')).sort());
    for (const i of info.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
