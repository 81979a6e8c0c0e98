/**
 * Chronicle as people install it: `npm pack`, the tarball installed into an empty project and globally under a
 * temporary prefix, then `chronicle build` run from a third folder on a folder of articles in a fourth. The
 * installed tool runs the JavaScript compiled at pack time: no tsx, no clone, no node_modules above the output.
 */
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', npm_config_update_notifier: 'false' };

let tmp: string;
let tarball: string;
let articles: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-pack-'));
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', tmp], { env, maxBuffer: 64 << 20 });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, packed!.filename);
  articles = path.join(tmp, 'newsroom', 'articles');
  await fs.mkdir(articles, { recursive: true });
  for (const f of await fs.readdir('seeds')) await fs.copyFile(path.join('seeds', f), path.join(articles, f));
}, 600_000);

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Runs an installed `chronicle` from `cwd` and returns its exit code and output. */
async function chronicle(bin: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(bin, args, { cwd, env, maxBuffer: 64 << 20 });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

async function buildsFromElsewhere(bin: string, name: string): Promise<void> {
  const cwd = path.join(tmp, `${name}-elsewhere`);
  await fs.mkdir(cwd);
  expect((await chronicle(bin, ['--version'], cwd)).code).toBe(0);
  expect((await chronicle(bin, ['--help'], cwd)).out).toContain('usage: chronicle build');
  const out = path.join(tmp, `${name}-site`);
  const built = await chronicle(bin, ['build', '--input', articles, '--out', out], cwd);
  expect(built.code, built.out).toBe(0);
  expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  expect(existsSync(path.join(out, 'entities', 'sensetime.html'))).toBe(true);
  expect(existsSync(path.join(out, 'pagefind'))).toBe(true);
  // Nothing beside the site: no staging folder, no server chunks, no cache.
  expect((await fs.readdir(tmp)).filter((f) => f.startsWith(`.${name}-site`))).toEqual([]);
}

describe('an installed chronicle', () => {
  it('packs compiled JavaScript, and no tests, benchmarks or corpus tools', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/lib/cli.js');
    expect(files).toContain('package/lib/extract/ner/model.json');
    expect(files).toContain('package/src/pages/index.astro');
    expect(files.filter((f) => /^package\/(tests|bench|eval|seeds)\//.test(f))).toEqual([]);
    // postpack took lib/ away again: a clone keeps running its TypeScript.
    expect(existsSync('lib')).toBe(false);
  });

  it('as a project dependency (npx chronicle), run from another folder', async () => {
    const project = path.join(tmp, 'project');
    await fs.mkdir(project);
    await fs.writeFile(path.join(project, 'package.json'), '{ "name": "my-archive", "private": true }\n');
    await run(npm, ['install', ...quiet, tarball], { cwd: project, env, maxBuffer: 64 << 20 });
    expect(existsSync(path.join(project, 'node_modules', 'tsx'))).toBe(false);
    await buildsFromElsewhere(path.join(project, 'node_modules', '.bin', 'chronicle'), 'local');
  }, 900_000);

  it('installed globally under a prefix', async () => {
    const prefix = path.join(tmp, 'global');
    await run(npm, ['install', '--global', '--prefix', prefix, ...quiet, tarball], { env, maxBuffer: 64 << 20 });
    await buildsFromElsewhere(path.join(prefix, 'bin', 'chronicle'), 'global');
  }, 900_000);

  it('installed read-only (as root installs for everyone), run by a user who cannot write to it', async () => {
    const prefix = path.join(tmp, 'global');
    expect(existsSync(path.join(prefix, 'bin', 'chronicle'))).toBe(true);
    await run('chmod', ['-R', 'a-w,a+rX', prefix]);
    await fs.chmod(tmp, 0o755);
    const home = path.join(tmp, 'reader');
    await fs.mkdir(path.join(home, 'articles'), { recursive: true });
    for (const f of await fs.readdir(articles)) await fs.copyFile(path.join(articles, f), path.join(home, 'articles', f));
    await run('chmod', ['-R', 'a+rwX', home]);
    // As root, the build runs as `nobody` (root writes anywhere, so it would prove nothing); otherwise as this user.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : [];
    const command = [...asUser, 'env', `HOME=${home}`, path.join(prefix, 'bin', 'chronicle'), 'build', '--input', 'articles', '--out', 'site'];
    const built = await chronicle(command[0]!, command.slice(1), home);
    await run('chmod', ['-R', 'u+w', prefix]);
    expect(built.code, built.out).toBe(0);
    expect(existsSync(path.join(home, 'site', 'entities', 'sensetime.html'))).toBe(true);
    expect((await fs.readdir(path.join(prefix, 'lib', 'node_modules', 'chronicle'))).filter((f) => f === '.astro')).toEqual([]);
  }, 900_000);
});
