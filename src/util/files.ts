/**
 * File moves that keep the published site untouched: pages carried over from it are hard-linked, not moved.
 *
 * The calls made once per file of a site (a link, a stat, a removal) are synchronous: through the promise API each
 * is a promise, a trip to libuv's thread pool and back, and a closure of the concurrency bound — on a rebuild that
 * carries 23,000 files over, linking them took 1.0–1.2 s of user CPU against 0.1 s synchronously, and a stat of
 * 11,000 pages 0.25–0.5 s against 0.1 s (bench/RESULTS.md, session 48). On a site the rebuild just wrote and
 * read, the files are in the page cache, so nothing is waited on that a bound of 64 calls in flight would hide.
 */
import path from 'node:path';
import { copyFileSync, linkSync, lstatSync, mkdirSync, promises as fs, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';

/**
 * Puts `from` at `to` as a hard link (same bytes, size and modification time, no copy), or as a copy where the
 * file system has no links. Returns whether it linked.
 */
export function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw err;
    copyFileSync(from, to);
    return false;
  }
}

/** `files` (relative to `from`) linked or copied to the same places under `to`, their folders made first; returns those copied. */
export function linkFiles(files: Iterable<string>, from: (file: string) => string, to: string): Set<string> {
  const copied = new Set<string>();
  const made = new Set<string>();
  for (const file of files) {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(path.join(to, dir), { recursive: true });
      made.add(dir);
    }
    if (!linkOrCopy(path.join(from(file), file), path.join(to, file))) copied.add(file);
  }
  return copied;
}

/** The file's stat, or null when there is none (or it cannot be read). */
export function statOrNull(file: string): Stats | null {
  try {
    return statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/**
 * Removes a folder and everything in it (or a file, or a link — never what a link points to), if it is there. Each
 * folder's entries are read with their types and unlinked, one call a file: Node 20's `rmSync` (a port of rimraf)
 * makes two, an `lstat` and an `unlink`, and fails a removal of each folder before reading it. The old site's removal
 * after a one-story rebuild is one call per file of the site (issue 17; bench/RESULTS.md, session 52). Anything
 * unexpected (a file that will not go, one gone meanwhile) leaves the rest to `rmSync`.
 */
export function removeTree(target: string): void {
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (!stat) return;
  try {
    if (stat.isDirectory()) emptyAndRemove(target);
    else unlinkSync(target);
  } catch {
    rmSync(target, { recursive: true, force: true });
  }
}

/** A folder's files and folders removed, then the folder itself (a link among them is removed, not followed). */
function emptyAndRemove(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const inside = `${dir}${path.sep}${entry.name}`;
    if (entry.isDirectory()) emptyAndRemove(inside);
    else unlinkSync(inside);
  }
  rmdirSync(dir);
}

/**
 * Writes `content` to `to` (a path not yet there), or hard-links `published` there when that file holds the same
 * bytes: a rebuild puts most of a search index in place without writing it again (a new file is never written
 * through a link, so the published site stays as it was). Returns whether it linked.
 */
export function writeOrLink(to: string, content: string | Uint8Array, published: string | null): boolean {
  const old = published ? readOrNull(published) : null;
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (old && Buffer.compare(old, bytes) === 0) {
    linkOrCopy(published!, to);
    return true;
  }
  writeFileSync(to, bytes);
  return false;
}

function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/** linkOrCopy for a whole folder; `skip` leaves out top-level entries of `from`. */
export function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) linkTree(source, path.join(to, entry.name));
    else if (entry.isFile()) linkOrCopy(source, path.join(to, entry.name));
  }
}

/**
 * Every file under `root`, relative and '/'-separated, sorted; an empty folder is listed as `dir/` so that it
 * counts as content. Symbolic links are listed, never followed.
 */
export async function listTree(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    if (entries.length === 0 && rel) out.push(`${rel}/`);
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else out.push(r);
    }
  };
  await walk(root, '');
  return out.sort();
}

/** `child` is `parent` or inside it (both absolute, resolved). */
export function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** The real path of `p`, for the part of it that exists (so a symbolic link to a folder compares as that folder). */
export async function realPath(p: string): Promise<string> {
  const abs = path.resolve(p);
  const tail: string[] = [];
  let head = abs;
  for (;;) {
    try {
      return path.join(await fs.realpath(head), ...tail.reverse());
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return abs;
      tail.push(path.basename(head));
      head = parent;
    }
  }
}

/** Writes a file whole or not at all (a temporary file, then a rename), so a reader never sees half of it. */
export async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, content);
  await fs.rename(tmp, file);
}
