/**
 * A hash of the code a cached result depends on: the entry files (or every file under entry folders), every
 * project file they reach through relative imports (`from './x.ts'`, `import('./x.ts')`, and data files opened
 * with `new URL('./x.json', import.meta.url)`), and package-lock.json, which pins every library version.
 *
 * An installed package has no package-lock.json (npm never packs one): there the installed version of every
 * dependency stands in for it.
 *
 * Following imports instead of listing folders keeps the hash exact: a cache is invalidated by any edit to code
 * its result depends on — a module added to that code later included — and by nothing else (editing the progress
 * bar does not throw away every cached extraction).
 *
 * A hash is of the code this process runs, not of what the files say by the time it is asked: each project file's
 * size and modification time are noted when this module is evaluated, which is when the process (or worker) has
 * just loaded its code. A file reached that changed since (a developer editing src/ while an evaluation runs) makes
 * the version this process's own, which no other run asks for: results of the old code are never kept under the
 * new code's key. A clone notes each version it works out by its files' stamps (`codeVersionAt`), so a run whose
 * code has not changed since reads none of it.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { PROJECT_ROOT } from './project.ts';

/** A relative path in an import, up to any Vite query (`./style.css?inline`, `./previews.js?raw`: the file counts). */
const RELATIVE_REFERENCE = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;
const SOURCE = /\.(ts|mts|js|mjs|astro)$/;

const memo = new Map<string, string>();

/**
 * A file's digest (sha256 of its bytes) and the files its relative references name (absolute paths, source files
 * only). A version hashes its files' digests, not their bytes: the dozen versions of a build hashed 57 MB of
 * overlapping closures (the model weights in most of them), each file's bytes once is 11 MB (session 49, speed66).
 */
interface CodeFile {
  stamp: string | undefined;
  digest: string;
  references: string[];
}

/**
 * Each file as read, while its size and modification time are the same: a build asks a dozen versions (extraction,
 * each resolve memo, the site memo, render, search), whose closures share most files, and reading and scanning
 * them again for each was 0.4 s of CPU per build (session 46, speed61). A file whose stamp moved is read again.
 */
const READ = new Map<string, CodeFile>();

function readCode(file: string): CodeFile {
  const now = stamp(file);
  const known = READ.get(file);
  if (known && known.stamp !== undefined && known.stamp === now) return known;
  const bytes = readFileSync(file);
  const references = SOURCE.test(file) ? [...bytes.toString('utf8').matchAll(RELATIVE_REFERENCE)].map((m) => path.resolve(path.dirname(file), m[1]!)) : [];
  const read: CodeFile = { stamp: now, digest: createHash('sha256').update(bytes).digest('hex'), references };
  READ.set(file, read);
  return read;
}

/**
 * `size:mtime:ctime:inode` of a file, or undefined if there is none: a write moves the change time, a replacing
 * rename the inode (scripts/compile-source.mjs stamps its files alike).
 */
function stamp(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/** Every file under the project's src/ and its top-level files, stamped (absolute path → stamp). */
export function stampProject(root: string): Map<string, string> {
  const stamps = new Map<string, string>();
  const note = (file: string) => {
    const s = stamp(file);
    if (s) stamps.set(file, s);
  };
  for (const entry of readdirSync(root, { withFileTypes: true })) if (entry.isFile()) note(path.join(root, entry.name));
  const src = path.join(root, 'src');
  if (existsSync(src))
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) if (entry.isFile()) note(path.join(entry.parentPath, entry.name));
  return stamps;
}

/** The project's files as this process loaded them. */
const LOADED = stampProject(PROJECT_ROOT);

/** Project-relative paths of the entries and everything they reach, sorted. */
export function codeFiles(entries: readonly string[], root = PROJECT_ROOT): string[] {
  return closureOf(entries, root).files;
}

/** The entries' closure (project-relative, sorted) and the paths its references name that do not exist (absolute). */
function closureOf(entries: readonly string[], root: string): { files: string[]; absent: string[] } {
  const seen = new Set<string>();
  const absent = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    if (!existsSync(file)) {
      absent.add(file);
      return;
    }
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file)) visit(path.join(file, name));
      return;
    }
    seen.add(file);
    if (SOURCE.test(file)) for (const reference of readCode(file).references) visit(reference);
  };
  for (const entry of [...entries, 'package-lock.json']) visit(path.join(root, entry));
  return { files: [...seen].map((f) => path.relative(root, f)).sort(), absent: [...absent].sort() };
}

export function codeVersion(entries: readonly string[]): string {
  const memoKey = entries.join('\0');
  const known = memo.get(memoKey);
  if (known) return known;
  const version = codeVersionAt(PROJECT_ROOT, entries, LOADED);
  memo.set(memoKey, version);
  return version;
}

/**
 * The version of `entries` under `root`; `loaded` holds the stamps the running code was loaded with. In a clone (a
 * package-lock.json at `root`) a version is noted with its files' stamps (`.cache/code-versions.json`, beside
 * compile-source's note), and a later process whose loaded files bear those same stamps takes it from the note
 * without reading them: the dozen versions of a build read, digested and walked the closures for ~0.18 s of CPU
 * before every run (session 50, speed68).
 */
export function codeVersionAt(root: string, entries: readonly string[], loaded: ReadonlyMap<string, string>, settleMs = STAMP_SETTLE_MS): string {
  const clone = existsSync(path.join(root, 'package-lock.json'));
  const key = entries.join('\0');
  const noted = clone ? notedVersion(root, key, loaded) : undefined;
  if (noted !== undefined) return noted;
  const hash = createHash('sha256');
  let edited = false;
  const { files, absent } = closureOf(entries, root);
  const stamps: Record<string, string> = {};
  for (const file of files) {
    const full = path.join(root, file);
    const code = readCode(full);
    if (code.stamp === undefined || loaded.get(full) !== code.stamp) edited = true;
    else stamps[file] = code.stamp;
    hash.update(file).update('\0').update(code.digest).update('\0');
  }
  if (!clone) hash.update(installedVersions(root));
  // Edited since loaded: a version of this process's own (pid and time), so no run reads what this one keeps.
  if (edited) hash.update(`edited after loading\0${process.pid}\0${Date.now()}\0${Math.random()}`);
  const version = hash.digest('hex').slice(0, 16);
  if (clone && !edited && settled(Object.values(stamps), settleMs)) noteVersion(root, key, { version, stamps, absent: absent.map((f) => path.relative(root, f)) });
  return version;
}

/**
 * A version as noted: its files' stamps (project-relative paths) and the paths its files' references named that did
 * not exist (one written since would join the closure without any noted file's stamp moving).
 */
interface NotedVersion {
  version: string;
  stamps: Record<string, string>;
  absent: string[];
}

/** Files written in the last STAMP_SETTLE_MS are not noted by their stamps (git's racy-clean rule, as compile-source's). */
const STAMP_SETTLE_MS = 2_000;

/** Every stamp's modification and change time is older than `settleMs`. */
function settled(stamps: readonly string[], settleMs: number): boolean {
  const before = Date.now() - settleMs;
  return stamps.every((s) => {
    const [, mtime, ctime] = s.split(':');
    return Math.max(Number(mtime), Number(ctime)) <= before;
  });
}

const notesFile = (root: string) => path.join(root, '.cache', 'code-versions.json');
/** The notes file as this process read it and added to it, by root. */
const NOTES = new Map<string, Record<string, NotedVersion>>();

/** Forgets the notes and files read, as a new process starts (tests). */
export function forgetReadCode(): void {
  NOTES.clear();
  READ.clear();
}

function notesOf(root: string): Record<string, NotedVersion> {
  let notes = NOTES.get(root);
  if (notes === undefined) {
    try {
      notes = JSON.parse(readFileSync(notesFile(root), 'utf8')) as Record<string, NotedVersion>;
    } catch {
      notes = {};
    }
    NOTES.set(root, notes);
  }
  return notes;
}

/**
 * The version noted under `key` when every file it was noted with is loaded and found with the same stamp (one
 * edited since loading gives the process a version of its own, as without a note), none of its
 * directory entries holds a file it was not noted with, and no reference it found missing exists now.
 */
function notedVersion(root: string, key: string, loaded: ReadonlyMap<string, string>): string | undefined {
  const note = notesOf(root)[key];
  if (note === undefined || typeof note.version !== 'string') return undefined;
  for (const [file, noted] of Object.entries(note.stamps)) {
    const full = path.join(root, file);
    if (loaded.get(full) !== noted || stamp(full) !== noted) return undefined;
  }
  if (note.absent.some((file) => existsSync(path.join(root, file)))) return undefined;
  for (const entry of key.split('\0')) {
    const full = path.join(root, entry);
    if (existsSync(full) && statSync(full).isDirectory() && !filesUnder(full).every((f) => path.relative(root, f) in note.stamps)) return undefined;
  }
  return note.version;
}

/** Every file under a folder (absolute paths). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Notes a version (the whole file written to a temporary one of this process and thread, renamed into place: a reader
 * sees all or none; processes and threads noting at once each write their own, and the last rename stands).
 */
function noteVersion(root: string, key: string, note: NotedVersion): void {
  const notes = notesOf(root);
  notes[key] = note;
  try {
    mkdirSync(path.dirname(notesFile(root)), { recursive: true });
    const tmp = `${notesFile(root)}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, JSON.stringify(notes));
    renameSync(tmp, notesFile(root));
  } catch {
    // A read-only clone works its versions out again next time.
  }
}

/** `name@version` of every dependency as installed (found the way Node finds packages: up the node_modules). */
function installedVersions(root: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {})
    .sort()
    .map((name) => {
      for (let dir = root; ; dir = path.dirname(dir)) {
        const file = path.join(dir, 'node_modules', name, 'package.json');
        if (existsSync(file)) return `${name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
        if (path.dirname(dir) === dir) return `${name}@?`;
      }
    })
    .join('\n');
}
