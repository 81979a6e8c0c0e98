/** File moves that keep the published site untouched: pages carried over from it are hard-linked, not moved. */
import path from 'node:path';
import { promises as fs } from 'node:fs';

/**
 * Puts `from` at `to` as a hard link (same bytes, size and modification time, no copy), or as a copy where the
 * file system has no links. Returns whether it linked.
 */
export async function linkOrCopy(from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw err;
    await fs.copyFile(from, to);
    return false;
  }
}

/**
 * Writes `content` to `to` (a path not yet there), or hard-links `published` there when that file holds the same
 * bytes: a rebuild puts most of a search index in place without writing it again (a new file is never written
 * through a link, so the published site stays as it was). Returns whether it linked.
 */
export async function writeOrLink(to: string, content: string | Uint8Array, published: string | null): Promise<boolean> {
  const old = published ? await fs.readFile(published).catch(() => null) : null;
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (old && Buffer.compare(old, bytes) === 0) {
    await linkOrCopy(published!, to);
    return true;
  }
  await fs.writeFile(to, bytes);
  return false;
}

/** linkOrCopy for a whole folder; `skip` leaves out top-level entries of `from`. */
export async function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): Promise<void> {
  await fs.mkdir(to, { recursive: true });
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) await linkTree(source, path.join(to, entry.name));
    else if (entry.isFile()) await linkOrCopy(source, path.join(to, entry.name));
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
