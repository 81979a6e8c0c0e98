/**
 * bin/chronicle.js chooses what to run: an installed package runs lib/ (compiled at pack time), a clone its
 * TypeScript. A lib/ left in a clone by an interrupted `npm pack` must not make the clone run stale code.
 */
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let root: string;

/** A package folder with the real bin/chronicle.js, a lib/ and a src/ that each say which one ran. */
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bin-'));
  await fs.mkdir(path.join(root, 'bin'));
  await fs.mkdir(path.join(root, 'lib'));
  await fs.mkdir(path.join(root, 'src'));
  await fs.copyFile('bin/chronicle.js', path.join(root, 'bin', 'chronicle.js'));
  await fs.writeFile(path.join(root, 'package.json'), '{ "type": "module" }\n');
  await fs.writeFile(path.join(root, 'lib', 'cli.js'), 'export async function main() { console.log("compiled"); return 0; }\n');
  await fs.writeFile(path.join(root, 'src', 'cli.ts'), 'export async function main(): Promise<number> { console.log("source"); return 0; }\n');
  await fs.symlink(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const ran = async () => (await run(process.execPath, [path.join(root, 'bin', 'chronicle.js')])).stdout.trim();

describe('bin/chronicle.js', () => {
  it('runs the compiled lib/ in an installed package (no tsconfig.json)', async () => {
    expect(await ran()).toBe('compiled');
  });

  it('runs the TypeScript in a clone even when a stale lib/ was left behind', async () => {
    await fs.writeFile(path.join(root, 'tsconfig.json'), '{}\n');
    expect(await ran()).toBe('source');
  });
});
