/**
 * Bags on disk: a folder, or a zip holding the bag either at its root or, as is usual for serialized bags, in one
 * top-level folder. Zips are written deterministically — entries sorted, timestamps fixed — so the same files give
 * the same bytes, and a verifier can rebuild a Chronicle snapshot byte for byte to find damaged zip metadata.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { BagFiles } from './bagit.ts';

/** Zip timestamps are fixed so the same bag gives the same archive bytes. */
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 1, 12));

/** The zip of `files` (paths relative to the archive's root), entries in byte order of their names. */
export function packZip(files: Map<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const name of [...files.keys()].sort()) zippable[name] = [files.get(name)!, { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 6, mtime: FIXED_MTIME });
}

export type LoadedArchive =
  | { kind: 'bag'; bag: BagFiles; zip?: { bytes: Uint8Array; entries: Map<string, Uint8Array> } }
  | { kind: 'other'; entries: Map<string, Uint8Array> }
  | { kind: 'unreadable'; problem: string };

/** A zip or folder as a bag: its root is where bagit.txt is, at the top or in the one top-level folder. */
export async function loadArchive(file: string): Promise<LoadedArchive> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) return { kind: 'unreadable', problem: `missing: ${file} (no such file or folder)` };
  if (stat.isDirectory()) {
    const bag: BagFiles = { files: new Map(), dirs: new Set() };
    await readFolder(file, '', bag);
    return { kind: 'bag', bag };
  }
  const bytes = new Uint8Array(await fs.readFile(file));
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes);
  } catch (err) {
    return { kind: 'unreadable', problem: `damaged archive: ${(err as Error).message}` };
  }
  const entries = new Map<string, Uint8Array>();
  for (const name of Object.keys(raw).sort()) {
    // A zip entry that would be written outside the folder it is unpacked in is refused before anything else.
    if (/^[/\\]|^[A-Za-z]:|(^|[/\\])\.\.([/\\]|$)/.test(name)) return { kind: 'unreadable', problem: `invalid: zip entry "${name}" leaves the archive` };
    entries.set(name, raw[name]!);
  }
  const names = [...entries.keys()];
  const tops = new Set(names.map((n) => n.split('/')[0]!));
  const root = entries.has('bagit.txt') ? '' : tops.size === 1 && entries.has(`${[...tops][0]}/bagit.txt`) ? `${[...tops][0]}/` : null;
  if (root === null) return { kind: 'other', entries };
  const bag: BagFiles = { files: new Map(), dirs: new Set() };
  for (const [name, content] of entries) {
    if (!name.startsWith(root) || name === root) continue;
    const rel = name.slice(root.length);
    if (rel.endsWith('/')) bag.dirs.add(rel.slice(0, -1));
    else bag.files.set(rel, content);
    // Folders a file is in exist too (zips usually have no entries for folders).
    for (let i = rel.indexOf('/'); i > 0 && i < rel.length - 1; i = rel.indexOf('/', i + 1)) bag.dirs.add(rel.slice(0, i));
  }
  return { kind: 'bag', bag, zip: { bytes, entries } };
}

async function readFolder(root: string, dir: string, bag: BagFiles): Promise<void> {
  const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) {
      bag.dirs.add(rel);
      await readFolder(root, rel, bag);
    } else if (e.isFile()) bag.files.set(rel, new Uint8Array(await fs.readFile(path.join(root, rel))));
  }
}
