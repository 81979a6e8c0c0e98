/**
 * A build in slices (issue 17, Deliver 4): `extract --shard i/4` and `build --shard i/4` in four processes each,
 * then `build --stitch`, write byte for byte the site one `build` writes from the same input.
 */
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { SHARD_MANIFEST, findShardParts, parseShard, shardOf } from '../src/util/shard.ts';
import { writeArchiveFixture } from './helpers/archive-fixture.ts';
import { siteDifferences } from './helpers/site.ts';

const SHARDS = 4;
let tmp: string;
let input: string;
let cache: string;

/** `chronicle …` in a process of its own; resolves with its output, rejects with it when the exit code is not 0. */
function chronicle(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/chronicle.js', ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`chronicle ${args.join(' ')} exited ${code}:\n${stderr}`))));
  });
}

async function inProcess(args: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-shards-'));
  input = path.join(tmp, 'in');
  cache = path.join(tmp, 'cache');
  await writeArchiveFixture(path.join(input, 'generated'), { count: 40, year: 2019, initial: 'M' });
  for (const f of await fs.readdir('seeds')) await fs.copyFile(path.join('seeds', f), path.join(input, f));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('shards', () => {
  it('parses i/n and spreads keys over every slice', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '4', 'a/b', '1/0']) expect(typeof parseShard(bad)).toBe('string');
    const counts = new Map<number, number>();
    for (let i = 0; i < 400; i++) counts.set(shardOf(`articles/a${i}.html`, 4), (counts.get(shardOf(`articles/a${i}.html`, 4)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4]);
    for (const n of counts.values()) expect(n).toBeGreaterThan(60);
  });

  it('4 extract shards and 4 render shards in 4 processes each, stitched, equal one build byte for byte', async () => {
    const extracted = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) => chronicle(['extract', '--shard', `${i + 1}/${SHARDS}`, '--input', input, '--cache', cache, '--workers', '1'])),
    );
    const sliceSizes = extracted.map((r) => Number(/: (\d+) of (\d+) articles/.exec(r.stdout)![1]));
    expect(sliceSizes.reduce((a, b) => a + b, 0)).toBe(42);
    expect(Math.min(...sliceSizes)).toBeGreaterThan(0);

    const parts = path.join(tmp, 'parts');
    const rendered = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) => chronicle(['build', '--shard', `${i + 1}/${SHARDS}`, '--input', input, '--cache', cache, '--out', path.join(parts, `shard-${i + 1}`), '--workers', '1'])),
    );
    // Every slice found every extraction cached: the shards only extracted their own articles.
    for (const r of rendered) expect(r.stderr).toMatch(/extract: 42 in [\d.]+s \(42 cached, 0 extracted\)/);
    const found = await findShardParts(parts);
    expect(found).toEqual({ parts: Array.from({ length: SHARDS }, (_, i) => path.join(parts, `shard-${i + 1}`)), missing: [] });
    for (const dir of found.parts) await expect(fs.stat(path.join(dir, SHARD_MANIFEST))).resolves.toBeTruthy();

    const stitchedOut = path.join(tmp, 'stitched');
    const stitched = await inProcess(['build', '--stitch', parts, '--input', input, '--cache', cache, '--out', stitchedOut]);
    expect(stitched.code, stitched.stderr.join('\n')).toBe(0);
    // Only the listing and fixed pages are rendered by the stitch: every article, entity and event page comes from a slice.
    const line = stitched.stdout.join('\n');
    const pages = Number(/; (\d+) pages/.exec(line)![1]);
    const unchanged = Number(/\((\d+) unchanged\)/.exec(line)![1]);
    expect(unchanged).toBeGreaterThan(pages / 2);

    const singleOut = path.join(tmp, 'single');
    const single = await inProcess(['build', '--input', input, '--no-cache', '--out', singleOut]);
    expect(single.code, single.stderr.join('\n')).toBe(0);
    expect(await siteDifferences(stitchedOut, singleOut)).toEqual([]);
  }, 600_000);

  it('refuses a shard without a cache, and a stitch folder that holds no shard', async () => {
    expect((await inProcess(['extract', '--shard', '1/2', '--input', input, '--no-cache'])).code).toBe(2);
    expect((await inProcess(['build', '--shard', '3/2', '--input', input])).code).toBe(2);
    const empty = path.join(tmp, 'no-parts');
    await fs.mkdir(empty, { recursive: true });
    const r = await inProcess(['build', '--stitch', empty, '--input', input, '--out', path.join(tmp, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr.join('\n')).toMatch(/no shard folder/);
  });
});
