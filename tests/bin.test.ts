/**
 * bin/chronicle.js chooses what to run: an installed package runs lib/ (compiled at pack time), a clone its src/,
 * compiled to JavaScript in .cache/ (scripts/compile-source.mjs) rather than run through tsx. A lib/ left in a
 * clone by an interrupted `npm pack` must not make the clone run stale code, and neither may an old compiled copy.
 */
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let root: string;

/**
 * A clone's src/cli.ts that says it is the source, and whether it runs compiled (`.js`) or through tsx: it reaches
 * a module by a static and by a dynamic `.ts` import and reads a data file beside itself, as Chronicle's code does.
 */
const cliSource = (word: string) => `import { word } from './util/word.ts';
import { readFileSync } from 'node:fs';
export async function main(): Promise<number> {
  const { how } = await import('./util/how.ts');
  const data = JSON.parse(readFileSync(new URL('./util/data.json', import.meta.url), 'utf8')) as { n: number };
  console.log(word('${word}'), how(import.meta.url), data.n);
  return 0;
}
`;

/** A package folder with the real bin/chronicle.js and its compiler, a lib/ and a src/ that each say which one ran. */
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bin-'));
  for (const dir of ['bin', 'lib', 'scripts', 'src/util']) await fs.mkdir(path.join(root, dir), { recursive: true });
  await fs.copyFile('bin/chronicle.js', path.join(root, 'bin', 'chronicle.js'));
  await fs.copyFile('scripts/compile-source.mjs', path.join(root, 'scripts', 'compile-source.mjs'));
  await fs.writeFile(path.join(root, 'package.json'), '{ "type": "module" }\n');
  await fs.writeFile(path.join(root, 'lib', 'cli.js'), 'export async function main() { console.log("compiled"); return 0; }\n');
  await fs.writeFile(path.join(root, 'src', 'cli.ts'), cliSource('source'));
  await fs.writeFile(path.join(root, 'src', 'util', 'word.ts'), 'export const word = (w: string): string => w;\n');
  await fs.writeFile(path.join(root, 'src', 'util', 'how.ts'), "export const how = (url: string): string => (url.endsWith('.js') ? 'compiled' : 'tsx');\n");
  await fs.writeFile(path.join(root, 'src', 'util', 'data.json'), '{ "n": 7 }\n');
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

  it('runs a clone’s src/ compiled to JavaScript, not lib/ and not through tsx', async () => {
    await fs.writeFile(path.join(root, 'tsconfig.json'), '{}\n');
    expect(await ran()).toBe('source compiled 7');
    expect((await fs.readdir(path.join(root, '.cache'))).filter((f) => f.startsWith('src-'))).toHaveLength(1);
  });

  it('compiles an edited src/ again before running it', async () => {
    await fs.writeFile(path.join(root, 'src', 'cli.ts'), cliSource('edited'));
    expect(await ran()).toBe('edited compiled 7');
    await fs.writeFile(path.join(root, 'src', 'util', 'data.json'), '{ "n": 8 }\n');
    expect(await ran()).toBe('edited compiled 8');
  });

  it('takes the hash of a settled src/ from its stamps, and still compiles a file edited since to the same size', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await ran()).toBe('edited compiled 8');
    const noted = JSON.parse(await fs.readFile(path.join(root, '.cache', 'source-stamps.json'), 'utf8')) as { hash: string };
    expect((await fs.readdir(path.join(root, '.cache'))).filter((f) => f.startsWith('src-'))).toContain(`src-${noted.hash}`);
    expect(await ran()).toBe('edited compiled 8');
    await fs.writeFile(path.join(root, 'src', 'util', 'data.json'), '{ "n": 9 }\n');
    expect(await ran()).toBe('edited compiled 9');
  }, 30_000);
});
