/**
 * Archival snapshots: a built site packed into one zip with a manifest — the SHA-256 of every file, the input
 * articles' hashes, the Chronicle version and the build date (the newest article's date, never the clock) — and
 * a verifier that says exactly what differs. The zip is deterministic: sorted entries, fixed timestamps.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { zipSync, unzipSync, strToU8, strFromU8, type Zippable } from 'fflate';
import type { Graph } from './types.ts';
import type { SiteModel } from './graph/site-model.ts';
import { newestDate } from './site/feeds.ts';
import { CHRONICLE_VERSION } from './util/version.ts';

export const BUILD_INFO_FILE = 'chronicle-build.json';
export const MANIFEST_FILE = 'chronicle-manifest.json';

export { CHRONICLE_VERSION };

export interface BuildInfo {
  chronicle: string;
  /** The newest article date: the day the archive describes, so rebuilding old input gives the same bytes. */
  built: string | null;
  inputs: { file: string; sha256: string }[];
}

export interface Manifest extends BuildInfo {
  format: 'chronicle-snapshot/1';
  files: { path: string; sha256: string; bytes: number }[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function writeBuildInfo(outDir: string, graph: Graph, model: SiteModel): Promise<BuildInfo> {
  const info: BuildInfo = {
    chronicle: CHRONICLE_VERSION,
    built: newestDate(model),
    inputs: graph.articles.map((a) => ({ file: a.file, sha256: a.hash })).sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
  await fs.writeFile(path.join(outDir, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

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

/** Zip timestamps are fixed so the same site gives the same archive bytes. */
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 1, 12));

export async function createSnapshot(siteDir: string, outFile: string): Promise<Manifest> {
  const infoPath = path.join(siteDir, BUILD_INFO_FILE);
  const info = JSON.parse(await fs.readFile(infoPath, 'utf8').catch(() => {
    throw new Error(`${siteDir} is not a built Chronicle site (no ${BUILD_INFO_FILE}); run chronicle build first`);
  })) as BuildInfo;
  const files: Manifest['files'] = [];
  const contents = new Map<string, Uint8Array>();
  for (const rel of await listFiles(siteDir)) {
    const bytes = new Uint8Array(await fs.readFile(path.join(siteDir, rel)));
    files.push({ path: rel, sha256: sha256(bytes), bytes: bytes.length });
    contents.set(`site/${rel}`, bytes);
  }
  const manifest: Manifest = { format: 'chronicle-snapshot/1', ...info, files };
  const zip = packSnapshot(manifest, contents);
  await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
  await fs.writeFile(outFile, zip);
  return manifest;
}

/** The one way a snapshot is laid out, so the verifier can rebuild it byte for byte. */
function packSnapshot(manifest: Manifest, contents: Map<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const f of manifest.files) zippable[`site/${f.path}`] = [contents.get(`site/${f.path}`)!, { mtime: FIXED_MTIME }];
  zippable[MANIFEST_FILE] = [strToU8(`${JSON.stringify(manifest, null, 2)}\n`), { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 6, mtime: FIXED_MTIME });
}

export interface VerifyResult {
  ok: boolean;
  /** One line per difference, e.g. `changed: site/index.html (sha256 … ≠ manifest …)`. */
  differences: string[];
  files: number;
}

export async function verifySnapshot(file: string): Promise<VerifyResult> {
  const bytes = new Uint8Array(await fs.readFile(file));
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (err) {
    return { ok: false, differences: [`damaged archive: ${(err as Error).message}`], files: 0 };
  }
  const rawManifest = entries[MANIFEST_FILE];
  if (!rawManifest) return { ok: false, differences: [`missing: ${MANIFEST_FILE}`], files: 0 };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(strFromU8(rawManifest)) as Manifest;
    if (manifest.format !== 'chronicle-snapshot/1' || !Array.isArray(manifest.files)) throw new Error('not a Chronicle snapshot manifest');
  } catch (err) {
    return { ok: false, differences: [`damaged manifest: ${(err as Error).message}`], files: 0 };
  }
  const differences: string[] = [];
  const listed = new Set<string>();
  for (const f of manifest.files) {
    const name = `site/${f.path}`;
    listed.add(name);
    const content = entries[name];
    if (!content) {
      differences.push(`missing: ${name}`);
      continue;
    }
    const actual = sha256(content);
    if (actual !== f.sha256 || content.length !== f.bytes) {
      differences.push(`changed: ${name} (sha256 ${actual.slice(0, 12)}…, ${content.length} bytes; manifest ${f.sha256.slice(0, 12)}…, ${f.bytes} bytes)`);
    }
  }
  for (const name of Object.keys(entries).sort()) {
    if (name !== MANIFEST_FILE && !listed.has(name) && !name.endsWith('/')) differences.push(`not in manifest: ${name}`);
  }
  if (differences.length === 0) {
    // Every file matches; any other changed byte (headers, timestamps, padding) shows against the canonical layout.
    const canonical = packSnapshot(manifest, new Map(Object.entries(entries)));
    let at = 0;
    while (at < bytes.length && at < canonical.length && bytes[at] === canonical[at]) at++;
    if (at < bytes.length || bytes.length !== canonical.length) differences.push(`archive bytes differ from the canonical snapshot at byte ${at} (zip metadata changed)`);
  }
  return { ok: differences.length === 0, differences, files: manifest.files.length };
}
