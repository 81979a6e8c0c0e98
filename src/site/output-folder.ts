/**
 * The output folder belongs to the user. Chronicle refuses folders it must not write into, builds into a staging
 * folder beside the target, and puts the result in place only when the build succeeded; it removes only the files
 * its previous build wrote, which the build marker lists. (Hugo's rule: nothing is deleted from the destination
 * unless the tool put it there.)
 *
 * Putting a build in place: when the output holds nothing but the previous build, two renames swap the folders, so
 * the site is the old one or the new one, never a mix. When it also holds files of the user's (a CNAME, pages of
 * their own), the new files are moved in one by one, the old build's leftovers removed, and theirs left alone.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { isWithin, listTree, realPath, removeTree } from '../util/files.ts';
import { isProcessRunning } from '../util/process.ts';
import { middleOf, sharedAffixes } from '../util/affixes.ts';

/** The build marker, written into every site: every file that build wrote ('/'-separated, sorted). */
export const MARKER_FILE = '.chronicle-site.json';
/** A staging folder holds this file (the building process's id) from its first moment. */
const STAGING_TAG = '.chronicle-staging';
const MARKER_GENERATOR = 'chronicle';

/** The output folder cannot be used as asked: a one-line reason, exit 2. */
export class OutputRefused extends Error {}

export interface OutputPlan {
  /** The target folder (real path). */
  out: string;
  /** Files the previous build wrote (its marker's list); empty for a new or empty folder. */
  owned: Set<string>;
  /** Files already in the folder that Chronicle did not write: never removed; overwritten only with --force. */
  foreign: string[];
  force: boolean;
}

export interface Staging {
  /** Ours alone: the site is built in `site`, and the previous site waits in `previous` during the swap. */
  root: string;
  site: string;
}

export interface Marker {
  generator: string;
  files: string[];
}

/**
 * The marker on disk lists the files folder by folder, `[folder, [names]]` in the order of the sorted paths (a folder where its first file comes): a site's
 * files share few folders, and one path a file came to 1.5 MB of BBC's site, the names alone to half of it (issue
 * 17). A folder whose names share a beginning or an end (`en_….pf_fragment`, `….html`) writes them once,
 * `[folder, [middles], [beginning, end]]`: BBC's marker 0.80 → 0.47 MB. That form goes under the key `affixed`, which
 * no older Chronicle reads: an older reader that took it for its `folders` would see only the middles (`entities/b/`
 * for `entities/b/mentions.html` beside `mentions-p2.html`) and, with `--force`, delete that folder, the user's files
 * in it too. Any later form whose entries read otherwise must likewise take a key of its own. A marker of the older
 * forms (`files` as whole paths; `folders`, with affixes or without) is read as well; one with a key besides
 * `generator` and its list is a form this reader does not know, and is treated as no marker (refused, and `--force`
 * keeps every file).
 */
/**
 * Since session 33 the affixed list is written deflated (raw DEFLATE, level 9) and in base64, under the key
 * `deflated`: BBC's marker 463,262 → 227,584 bytes, 0.24 MB of the site that nothing but the next build reads (its
 * 13,825 entity ids and 16,700 search fragments' hashes, issue 17). The same files give the same bytes (zlib is
 * deterministic at a level); an older Chronicle sees a key it does not know and takes the folder for one without a
 * marker (it refuses it, and `--force` keeps every file), as above.
 */
interface MarkerOnDisk {
  generator: string;
  deflated?: string;
  affixed?: FolderOnDisk[];
  folders?: FolderOnDisk[];
  files?: string[];
}
type FolderOnDisk = [folder: string, names: string[], affixes?: [beginning: string, end: string]];

/**
 * Checks `out` before anything is written (OutputRefused when it must not be used), restores a site left aside by a
 * build killed in the middle of its swap, and lists what the folder holds.
 */
export async function planOutput(
  outArg: string,
  opts: { input?: string; force?: boolean; cwd?: string; home?: string } = {},
): Promise<OutputPlan> {
  const out = await realPath(outArg);
  const shown = outArg;
  const guarded: [string | undefined, string][] = [
    [opts.input, 'the input folder'],
    [opts.cwd ?? process.cwd(), 'the working directory'],
    [opts.home ?? os.homedir(), 'the home directory'],
  ];
  for (const [dir, what] of guarded) {
    if (dir && isWithin(await realPath(dir), out)) throw new OutputRefused(`--out ${shown} is or contains ${what}; choose a folder of its own`);
  }
  if (opts.input && isWithin(out, await realPath(opts.input))) {
    throw new OutputRefused(`--out ${shown} is inside the input folder: the next build would read the site as articles`);
  }
  const stat = await fs.lstat(out).catch(() => null);
  if (stat && !stat.isDirectory()) throw new OutputRefused(`--out ${shown} is not a folder`);

  await recoverInterruptedSwaps(out);
  const present = (await fs.stat(out).catch(() => null)) ? await listTree(out) : [];
  const marker = await readMarker(out);
  if (present.length > 0 && !marker && !opts.force) {
    throw new OutputRefused(`--out ${shown} is not empty and holds no Chronicle build marker (${MARKER_FILE}); pass --force to build into it (its files are kept)`);
  }
  const owned = new Set(marker?.files ?? []);
  const leftover = present.filter((f) => isMarkerTemp(f));
  for (const f of leftover) await fs.rm(path.join(out, f), { force: true });
  const foreign = present.filter((f) => f !== MARKER_FILE && !owned.has(f) && !isMarkerTemp(f));
  return { out, owned, foreign, force: opts.force === true };
}

/** A fresh staging folder beside `out` (same file system, so putting the site in place is a rename). */
export async function beginStaging(out: string): Promise<Staging> {
  await fs.mkdir(path.dirname(out), { recursive: true });
  const root = await fs.mkdtemp(path.join(path.dirname(out), `${stagingPrefix(out)}`));
  await fs.writeFile(path.join(root, STAGING_TAG), String(process.pid));
  const site = path.join(root, 'site');
  await fs.mkdir(site);
  // Astro's static build writes its server chunks into the output folder and imports them from there; their bare
  // imports (astro's own dependencies) resolve through this link to the folder Chronicle's dependencies are
  // installed in, wherever Chronicle is installed and whatever folder the site is built in.
  await fs.symlink(dependencyFolder(), path.join(root, 'node_modules'), 'junction');
  return { root, site };
}

/** The node_modules folder that holds Astro as Chronicle resolves it. */
export function dependencyFolder(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  while (path.basename(dir) !== 'node_modules' && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Removes a staging folder (a failed build): the output folder is as it was. */
export async function abandonStaging(staging: Staging): Promise<void> {
  await removeStaging(staging.root);
}

/**
 * Removes a staging folder with its tag last: a build killed while removing one (its own, or a killed build's in
 * recoverInterruptedSwaps) leaves a folder the next build still knows as Chronicle's.
 */
async function removeStaging(root: string): Promise<void> {
  const entries = await fs.readdir(root).catch(() => [] as string[]);
  // The previous site is most of it: one removal per file, synchronously (src/util/files.ts says why).
  for (const name of entries.filter((n) => n !== STAGING_TAG)) removeTree(path.join(root, name));
  await fs.rm(path.join(root, STAGING_TAG), { force: true });
  await fs.rmdir(root).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

/** Writes the marker into the staged site and puts the site in place of `plan.out`. */
export async function commitStaging(plan: OutputPlan, staging: Staging): Promise<void> {
  const files = (await listTree(staging.site)).filter((f) => f !== MARKER_FILE);
  await fs.writeFile(path.join(staging.site, MARKER_FILE), markerJson(files));
  if (plan.foreign.length === 0) await swap(plan.out, staging);
  else await merge(plan, staging, files);
  await removeStaging(staging.root);
}

async function swap(out: string, staging: Staging): Promise<void> {
  const previous = path.join(staging.root, 'previous');
  const hadSite = await fs.rename(out, previous).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return false;
      throw err;
    },
  );
  try {
    await fs.rename(staging.site, out);
  } catch (err) {
    if (hadSite) await fs.rename(previous, out);
    throw err;
  }
}

async function merge(plan: OutputPlan, staging: Staging, files: string[]): Promise<void> {
  const foreign = new Set(plan.foreign);
  const inTheWay = files.filter((f) => foreign.has(f));
  if (inTheWay.length && !plan.force) {
    throw new OutputRefused(`${path.join(plan.out, inTheWay[0]!)}: a file Chronicle did not write is where the site puts one (${inTheWay.length} such); move it, or pass --force to overwrite`);
  }
  // Until the end, the marker claims the old and the new files: a build killed here leaves nothing unowned.
  await writeMarkerAtomically(plan.out, [...new Set([...plan.owned, ...files])].sort());
  for (const f of files) {
    await fs.mkdir(path.dirname(path.join(plan.out, f)), { recursive: true });
    await fs.rename(path.join(staging.site, f), path.join(plan.out, f));
  }
  const kept = new Set(files);
  for (const f of [...plan.owned].filter((x) => !kept.has(x)).sort().reverse()) await removeOwned(plan.out, f);
  await writeMarkerAtomically(plan.out, files);
}

/** Removes a file of the previous build, and the folders it leaves empty up to (not including) `out`. */
async function removeOwned(out: string, rel: string): Promise<void> {
  let target = path.join(out, rel);
  if (!isWithin(target, out) || target === out) return;
  await fs.rm(target, { force: true, recursive: rel.endsWith('/') });
  for (target = path.dirname(target); target !== out && isWithin(target, out); target = path.dirname(target)) {
    const left = await fs.readdir(target).catch(() => null);
    if (!left || left.length) return;
    await fs.rmdir(target);
  }
}

/**
 * Staging folders left by killed builds: a swap killed between its two renames left the previous site in
 * `previous` and no output folder, so that site goes back; then the staging folder goes. A folder whose building
 * process still runs is left to it.
 */
async function recoverInterruptedSwaps(out: string): Promise<void> {
  const parent = path.dirname(out);
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(stagingPrefix(out))).sort()) {
    const root = path.join(parent, name);
    const tag = await fs.readFile(path.join(root, STAGING_TAG), 'utf8').catch(() => null);
    const pid = Number(tag ?? NaN);
    if (!Number.isInteger(pid) || pid <= 0) {
      if (await isBareStaging(root)) await fs.rm(root, { recursive: true, force: true });
      continue; // else not a staging folder of ours
    }
    if (pid !== process.pid && isProcessRunning(pid)) continue;
    const previous = path.join(root, 'previous');
    if (!(await fs.stat(out).catch(() => null)) && (await readMarker(previous))) await fs.rename(previous, out);
    await removeStaging(root);
  }
}

/**
 * A staging folder killed between its making and its tag's write (or in that write): empty, or holding only an empty
 * tag file. Anything else in a folder without a tag is not known to be Chronicle's, so it is left alone.
 */
async function isBareStaging(root: string): Promise<boolean> {
  const inside = await fs.readdir(root).catch(() => null);
  if (inside === null || inside.some((n) => n !== STAGING_TAG)) return false;
  if (inside.length === 0) return true;
  const tag = await fs.lstat(path.join(root, STAGING_TAG)).catch(() => null);
  return tag !== null && tag.isFile() && tag.size === 0;
}

const stagingPrefix = (out: string) => `.${path.basename(out)}.chronicle-build-`;

/** The marker of the build in `dir` (any form), or null: none, not Chronicle's, or a form this reader does not know. */
export async function readMarker(dir: string): Promise<Marker | null> {
  try {
    const marker = JSON.parse(await fs.readFile(path.join(dir, MARKER_FILE), 'utf8')) as MarkerOnDisk;
    if (marker.generator !== MARKER_GENERATOR || Object.keys(marker).length !== 2) return null;
    const names = (x: unknown): x is string[] => Array.isArray(x) && x.every((f) => typeof f === 'string');
    if (names(marker.files)) return { generator: marker.generator, files: marker.files };
    const folders = typeof marker.deflated === 'string' ? (JSON.parse(inflateRawSync(Buffer.from(marker.deflated, 'base64')).toString('utf8')) as unknown) : (marker.affixed ?? marker.folders);
    const affixes = (x: unknown) => x === undefined || (names(x) && x.length === 2);
    if (!Array.isArray(folders) || !folders.every((e) => Array.isArray(e) && typeof e[0] === 'string' && names(e[1]) && affixes(e[2]))) return null;
    return { generator: marker.generator, files: folders.flatMap(folderFiles) };
  } catch {
    return null;
  }
}

/** A marker being written (writeMarkerAtomically) when a build was killed. */
const isMarkerTemp = (f: string) => f.startsWith(`${MARKER_FILE}.`) && f.endsWith('.tmp') && !f.includes('/');

/** A folder's files as paths from the site root. */
function folderFiles([folder, names, [beginning, end] = ['', '']]: FolderOnDisk): string[] {
  return names.map((n) => (folder ? `${folder}/` : '') + beginning + n + end);
}

/** A folder's names, with the beginning and end they all share written once (two names or more). */
function affixed(folder: string, names: string[]): FolderOnDisk {
  const affixes = names.length < 2 ? ['', ''] as [string, string] : sharedAffixes(names);
  if (!affixes[0] && !affixes[1]) return [folder, names];
  return [folder, names.map((n) => middleOf(n, affixes)), affixes];
}

/** The marker's bytes for `files` (sorted '/'-separated paths): each folder once, with the names in it. */
export function markerJson(files: readonly string[]): string {
  const folders = new Map<string, string[]>();
  for (const f of files) {
    const cut = f.lastIndexOf('/');
    const folder = cut < 0 ? '' : f.slice(0, cut);
    const names = folders.get(folder);
    if (names) names.push(f.slice(cut + 1));
    else folders.set(folder, [f.slice(cut + 1)]);
  }
  const written = [...folders].map(([folder, names]) => affixed(folder, names));
  const deflated = deflateRawSync(JSON.stringify(written), { level: 9 }).toString('base64');
  return `${JSON.stringify({ generator: MARKER_GENERATOR, deflated } satisfies MarkerOnDisk)}\n`;
}

/** The affixed list a marker written by markerJson holds (tests, and a reader that wants to see it). */
export function markerFolders(json: string): FolderOnDisk[] {
  const marker = JSON.parse(json) as MarkerOnDisk;
  return marker.deflated === undefined ? (marker.affixed ?? []) : (JSON.parse(inflateRawSync(Buffer.from(marker.deflated, 'base64')).toString('utf8')) as FolderOnDisk[]);
}

async function writeMarkerAtomically(out: string, files: string[]): Promise<void> {
  const tmp = path.join(out, `${MARKER_FILE}.${process.pid}.tmp`);
  await fs.writeFile(tmp, markerJson(files));
  await fs.rename(tmp, path.join(out, MARKER_FILE));
}
