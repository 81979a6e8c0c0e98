/**
 * Single files Chronicle writes outside a site folder (`extract --json`, `snapshot --out`): it replaces only a file
 * it made itself, recognised by its first bytes, and writes through a temporary file renamed into place, so a
 * killed run leaves the old file or the new one, never half of one.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';

/** The file cannot be written as asked: a one-line reason, exit 2. */
export class FileRefused extends Error {}

/** How a kind of file Chronicle writes is recognised from its first bytes. */
export interface OwnFileKind {
  /** What the file is, for messages: "graph.json", "snapshot". */
  name: string;
  isOurs(head: Buffer): boolean;
}

const HEAD_BYTES = 512;

export const GRAPH_JSON_FILE: OwnFileKind = {
  name: 'graph.json',
  // serializeGraphJson fixes the key order: every graph.json Chronicle writes starts this way.
  isOurs: (head) => /^\{\s*"version":\s*\d+,\s*"articles":\s*\[/.test(head.toString('utf8')),
};

export const SNAPSHOT_FILE: OwnFileKind = {
  name: 'snapshot',
  // A zip (local file header) whose first entry, in the sorted order packZip writes, is the bag's bag-info.txt.
  isOurs: (head) => {
    if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) return false;
    const nameLength = head.readUInt16LE(26);
    const name = head.subarray(30, 30 + nameLength).toString('utf8');
    return /^chronicle-snapshot-[^/]+\/bag-info\.txt$/.test(name);
  },
};

async function readHead(file: string): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Throws FileRefused when `file` exists and is not a file of `kind` that Chronicle wrote (unless `force`). */
export async function checkOwnFile(file: string, kind: OwnFileKind, force = false): Promise<void> {
  const stat = await fs.lstat(file).catch(() => null);
  if (!stat) return;
  if (!stat.isFile()) throw new FileRefused(`${file} exists and is not a file; choose another name for the ${kind.name}`);
  if (force || kind.isOurs(await readHead(file))) return;
  throw new FileRefused(`${file} exists and is not a ${kind.name} Chronicle wrote; choose another name, or pass --force to overwrite it`);
}

/** Writes `bytes` to `file` after checkOwnFile, through a temporary file beside it. */
export async function writeOwnFile(file: string, bytes: string | Uint8Array, kind: OwnFileKind, force = false): Promise<void> {
  await checkOwnFile(file, kind, force);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.chronicle-${randomBytes(4).toString('hex')}`);
  try {
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (err) {
    await fs.rm(temporary, { force: true });
    throw err;
  }
}
