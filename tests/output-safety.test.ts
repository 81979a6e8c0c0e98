/**
 * The output folder is the user's (src/site/output-folder.ts): `build` refuses folders it must not write into,
 * keeps every file it did not write, and an interrupted build leaves the previous site as it was. Every case
 * compares the input and the user's files byte for byte before and after.
 */
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { MARKER_FILE, OutputRefused, markerFolders, markerJson, planOutput, readMarker } from '../src/site/output-folder.ts';
import { listTree } from '../src/util/files.ts';
import { defaultCacheFolder } from '../src/util/cache-folder.ts';

let tmp: string;

/** path → sha256 of every file under `dir` (empty folders as `dir/` → ''). */
async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const f of await listTree(dir)) {
    files[f] = f.endsWith('/') ? '' : createHash('sha256').update(await fs.readFile(path.join(dir, f))).digest('hex');
  }
  return files;
}

async function run(argv: string[]): Promise<{ code: number; stderr: string[] }> {
  const stderr: string[] = [];
  const code = await main(argv, { stdout: () => {}, stderr: (l) => stderr.push(l) });
  return { code, stderr };
}

/** A folder holding one seed article and a note of the user's. */
async function project(name: string): Promise<{ root: string; input: string }> {
  const root = path.join(tmp, name);
  const input = path.join(root, 'articles');
  await fs.mkdir(input, { recursive: true });
  await fs.copyFile('seeds/000_cef4227f8d5861dc.txt', path.join(input, 'story.txt'));
  await fs.writeFile(path.join(root, 'notes.md'), 'my own notes\n');
  return { root, input };
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-output-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('build refuses an --out it must not write into (exit 2, one line), and touches nothing', () => {
  it.each([
    ['the input folder', (_root: string, input: string) => input, 'is or contains the input folder'],
    ['a parent of the input', (root: string) => root, 'is or contains the input folder'],
    ['a folder inside the input', (_root: string, input: string) => path.join(input, 'site'), 'is inside the input folder'],
  ])('%s', async (name, outOf, reason) => {
    const { root, input } = await project(`refuse-${name.replace(/\W+/g, '-')}`);
    const before = await tree(root);
    const { code, stderr } = await run(['build', '--input', input, '--out', outOf(root, input), '--no-cache']);
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain(reason);
    expect(await tree(root)).toEqual(before);
  });

  it('the working directory or the home directory, or a folder holding either', async () => {
    const { root, input } = await project('refuse-cwd-home');
    const work = path.join(root, 'work');
    await fs.mkdir(work);
    await expect(planOutput(work, { input, cwd: work })).rejects.toThrow(/is or contains the working directory/);
    await expect(planOutput(root, { input: path.join(tmp, 'elsewhere'), cwd: work })).rejects.toThrow(/is or contains the working directory/);
    await expect(planOutput(work, { input, cwd: tmp, home: work })).rejects.toThrow(OutputRefused);
    await expect(planOutput(root, { cwd: tmp, home: path.join(root, 'me') })).rejects.toThrow(/is or contains the home directory/);
    const { code } = await run(['build', '--input', input, '--out', process.cwd(), '--no-cache']);
    expect(code).toBe(2);
    const home = await run(['build', '--input', input, '--out', os.homedir(), '--no-cache']);
    expect(home.code).toBe(2);
    expect(home.stderr[0]).toMatch(/home directory|working directory/);
  });

  it('a symbolic link to the input folder', async () => {
    const { root, input } = await project('refuse-symlink');
    await fs.symlink(input, path.join(root, 'link'));
    const before = await tree(input);
    expect((await run(['build', '--input', input, '--out', path.join(root, 'link'), '--no-cache'])).code).toBe(2);
    expect(await tree(input)).toEqual(before);
  });
});

describe("a folder of the user's", () => {
  it('is refused when not empty and unmarked; with --force it is built into and every file of theirs kept', async () => {
    const { root, input } = await project('foreign');
    const out = path.join(root, 'public');
    await fs.mkdir(path.join(out, 'about'), { recursive: true });
    await fs.writeFile(path.join(out, 'about', 'me.html'), '<p>mine</p>\n');
    await fs.writeFile(path.join(out, 'CNAME'), 'news.example.org\n');
    await fs.mkdir(path.join(out, 'empty-but-mine'));
    const theirs = await tree(out);

    const refused = await run(['build', '--input', input, '--out', out, '--no-cache']);
    expect(refused.code).toBe(2);
    expect(refused.stderr[0]).toContain('holds no Chronicle build marker');
    expect(await tree(out)).toEqual(theirs);

    expect((await run(['build', '--input', input, '--out', out, '--no-cache', '--force'])).code).toBe(0);
    const built = await tree(out);
    for (const [f, hash] of Object.entries(theirs)) expect(built[f]).toBe(hash);
    expect(built['index.html']).toBeDefined();
    const marker = (await readMarker(out))!;
    expect(marker.files).toContain('index.html');
    expect(marker.files.filter((f) => f in theirs)).toEqual([]);

    // Marked now: a rebuild needs no --force. An article taken away takes its pages with it; their files stay.
    await fs.copyFile('seeds/004_9bd7e509f6b68351.txt', path.join(input, 'second.txt'));
    expect((await run(['build', '--input', input, '--out', out, '--no-cache'])).code).toBe(0);
    const withSecond = await tree(out);
    await fs.rm(path.join(input, 'second.txt'));
    expect((await run(['build', '--input', input, '--out', out, '--no-cache'])).code).toBe(0);
    const after = await tree(out);
    expect(Object.keys(withSecond).length).toBeGreaterThan(Object.keys(after).length);
    expect(after).toEqual(built);
  }, 600_000);

  it('never has a file overwritten that Chronicle did not write, unless --force', async () => {
    const { root, input } = await project('collision');
    const out = path.join(root, 'site');
    expect((await run(['build', '--input', input, '--out', out, '--no-cache'])).code).toBe(0);
    // The user replaces a page the site will write again, and drops in one of their own.
    const page = (await listTree(path.join(out, 'articles'))).find((f) => f.endsWith('.html'))!;
    await fs.rm(path.join(out, 'articles', page));
    await fs.writeFile(path.join(out, 'articles', page), 'hand-made\n');
    await fs.writeFile(path.join(out, 'robots.txt'), 'User-agent: *\n');
    const marker = (await readMarker(out))!;
    await fs.writeFile(path.join(out, MARKER_FILE), markerJson(marker.files.filter((f) => f !== `articles/${page}`)));
    const before = await tree(out);

    const refused = await run(['build', '--input', input, '--out', out, '--no-cache']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.find((l) => l.startsWith('chronicle build:'))).toContain('a file Chronicle did not write');
    expect(await tree(out)).toEqual(before);
    expect((await run(['build', '--input', input, '--out', out, '--no-cache', '--force'])).code).toBe(0);
    expect(await fs.readFile(path.join(out, 'articles', page), 'utf8')).not.toBe('hand-made\n');
    expect(await fs.readFile(path.join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\n');
  }, 600_000);
});

describe('the build marker', () => {
  it('lists each folder once with the names in it, and a marker of the older form (whole paths) is still read', async () => {
    const files = ['a.html', 'entities/b.html', 'entities/b/mentions.html', 'entities/c.html', 'empty/'];
    const dir = path.join(tmp, 'marker');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, MARKER_FILE), markerJson(files));
    const written = await fs.readFile(path.join(dir, MARKER_FILE), 'utf8');
    expect(Object.keys(JSON.parse(written))).toEqual(['generator', 'deflated']);
    expect(markerFolders(written)).toEqual([['', ['a.html']], ['entities', ['b', 'c'], ['', '.html']], ['entities/b', ['mentions.html']], ['empty', ['']]]);
    expect(new Set((await readMarker(dir))!.files)).toEqual(new Set(files));
    await fs.writeFile(path.join(dir, MARKER_FILE), JSON.stringify({ generator: 'chronicle', files }));
    expect((await readMarker(dir))!.files).toEqual(files);
    expect([...(await planOutput(dir)).owned].sort()).toEqual([...files].sort());
    await fs.writeFile(path.join(dir, MARKER_FILE), JSON.stringify({ generator: 'chronicle', folders: [['x', [1]]] }));
    expect(await readMarker(dir)).toBeNull();
  });

  it('writes the beginning and end a folder\'s names share once, and reads them back (issue 17)', async () => {
    const files = ['idx/fragment/en_0a1.pf_fragment', 'idx/fragment/en_0a.pf_fragment', 'idx/fragment/en_7.pf_fragment', 'x/ab.html', 'x/abab.html', 'x/b.html'];
    const dir = path.join(tmp, 'marker-affixes');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, MARKER_FILE), markerJson(files));
    expect(markerFolders(await fs.readFile(path.join(dir, MARKER_FILE), 'utf8'))).toEqual([
      ['idx/fragment', ['0a1', '0a', '7'], ['en_', '.pf_fragment']],
      ['x', ['a', 'aba', ''], ['', 'b.html']],
    ]);
    expect((await readMarker(dir))!.files).toEqual(files);
    await fs.writeFile(path.join(dir, MARKER_FILE), JSON.stringify({ generator: 'chronicle', folders: [['x', ['a'], ['b']]] }));
    expect(await readMarker(dir)).toBeNull();
  });

  it('writes the affixed form, deflated, under a key older readers do not know, reads every older form, and takes a marker with an unknown key for none', async () => {
    // An older reader took `folders` entries as [folder, whole names]: it would own `pages/zorvik` (a folder) where
    // the site wrote `pages/zorvik.html`, and `--force` would delete that folder with the user's files in it.
    const files = ['pages/quelt.html', 'pages/zorvik.html', 'pages/zorvik/more.html', 'top.html'];
    const dir = path.join(tmp, 'marker-forms');
    await fs.mkdir(path.join(dir, 'pages', 'zorvik'), { recursive: true });
    for (const f of files) await fs.writeFile(path.join(dir, f), 'built\n');
    await fs.writeFile(path.join(dir, 'pages', 'zorvik', 'mine.txt'), 'theirs\n');
    await fs.writeFile(path.join(dir, MARKER_FILE), markerJson(files));
    expect(Object.keys(JSON.parse(await fs.readFile(path.join(dir, MARKER_FILE), 'utf8')))).toEqual(['generator', 'deflated']);
    expect((await readMarker(dir))!.files).toEqual(files);
    const older = [
      { affixed: markerFolders(markerJson(files)) },
      { files },
      { folders: [['pages', ['quelt.html', 'zorvik.html']], ['pages/zorvik', ['more.html']], ['', ['top.html']]] },
      { folders: [['pages', ['quelt', 'zorvik'], ['', '.html']], ['pages/zorvik', ['more.html']], ['', ['top.html']]] },
    ];
    for (const form of older) {
      await fs.writeFile(path.join(dir, MARKER_FILE), JSON.stringify({ generator: 'chronicle', ...form }));
      expect(new Set((await readMarker(dir))!.files)).toEqual(new Set(files));
    }
    await fs.writeFile(path.join(dir, MARKER_FILE), markerJson(files).replace('{', '{"version":9,'));
    expect(await readMarker(dir)).toBeNull();
    // A deflated list that does not inflate (a marker cut short) is no marker either.
    await fs.writeFile(path.join(dir, MARKER_FILE), JSON.stringify({ generator: 'chronicle', deflated: 'bm90IGRlZmxhdGVk' }));
    expect(await readMarker(dir)).toBeNull();
    // Deflated, a site's many names weigh far less than the affixed list itself (issue 17).
    const many = Array.from({ length: 3000 }, (_, i) => `entities/quorvan-${(i * 7919) % 3001}-tessel.html`).sort();
    expect(markerJson(many).length).toBeLessThan(JSON.stringify({ generator: 'chronicle', affixed: markerFolders(markerJson(many)) }).length / 2);
    await expect(planOutput(dir)).rejects.toThrow(OutputRefused);
    const forced = await planOutput(dir, { force: true });
    expect(forced.owned.size).toBe(0);
    expect(forced.foreign).toContain('pages/zorvik/mine.txt');
  });
});

describe('an interrupted build', () => {
  /** `chronicle build` in a child process, killed with SIGKILL after `killAfterMs` (never, if undefined). */
  function spawnBuild(args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: string | null; ms: number }> {
    const started = Date.now();
    const child = spawn(process.execPath, ['bin/chronicle.js', 'build', ...args], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    return new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, ms: Date.now() - started });
      }),
    );
  }

  it('leaves the previous site exactly as it was, and the next build equals a fresh one', async () => {
    const { root, input } = await project('killed');
    const out = path.join(root, 'site');
    const cache = path.join(root, 'cache');
    const first = await spawnBuild(['--input', input, '--out', out, '--cache', cache]);
    expect(first.code).toBe(0);
    const previous = await tree(out);
    await fs.copyFile('seeds/004_9bd7e509f6b68351.txt', path.join(input, 'second.txt'));
    const fresh = path.join(tmp, 'killed-fresh');
    const full = await spawnBuild(['--input', input, '--out', fresh, '--no-cache']);
    expect(full.code).toBe(0);
    const next = await tree(fresh);

    // Kill points spread over a whole build: reading, extraction, rendering, indexing, putting the site in place.
    const killed: string[] = [];
    for (const share of [0.15, 0.4, 0.65, 0.85, 0.97]) {
      const run = await spawnBuild(['--input', input, '--out', out, '--cache', cache], Math.round(full.ms * share));
      const now = await tree(out);
      // The old site or (when the kill came after the swap) the new one; never a mix, never missing.
      const whole = JSON.stringify(now) === JSON.stringify(previous) || JSON.stringify(now) === JSON.stringify(next);
      expect(whole, `killed at ${share} of a build (${run.signal ?? `exit ${run.code}`})`).toBe(true);
      killed.push(run.signal ?? `exit ${run.code}`);
      if (JSON.stringify(now) === JSON.stringify(next)) break;
    }
    expect(killed[0]).toBe('SIGKILL');

    const rebuild = await spawnBuild(['--input', input, '--out', out, '--cache', cache]);
    expect(rebuild.code).toBe(0);
    expect(await tree(out)).toEqual(next);
    // Nothing left beside the site but what the user had.
    expect((await fs.readdir(root)).sort()).toEqual(['articles', 'cache', 'notes.md', 'site']);
  }, 1_200_000);
});

describe('staging folders a killed build left beside the site', () => {
  it('are removed in every state a kill can leave them, and a folder of the same name that is not ours is kept', async () => {
    const parent = path.join(tmp, 'left-staging');
    const out = path.join(parent, 'site');
    await fs.mkdir(parent, { recursive: true });
    const ended = spawnSync(process.execPath, ['-e', '']).pid; // a process id whose process has ended
    const at = (suffix: string) => path.join(parent, `.site.chronicle-build-${suffix}`);
    // Killed after making the folder, before its tag; and in the tag's write.
    await fs.mkdir(at('bare'));
    await fs.mkdir(at('tagging'));
    await fs.writeFile(path.join(at('tagging'), '.chronicle-staging'), '');
    // Killed while building, and while a build removed it: the tag is removed last, so it is still there.
    for (const state of ['building', 'removing']) {
      await fs.mkdir(path.join(at(state), 'site', 'entities'), { recursive: true });
      await fs.writeFile(path.join(at(state), '.chronicle-staging'), String(ended));
      if (state === 'building') await fs.writeFile(path.join(at(state), 'site', 'entities', 'a.html'), 'x');
    }
    // Not ours: no tag, and something in it; a folder where the tag would be.
    await fs.mkdir(at('theirs'));
    await fs.writeFile(path.join(at('theirs'), 'keep.txt'), 'mine\n');
    await fs.mkdir(path.join(at('theirs-too'), '.chronicle-staging'), { recursive: true });
    await fs.writeFile(path.join(at('theirs-too'), '.chronicle-staging', 'keep.txt'), 'mine\n');

    await planOutput(out);
    expect((await fs.readdir(parent)).sort()).toEqual(['.site.chronicle-build-theirs', '.site.chronicle-build-theirs-too']);
    expect(await fs.readFile(path.join(at('theirs'), 'keep.txt'), 'utf8')).toBe('mine\n');
  });
});

describe('the cache, where tools of this ecosystem keep theirs', () => {
  it('node_modules/.cache/chronicle of the project run in, else $XDG_CACHE_HOME/chronicle/<input>-<hash>', async () => {
    const { root, input } = await project('cache');
    const deep = path.join(root, 'a', 'b');
    await fs.mkdir(deep, { recursive: true });
    const xdg = { XDG_CACHE_HOME: path.join(tmp, 'xdg') };
    const outside = defaultCacheFolder(input, deep, xdg);
    expect(path.dirname(outside)).toBe(path.join(tmp, 'xdg', 'chronicle'));
    expect(path.basename(outside)).toMatch(/^articles-[0-9a-f]{12}$/);
    expect(defaultCacheFolder(path.join(root, 'other', 'articles'), deep, xdg)).not.toBe(outside);
    expect(defaultCacheFolder(input, deep, {})).toBe(path.join(os.homedir(), '.cache', 'chronicle', path.basename(outside)));
    await fs.writeFile(path.join(root, 'package.json'), '{}\n');
    await fs.mkdir(path.join(root, 'node_modules'));
    expect(defaultCacheFolder(input, deep, xdg)).toBe(path.join(root, 'node_modules', '.cache', 'chronicle'));
  });
});

describe('single files: extract --json and snapshot --out', () => {
  it("replace only a file Chronicle wrote; a user's file is refused (exit 2) unless --force", async () => {
    const { root, input } = await project('single-files');
    const json = path.join(root, 'notes.md');
    const before = await tree(root);
    const refused = await run(['extract', '--input', input, '--json', json, '--no-cache']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.join('\n')).toMatch(/not a graph\.json Chronicle wrote/);
    expect(await tree(root)).toEqual(before);

    const graph = path.join(root, 'graph.json');
    expect((await run(['extract', '--input', input, '--json', graph, '--no-cache'])).code).toBe(0);
    const first = await fs.readFile(graph);
    // A second run replaces its own file, leaving no temporary file behind.
    expect((await run(['extract', '--input', input, '--json', graph, '--no-cache'])).code).toBe(0);
    expect(await fs.readFile(graph)).toEqual(first);
    expect((await fs.readdir(root)).sort()).toEqual(['articles', 'graph.json', 'notes.md']);

    const site = path.join(root, 'site');
    expect((await run(['build', '--input', input, '--out', site, '--no-cache'])).code).toBe(0);
    const snapshotRefused = await run(['snapshot', '--from', site, '--out', json]);
    expect(snapshotRefused.code).toBe(2);
    expect(snapshotRefused.stderr.join('\n')).toMatch(/not a snapshot Chronicle wrote/);
    expect(await fs.readFile(json, 'utf8')).toBe('my own notes\n');
    const zip = path.join(root, 'snap.zip');
    expect((await run(['snapshot', '--from', site, '--out', zip])).code).toBe(0);
    const bag = await fs.readFile(zip);
    expect((await run(['snapshot', '--from', site, '--out', zip])).code).toBe(0);
    expect(await fs.readFile(zip)).toEqual(bag);
    // A graph.json is not a snapshot, nor a snapshot a graph.json.
    expect((await run(['snapshot', '--from', site, '--out', graph])).code).toBe(2);
    expect((await run(['extract', '--input', input, '--json', zip, '--no-cache'])).code).toBe(2);

    expect((await run(['extract', '--input', input, '--json', json, '--no-cache', '--force'])).code).toBe(0);
    expect((await fs.readFile(json, 'utf8')).startsWith('{')).toBe(true);
  }, 120_000);
});
