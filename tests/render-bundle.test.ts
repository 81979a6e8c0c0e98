/**
 * The kept page bundle (src/site/bundle.ts): which file a route's path is written to, and which bundle a build may
 * use, and how many renders one of Astro's containers serves. That a rebuild through the bundle writes what a fresh
 * Astro build writes is tests/incremental.test.ts's.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDir, containers, findBundle, outputFile } from '../src/site/bundle.ts';

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bundle-'));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

describe('outputFile', () => {
  it('names pages and endpoints as the static build names them (build.format file)', () => {
    expect(outputFile('index.astro', {}, false)).toBe('index.html');
    expect(outputFile('404.astro', {}, false)).toBe('404.html');
    expect(outputFile('articles/[id].astro', { id: '02001' }, false)).toBe('articles/02001.html');
    expect(outputFile('entities/[id]/[list].astro', { id: 'acme', list: 'mentions-p2' }, false)).toBe('entities/acme/mentions-p2.html');
    expect(outputFile('[typeIndex]/[initial].astro', { typeIndex: 'people', initial: 'k' }, false)).toBe('people/k.html');
    expect(outputFile('[stylesheet].css.ts', { stylesheet: 'style.74312d6164' }, true)).toBe('style.74312d6164.css');
    expect(outputFile('previews/[bucket].js.ts', { bucket: '3' }, true)).toBe('previews/3.js');
    expect(() => outputFile('articles/[id].astro', {}, false)).toThrow(/no parameter id/);
  });
});

describe('findBundle', () => {
  it('finds the bundle of the same version only', async () => {
    const dir = bundleDir(tmp, 'v1');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'bundle.json'), JSON.stringify({ version: 'v1', routes: [{ route: 'index.astro', file: 'pages/index.astro.mjs' }] }));
    expect(await findBundle(tmp, 'v1')).toEqual({ dir, routes: [{ route: 'index.astro', file: 'pages/index.astro.mjs' }] });
    expect(await findBundle(tmp, 'v2')).toBeNull();
    // A folder of another version's name holding this version's manifest (never written so) is not taken either.
    await fs.mkdir(bundleDir(tmp, 'v3'), { recursive: true });
    await fs.copyFile(path.join(dir, 'bundle.json'), path.join(bundleDir(tmp, 'v3'), 'bundle.json'));
    expect(await findBundle(tmp, 'v3')).toBeNull();
  });
});

describe('containers', () => {
  it('hands out a new Astro container every `per` renders and the same one in between', async () => {
    const next = await containers(3);
    const got = await Promise.all(Array.from({ length: 7 }, () => next()));
    expect(new Set(got.slice(0, 3)).size).toBe(1);
    expect(new Set(got.slice(3, 6)).size).toBe(1);
    expect(got[3]).not.toBe(got[0]);
    expect(got[6]).not.toBe(got[3]);
    expect(typeof got[6]!.renderToString).toBe('function');
  });
});
