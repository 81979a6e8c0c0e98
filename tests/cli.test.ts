/** The command line of CONTRACT.md: usage errors, extract, problems and --strict. */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { formatGraphJson, graphJsonSchema, graphJsonSchemaV1, graphJsonSchemaV2, graphJsonSchemaV4, graphJsonV1, graphJsonV2, graphJsonV3, graphJsonV4, type GraphJson, type GraphJsonV4 } from '../src/graph/graph-json.ts';

function capture() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { io: { stdout: (l: string) => stdout.push(l), stderr: (l: string) => stderr.push(l) }, stdout, stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-cli-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('usage errors exit 2 with a one-line reason and the usage', () => {
  it.each([
    [[], 'no command given'],
    [['publish'], 'unknown command "publish"'],
    [['build', '--nope'], "Unknown option '--nope'"],
    [['extract', '--input', '/definitely/not/here'], 'not a folder'],
    [['build', 'seeds'], 'positional'],
    [['extract', '--graph-version', '5'], '--graph-version must be 1, 2, 3 or 4, not "5"'],
    [['extract', '--shard', '1/2', '--graph-version', '1'], 'writes no graph.json'],
  ])('%j', async (argv, reason) => {
    const { io, stderr } = capture();
    expect(await main(argv as string[], io)).toBe(2);
    expect(stderr[0]).toContain(reason);
    expect(stderr[0]!.split('\n')).toHaveLength(1);
    expect(stderr.join('\n')).toContain('usage: chronicle build');
  });
});

describe('chronicle extract', () => {
  it('writes graph.json for any folder, and problems as file:line: message', async () => {
    const input = path.join(tmp, 'articles');
    await fs.mkdir(path.join(input, 'nested'), { recursive: true });
    await fs.copyFile('seeds/000_cef4227f8d5861dc.txt', path.join(input, 'nested', 'story.txt'));
    await fs.writeFile(path.join(input, 'empty.txt'), '');
    const json = path.join(tmp, 'out', 'graph.json');
    const { io, stderr } = capture();
    expect(await main(['extract', '--input', input, '--json', json], io)).toBe(0);
    const graph = graphJsonV3(graphJsonSchemaV4.parse(JSON.parse(await fs.readFile(json, 'utf8'))) as GraphJsonV4);
    expect(graph.articles.map((a) => a.file)).toEqual(['nested/story.txt']);
    expect(graph.problems.map((p) => p.file)).toContain('empty.txt');
    expect(stderr.some((l) => /^empty\.txt(:\d+)?: /.test(l))).toBe(true);

    const strict = capture();
    expect(await main(['extract', '--input', input, '--json', json, '--strict'], strict.io)).toBe(1);
  });

  it('gives the same bytes for the same input', async () => {
    const a = path.join(tmp, 'a.json');
    const b = path.join(tmp, 'b.json');
    expect(await main(['extract', '--input', 'seeds', '--json', a], capture().io)).toBe(0);
    expect(await main(['extract', '--input', 'seeds', '--json', b], capture().io)).toBe(0);
    expect(await fs.readFile(a, 'utf8')).toBe(await fs.readFile(b, 'utf8'));
  });

  it('writes graph.json version 3, 2 or 1 for consumers that pin it, by flag or config, the flag winning', async () => {
    const v4 = path.join(tmp, 'v4.json');
    const v3 = path.join(tmp, 'v3.json');
    const v2 = path.join(tmp, 'v2.json');
    const v1 = path.join(tmp, 'v1.json');
    expect(await main(['extract', '--input', 'seeds', '--json', v4], capture().io)).toBe(0);
    expect(await main(['extract', '--input', 'seeds', '--json', v3, '--graph-version', '3'], capture().io)).toBe(0);
    expect(await main(['extract', '--input', 'seeds', '--json', v2, '--graph-version', '2'], capture().io)).toBe(0);
    expect(await main(['extract', '--input', 'seeds', '--json', v1, '--graph-version', '1'], capture().io)).toBe(0);
    const newest = graphJsonSchemaV4.parse(JSON.parse(await fs.readFile(v4, 'utf8'))) as GraphJsonV4;
    const current = graphJsonSchema.parse(JSON.parse(await fs.readFile(v3, 'utf8'))) as GraphJson;
    expect(formatGraphJson(graphJsonV3(newest))).toBe(await fs.readFile(v3, 'utf8'));
    expect(formatGraphJson(graphJsonV4(current))).toBe(await fs.readFile(v4, 'utf8'));
    expect(graphJsonSchemaV2.parse(JSON.parse(await fs.readFile(v2, 'utf8'))).version).toBe(2);
    expect(graphJsonSchemaV1.parse(JSON.parse(await fs.readFile(v1, 'utf8'))).version).toBe(1);
    expect(formatGraphJson(graphJsonV2(current))).toBe(await fs.readFile(v2, 'utf8'));
    expect(formatGraphJson(graphJsonV1(graphJsonV2(current)))).toBe(await fs.readFile(v1, 'utf8'));

    const config = path.join(tmp, 'pinned.json');
    await fs.writeFile(config, JSON.stringify({ graphVersion: 1 }));
    const pinned = path.join(tmp, 'pinned-graph.json');
    expect(await main(['extract', '--input', 'seeds', '--config', config, '--json', pinned], capture().io)).toBe(0);
    expect(await fs.readFile(pinned, 'utf8')).toBe(await fs.readFile(v1, 'utf8'));
    expect(await main(['extract', '--input', 'seeds', '--config', config, '--json', pinned, '--graph-version', '3'], capture().io)).toBe(0);
    expect(await fs.readFile(pinned, 'utf8')).toBe(await fs.readFile(v3, 'utf8'));
    await fs.writeFile(config, JSON.stringify({ graphVersion: 2 }));
    expect(await main(['extract', '--input', 'seeds', '--config', config, '--json', pinned], capture().io)).toBe(0);
    expect(await fs.readFile(pinned, 'utf8')).toBe(await fs.readFile(v2, 'utf8'));

    await fs.writeFile(config, JSON.stringify({ graphVersion: 5 }));
    const { io, stderr } = capture();
    expect(await main(['extract', '--input', 'seeds', '--config', config, '--json', pinned], io)).toBe(2);
    expect(stderr.join('\n')).toMatch(/pinned\.json:1:\d+: graphVersion: must be one of 1, 2, 3, 4/);
  });
});
