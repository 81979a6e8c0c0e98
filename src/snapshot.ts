/**
 * Archival snapshots: a built site packed as a zipped BagIt bag (RFC 8493) that any BagIt tool can validate — the
 * site under data/site/, with --with-sources the input articles under data/sources/, SHA-512 payload and tag
 * manifests, and a bag-info.txt naming the site, the build date (the newest article's date, never the clock), the
 * Chronicle version and the SHA-256 of every input article. Same build, same bytes. `verify` checks any bag.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { Graph } from './types.ts';
import type { SiteModel } from './graph/site-model.ts';
import { newestDate } from './site/feeds.ts';
import { CHRONICLE_VERSION } from './util/version.ts';
import { bagInfoText, bagitText, encodePath, manifestText, payloadOxum, tagBytes, validateBag } from './archive/bagit.ts';
import { loadArchive, packZip } from './archive/serialized.ts';
import { LEGACY_MANIFEST_FILE, verifyLegacySnapshot } from './archive/legacy.ts';
import { SNAPSHOT_FILE, checkOwnFile, writeOwnFile } from './util/own-file.ts';

export const BUILD_INFO_FILE = 'chronicle-build.json';

export { CHRONICLE_VERSION };

export interface BuildInfo {
  chronicle: string;
  /** The site's title: the bag's Source-Organization. */
  title?: string;
  /** The newest article date: the day the archive describes, so rebuilding old input gives the same bytes. */
  built: string | null;
  inputs: { file: string; sha256: string }[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function writeBuildInfo(outDir: string, graph: Graph, model: SiteModel, title?: string): Promise<BuildInfo> {
  const info: BuildInfo = {
    chronicle: CHRONICLE_VERSION,
    ...(title !== undefined ? { title } : {}),
    built: newestDate(model),
    // One entry per file: the articles of a JSON Lines file share it, with the file's hash.
    inputs: [...new Map(graph.articles.map((a) => [a.file, { file: a.file, sha256: a.fileHash ?? a.hash }])).values()].sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
  await fs.writeFile(path.join(outDir, BUILD_INFO_FILE), buildInfoJson(info));
  return info;
}

/**
 * The build record's bytes: one line per input file, not JSON pretty-printed over four (no reader asks for the
 * indentation; BBC's record 288 → 226 KB, issue 17). Parsed as any JSON.
 */
export function buildInfoJson(info: BuildInfo): string {
  const { inputs, ...head } = info;
  const fields = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},\n`).join('');
  return `{\n${fields}"inputs":[\n${inputs.map((i) => JSON.stringify(i)).join(',\n')}\n]}\n`;
}

export async function readBuildInfo(siteDir: string): Promise<BuildInfo> {
  const text = await fs.readFile(path.join(siteDir, BUILD_INFO_FILE), 'utf8').catch(() => {
    throw new Error(`${siteDir} is not a built Chronicle site (no ${BUILD_INFO_FILE}); run chronicle build first`);
  });
  return JSON.parse(text) as BuildInfo;
}

/** The bag's folder in the zip: named by the build, not the output file, so any two snapshots of it are equal. */
export const bagName = (info: BuildInfo) => `chronicle-snapshot-${info.built ?? 'undated'}`;

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(root, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

export interface SnapshotSummary {
  info: BuildInfo;
  siteFiles: number;
  sourceFiles: number;
}

/**
 * Writes the snapshot of the site in `siteDir` to `outFile`; with `sourcesDir`, the build's input articles too. An
 * existing `outFile` is replaced only when it is a Chronicle snapshot, or with `force`.
 */
export async function createSnapshot(siteDir: string, outFile: string, sourcesDir?: string, force = false): Promise<SnapshotSummary> {
  await checkOwnFile(outFile, SNAPSHOT_FILE, force);
  const info = await readBuildInfo(siteDir);
  const payload = new Map<string, Uint8Array>();
  const siteFiles = await listFiles(siteDir);
  for (const rel of siteFiles) payload.set(`data/site/${rel}`, new Uint8Array(await fs.readFile(path.join(siteDir, rel))));
  if (sourcesDir !== undefined) {
    // The evidence must be what was built: each input is read back and checked against the hash the build recorded.
    for (const input of info.inputs) {
      if (path.isAbsolute(input.file) || input.file.split(/[/\\]/).includes('..')) throw new Error(`${BUILD_INFO_FILE}: input path ${input.file} leaves the input folder`);
      const file = path.join(sourcesDir, input.file);
      const bytes = new Uint8Array(await fs.readFile(file).catch(() => {
        throw new Error(`--with-sources ${sourcesDir}: ${input.file} is missing (the build read it)`);
      }));
      if (sha256(bytes) !== input.sha256) throw new Error(`--with-sources ${sourcesDir}: ${input.file} differs from the file the build read (rebuild, or snapshot with the build's input)`);
      payload.set(`data/sources/${input.file}`, bytes);
    }
  }
  const manifest = manifestText('sha512', payload);
  const fields: [string, string][] = [];
  if (info.title) fields.push(['Source-Organization', info.title]);
  if (info.built) fields.push(['Bagging-Date', info.built]);
  fields.push(
    ['Payload-Oxum', payloadOxum(payload.values())],
    // The payload manifest's hash: the same content always has the same identifier, and different content never.
    ['External-Identifier', `urn:chronicle:snapshot:sha256:${sha256(tagBytes(manifest))}`],
    ['Bag-Software-Agent', `Chronicle ${CHRONICLE_VERSION}`],
    ['Chronicle-Version', info.chronicle],
  );
  for (const input of info.inputs) fields.push(['Chronicle-Input', `${input.sha256} ${encodePath(input.file)}`]);
  const tags = new Map<string, Uint8Array>([
    ['bagit.txt', tagBytes(bagitText())],
    ['bag-info.txt', tagBytes(bagInfoText(fields))],
    ['manifest-sha512.txt', tagBytes(manifest)],
  ]);
  tags.set('tagmanifest-sha512.txt', tagBytes(manifestText('sha512', tags)));
  const root = bagName(info);
  const entries = new Map<string, Uint8Array>();
  for (const [name, bytes] of [...tags, ...payload]) entries.set(`${root}/${name}`, bytes);
  await writeOwnFile(path.resolve(outFile), packZip(entries), SNAPSHOT_FILE, force);
  return { info, siteFiles: siteFiles.length, sourceFiles: payload.size - siteFiles.length };
}

export interface VerifyResult {
  ok: boolean;
  /** One line per problem: `changed: data/site/index.html (…)`, `missing: …`, `extra: …`, `invalid: …`. */
  problems: string[];
  /** Lines that do not make the archive invalid (files a holey bag has still to fetch). */
  notes: string[];
  /** What was checked, e.g. `BagIt 1.0 bag, 57 payload files and 4 tag files`. */
  checked: string;
}

/** Validates a bag — a folder, or a zip with the bag at its root or in one top-level folder — or an old snapshot. */
export async function verifyArchive(file: string): Promise<VerifyResult> {
  const loaded = await loadArchive(file);
  if (loaded.kind === 'unreadable') return { ok: false, problems: [loaded.problem], notes: [], checked: 'the archive' };
  if (loaded.kind === 'other') {
    if (!loaded.entries.has(LEGACY_MANIFEST_FILE)) {
      return { ok: false, problems: ['missing: bagit.txt (not a bag: none at the archive\'s root or in its one top-level folder)'], notes: [], checked: 'the archive' };
    }
    const legacy = verifyLegacySnapshot(loaded.entries);
    return { ok: legacy.problems.length === 0, problems: legacy.problems, notes: [], checked: `pre-BagIt Chronicle snapshot, ${legacy.files} files` };
  }
  const report = validateBag(loaded.bag);
  const problems = [...report.problems];
  const agent = report.info.find(([label]) => label === 'Bag-Software-Agent')?.[1] ?? '';
  if (problems.length === 0 && loaded.zip && agent.startsWith('Chronicle ')) {
    // Every file matches; any other changed byte (headers, timestamps, names in the local headers) shows against
    // the one way Chronicle lays a snapshot out.
    const canonical = packZip(loaded.zip.entries);
    const bytes = loaded.zip.bytes;
    let at = 0;
    while (at < bytes.length && at < canonical.length && bytes[at] === canonical[at]) at++;
    if (at < bytes.length || bytes.length !== canonical.length) problems.push(`changed: archive bytes differ from the canonical Chronicle snapshot at byte ${at} (zip metadata damaged)`);
  }
  return {
    ok: problems.length === 0,
    problems,
    notes: report.notes,
    checked: report.version === null ? 'the bag' : `BagIt ${report.version} bag, ${report.payloadFiles} payload files and ${report.tagFiles} tag files`,
  };
}
