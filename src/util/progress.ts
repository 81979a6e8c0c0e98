/**
 * Progress for long runs: on a terminal, one live line per stage (stage, done/total, elapsed, ETA);
 * without a terminal (CI, pipes), nothing, so logs stay clean and output deterministic.
 */
export interface Progress {
  start(stage: string, total: number): void;
  tick(n?: number): void;
  done(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let stage = '';
  let total = 0;
  let count = 0;
  let started = 0;
  let lastDraw = 0;
  const draw = (force: boolean) => {
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const elapsed = (now - started) / 1000;
    const eta = count > 0 && count < total ? ` eta ${((elapsed / count) * (total - count)).toFixed(0)}s` : '';
    const width = 24;
    const filled = total > 0 ? Math.round((count / total) * width) : width;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    stream.write(`\r\x1b[2K${stage.padEnd(8)} ${bar} ${count}/${total} ${elapsed.toFixed(1)}s${eta}`);
  };
  return {
    start(s, t) {
      stage = s;
      total = t;
      count = 0;
      started = Date.now();
      draw(true);
    },
    tick(n = 1) {
      count += n;
      draw(false);
    },
    done() {
      count = total;
      draw(true);
      stream.write('\n');
    },
  };
}
