/**
 * chronicle.config.{json,yaml,mjs}: validated with errors at file:line, flags override it, and what it sets shows
 * on the built site (title, language and date format, logo, footer, public address); --help, --version, init.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { ConfigError, loadConfig } from '../src/config/load.ts';
import { buildContext } from '../src/config/context.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-config-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

function capture() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { io: { stdout: (l: string) => stdout.push(l), stderr: (l: string) => stderr.push(l) }, stdout, stderr };
}

async function configIn(name: string, file: string, text: string): Promise<string> {
  const dir = path.join(tmp, name);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, file), text);
  return dir;
}

async function errorOf(dir: string): Promise<string> {
  try {
    await loadConfig({ cwd: dir });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('config errors point at file:line:column', () => {
  it('a wrong value in YAML', async () => {
    const dir = await configIn('yaml-type', 'chronicle.config.yaml', '# my site\ntitle: Gazette\nlang: "english please"\nworkers: two\n');
    const message = await errorOf(dir);
    expect(message).toMatch(/^chronicle\.config\.yaml:3:7: lang: must be a language tag/m);
    expect(message).toMatch(/^chronicle\.config\.yaml:4:10: workers: Expected number, received string$/m);
  });

  it('a setting that does not exist, and a YAML syntax error', async () => {
    const unknown = await configIn('yaml-unknown', 'chronicle.config.yml', 'title: Gazette\n\ntitel: Gazette\n');
    expect(await errorOf(unknown)).toMatch(/^chronicle\.config\.yml:3:1: titel: not a setting \(known: title, /);
    const broken = await configIn('yaml-broken', 'chronicle.config.yaml', 'title: Gazette\nlang: [en\n');
    expect(await errorOf(broken)).toMatch(/^chronicle\.config\.yaml:\d+:\d+: /);
  });

  it('JSON, and .mjs by the line that names the field', async () => {
    const json = await configIn('json', 'chronicle.config.json', '{\n  "title": "Gazette",\n  "base": "news"\n}\n');
    expect(await errorOf(json)).toMatch(/^chronicle\.config\.json:3:11: base: must be a path that starts and ends with "\/"/);
    const mjs = await configIn('mjs', 'chronicle.config.mjs', 'export default {\n  title: "Gazette",\n  url: "ftp://example.org",\n};\n');
    expect(await errorOf(mjs)).toMatch(/^chronicle\.config\.mjs:3:\d+: url: /);
  });

  it('two config files are one too many; the CLI exits 2 with the message', async () => {
    const dir = await configIn('two', 'chronicle.config.json', '{}');
    await fs.writeFile(path.join(dir, 'chronicle.config.yaml'), 'title: x\n');
    expect(await errorOf(dir)).toContain('more than one config file');
    const bad = await configIn('cli-bad', 'chronicle.config.yaml', 'lang: 42\n');
    const { io, stderr } = capture();
    expect(await main(['build', '--config', path.join(bad, 'chronicle.config.yaml'), '--input', 'seeds', '--out', path.join(bad, 'site')], io)).toBe(2);
    expect(stderr.join('\n')).toMatch(/chronicle\.config\.yaml:1:7: lang: Expected string, received number/);
  });
});

describe('the build context', () => {
  it('takes paths from the config relative to it, flags relative to the working directory, and flags win', async () => {
    const dir = path.join(tmp, 'ctx');
    const file = path.join(dir, 'chronicle.config.json');
    const config = { ...(await loadConfig({ cwd: tmp })).config, input: 'articles', out: 'public', workers: 3, url: 'https://news.example.org', base: '/archive/' };
    const fromFile = buildContext(config, file, {}, '/somewhere');
    expect(fromFile.input).toBe(path.join(dir, 'articles'));
    expect(fromFile.out).toBe(path.join(dir, 'public'));
    expect(fromFile.workers).toBe(3);
    expect(fromFile.site.publicUrl).toBe('https://news.example.org/archive/');
    const flagged = buildContext(config, file, { out: 'elsewhere', workers: 1, noCache: true }, '/somewhere');
    expect(flagged.out).toBe('/somewhere/elsewhere');
    expect(flagged.workers).toBe(1);
    expect(flagged.cacheDir).toBeUndefined();
  });
});

describe('a site built with a config', () => {
  it('carries its title, language, date format, logo and footer; "Chronicle" only as "made with Chronicle" on the home page', async () => {
    const dir = path.join(tmp, 'site-config');
    await fs.mkdir(path.join(dir, 'articles'), { recursive: true });
    for (const f of await fs.readdir('seeds')) await fs.copyFile(path.join('seeds', f), path.join(dir, 'articles', f));
    await fs.writeFile(path.join(dir, 'mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>\n');
    const yaml = [
      'title: La Gazette du Port',
      'lang: fr',
      'logo: mark.svg',
      'footer: "© 2026 Gazette & Co"',
      'url: https://gazette.example.org',
      'base: /archives/',
      'input: articles',
      'out: public',
      '',
    ].join('\n');
    await fs.writeFile(path.join(dir, 'chronicle.config.yaml'), yaml);
    const { io, stderr } = capture();
    expect(await main(['build', '--config', path.join(dir, 'chronicle.config.yaml'), '--no-cache'], io), stderr.join('\n')).toBe(0);
    const out = path.join(dir, 'public');
    const home = await fs.readFile(path.join(out, 'index.html'), 'utf8');
    const entity = await fs.readFile(path.join(out, 'entities', 'sensetime.html'), 'utf8');
    expect(home).toMatch(/<html lang="?fr"?[ >]/);
    expect(entity).toMatch(/<title>SenseTime · La Gazette du Port<\/title>/);
    expect(entity).toMatch(/src="?\.\.\/logo\.svg[" >]/);
    expect(await fs.readFile(path.join(out, 'logo.svg'), 'utf8')).toContain('<svg');
    expect(home).toContain('© 2026 Gazette &amp; Co');
    expect(entity).toMatch(/décembre 2021/);
    expect(entity).toContain('https://gazette.example.org/archives/entities/sensetime.html');
    expect(await fs.readFile(path.join(out, 'feed.xml'), 'utf8')).toContain('<title>La Gazette du Port</title>');
    // "made with Chronicle" is said once, on the home page (on every page it came to 0.37 MB of BBC's, issue 17).
    for (const [page, made] of [[home, true], [entity, false]] as const) {
      const visible = page.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
      expect(visible.match(/Chronicle/g) ?? []).toEqual(made ? ['Chronicle'] : []);
      expect(/made with Chronicle/.test(visible)).toBe(made);
    }
  }, 300_000);
});

describe('--help, --version and init', () => {
  it('--help and --version exit 0', async () => {
    const help = capture();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.stdout.join('\n')).toContain('usage: chronicle build');
    const version = capture();
    expect(await main(['--version'], version.io)).toBe(0);
    expect(version.stdout[0]).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('init makes a starter folder that builds, and never overwrites', async () => {
    const dir = path.join(tmp, 'starter');
    expect(await main(['init', dir], capture().io)).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(['README.md', 'articles', 'chronicle.config.yaml']);
    const { config, file } = await loadConfig({ cwd: dir });
    expect(config.title).toBe('My news archive');
    const ctx = buildContext(config, file, {}, dir);
    expect(ctx.input).toBe(path.join(dir, 'articles'));
    const { io, stderr } = capture();
    expect(await main(['build', '--config', file!, '--no-cache'], io), stderr.join('\n')).toBe(0);
    const home = await fs.readFile(path.join(dir, 'site', 'index.html'), 'utf8');
    expect(home).toContain('My news archive');
    expect(await fs.readdir(path.join(dir, 'site', 'articles'))).toHaveLength(1);

    const before = await fs.readFile(path.join(dir, 'chronicle.config.yaml'), 'utf8');
    const again = capture();
    expect(await main(['init', dir], again.io)).toBe(2);
    expect(again.stderr[0]).toContain('already exists');
    expect(await fs.readFile(path.join(dir, 'chronicle.config.yaml'), 'utf8')).toBe(before);
  }, 300_000);
});
