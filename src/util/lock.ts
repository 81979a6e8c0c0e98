/** An exclusive lock file holding its owner's process id, and whether a process still runs. */
import path from 'node:path';
import { promises as fs } from 'node:fs';

export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock `file`, waiting while another running process holds it. A lock whose process has ended (a build
 * killed with SIGKILL never removes its lock) or that is older than `staleMs` is taken over.
 */
export async function acquireLock(file: string, staleMs = 10 * 60_000): Promise<() => Promise<void>> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      const handle = await fs.open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => fs.rm(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const [stat, owner] = await Promise.all([fs.stat(file).catch(() => null), fs.readFile(file, 'utf8').catch(() => '')]);
      const pid = Number(owner);
      const ended = Number.isInteger(pid) && pid > 0 && !isProcessRunning(pid);
      if (stat && (ended || Date.now() - stat.mtimeMs > staleMs)) await fs.rm(file, { force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
}
