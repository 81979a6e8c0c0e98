/**
 * Chronicle's snapshots checked by a BagIt validator that is not Chronicle's: tests/tools/bagit_validate.py, written
 * independently from RFC 8493 in Python's standard library (no BagIt validator installs here: Debian bookworm and
 * npm have none). It must accept a snapshot of the seed site, reject it after one byte is flipped, and give the
 * conformance suite's answer (the folder each case is in) on every fixture of tests/fixtures/bagit, as `chronicle
 * verify` does.
 */
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { buildSeedSite, type SeedSite } from './helpers/seed-site.ts';

const VALIDATOR = 'tests/tools/bagit_validate.py';
const ROOT = 'tests/fixtures/bagit';

function validate(target: string): { code: number; out: string } {
  const run = spawnSync('python3', [VALIDATOR, target], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { code: run.status ?? -1, out: `${run.stdout}${run.stderr}` };
}

async function chronicleVerify(target: string): Promise<number> {
  return main(['verify', target], { stdout: () => {}, stderr: () => {} });
}

let tmp: string;
let seed: SeedSite;
let snapshot: string;

beforeAll(async () => {
  execFileSync('python3', ['--version']);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bagit-independent-'));
  seed = await buildSeedSite('chronicle-bagit-independent-site-');
  snapshot = path.join(tmp, 'snapshot.zip');
  const code = await main(['snapshot', '--from', seed.root, '--out', snapshot, '--with-sources', 'seeds'], { stdout: () => {}, stderr: () => {} });
  expect(code).toBe(0);
}, 300_000);

afterAll(async () => {
  await seed?.remove();
  await fs.rm(tmp, { recursive: true, force: true });
});

/** The snapshot unzipped into a folder: its one top-level folder, the bag. */
async function unzipped(zip: string, into: string): Promise<string> {
  const entries = unzipSync(new Uint8Array(await fs.readFile(zip)));
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    await fs.mkdir(path.dirname(path.join(into, name)), { recursive: true });
    await fs.writeFile(path.join(into, name), bytes);
  }
  const [top] = await fs.readdir(into);
  return path.join(into, top!);
}

async function flipByte(file: string, at: (size: number) => number): Promise<void> {
  const bytes = await fs.readFile(file);
  const i = at(bytes.length);
  bytes[i] = bytes[i]! ^ 0x01;
  await fs.writeFile(file, bytes);
}

describe('a snapshot, checked by the independent validator', () => {
  it('is a valid bag, as the zip and unzipped', async () => {
    expect(validate(snapshot)).toEqual({ code: 0, out: 'VALID\n' });
    expect(validate(await unzipped(snapshot, path.join(tmp, 'whole')))).toEqual({ code: 0, out: 'VALID\n' });
  });

  it('is rejected after one byte of a page, of a source or of bag-info.txt is flipped', { timeout: 120_000 }, async () => {
    for (const [file, why] of [
      ['data/site/index.html', /^changed: data\/site\/index\.html \(sha512 /m],
      ['data/sources/(the first)', /^changed: data\/sources\/[^ ]+ \(sha512 /m],
      ['bag-info.txt', /^changed: bag-info\.txt \(sha512 .*tagmanifest-sha512\.txt says/m],
    ] as const) {
      const bag = await unzipped(snapshot, path.join(tmp, `flip-${path.basename(file)}`));
      const target = file.startsWith('data/sources/') ? path.join(bag, 'data/sources', (await fs.readdir(path.join(bag, 'data/sources')))[0]!) : path.join(bag, file);
      await flipByte(target, (size) => Math.floor(size / 2));
      const { code, out } = validate(bag);
      expect(code, out).toBe(1);
      expect(out).toMatch(why);
      expect(out.trimEnd().split('\n').at(-1)).toBe('INVALID');
    }
  });

  it('is rejected when one byte of the zip itself is flipped', async () => {
    const copy = path.join(tmp, 'flipped.zip');
    await fs.copyFile(snapshot, copy);
    // A byte in the middle of the archive: inside some entry's data, which the zip's CRC or a manifest catches.
    await flipByte(copy, (size) => Math.floor(size / 2));
    const { code, out } = validate(copy);
    expect(code, out).toBe(1);
    expect(out.trimEnd().split('\n').at(-1)).toBe('INVALID');
    expect(await chronicleVerify(copy)).toBe(1);
  });
});

describe('the independent validator on the conformance fixtures', () => {
  it("gives the suite's answer on every case, as chronicle verify does", async () => {
    const verdicts: string[] = [];
    for (const version of (await fs.readdir(ROOT)).filter((v) => v.startsWith('v')).sort()) {
      for (const kind of ['valid', 'invalid']) {
        for (const name of (await fs.readdir(path.join(ROOT, version, kind)).catch(() => [] as string[])).sort()) {
          const dir = path.join(ROOT, version, kind, name);
          const ours = validate(dir);
          const chronicle = await chronicleVerify(dir);
          verdicts.push(`${version}/${kind}/${name}: ${ours.code === 0 ? 'valid' : 'invalid'}, chronicle ${chronicle === 0 ? 'valid' : 'invalid'}`);
        }
      }
    }
    expect(verdicts.length).toBeGreaterThanOrEqual(30);
    for (const v of verdicts) {
      const kind = /\/(valid|invalid)\//.exec(v)![1];
      expect(v).toMatch(new RegExp(`: ${kind}, chronicle ${kind}$`));
    }
  }, 300_000);

  it('says why for each kind of invalid bag', () => {
    const why = (name: string) => validate(path.join(ROOT, name)).out;
    expect(why('v1.0/invalid/corrupt-data-file')).toMatch(/^changed: data\/dispatch\.txt \(sha512 /m);
    expect(why('v1.0/invalid/missing-from-manifest')).toMatch(/^extra: data\/unlisted\.txt \(not in manifest-sha512\.txt\)$/m);
    expect(why('v1.0/invalid/wrong-payload-oxum')).toMatch(/^invalid: bag-info\.txt: Payload-Oxum 12\.2, but the payload is 106\.2$/m);
    expect(why('v0.97/invalid/out-of-scope-file-paths-using-dot-notation')).toMatch(/\(path leaves the bag\)$/m);
    expect(why('v1.0/valid/holey-bag')).toBe('to fetch: data/later.txt\nVALID\n');
    expect(spawnSync('python3', [VALIDATOR, '--complete', path.join(ROOT, 'v1.0/valid/holey-bag')]).status).toBe(1);
  }, 120_000);
});
