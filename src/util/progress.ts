/**
 * Progress for long runs, stage by stage. On a terminal: one live bar per stage (stage, done/total, elapsed, ETA),
 * redrawn at most ten times a second. Without a terminal (CI, pipes, tests): one line per stage when it ends, so
 * logs show where the time went without a flood of redraws. Either way each stage's wall time is kept for the
 * `CHRONICLE_TIMINGS` line and the benchmark.
 */
export interface Progress {
  start(stage: string, total: number): void;
  tick(n?: number): void;
  /** Extra words for the current stage's closing line ("2224 cached, 1 extracted"). */
  note(text: string): void;
  done(): void;
  /** Wall time of every finished stage, in order. */
  readonly timings: [stage: string, ms: number][];
  /** Whether counts are shown as they come (a bar on a terminal): work done only to count can be skipped if not. */
  readonly live: boolean;
}

/** Records timings and draws nothing. */
export function silentProgress(): Progress {
  return lineProgress(() => {});
}

/** Without a terminal: one line per finished stage through `write`. */
export function lineProgress(write: (line: string) => void): Progress {
  const state = new StageState();
  return {
    timings: state.timings,
    live: false,
    start: (stage, total) => state.start(stage, total),
    tick: (n = 1) => state.tick(n),
    note: (text) => state.notes.push(text),
    done() {
      const ms = state.finish();
      if (state.stage) write(`${state.stage}: ${state.total} in ${(ms / 1000).toFixed(1)}s${state.noteText()}`);
    },
  };
}

/** A live bar on a terminal stream. */
export function barProgress(stream: NodeJS.WriteStream): Progress {
  const state = new StageState();
  let lastDraw = 0;
  const draw = (force: boolean) => {
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    stream.write(`\r\x1b[2K${formatBar(state.stage, state.count, state.total, now - state.started)}${state.noteText()}`);
  };
  return {
    timings: state.timings,
    live: true,
    start(stage, total) {
      state.start(stage, total);
      draw(true);
    },
    tick(n = 1) {
      state.tick(n);
      draw(false);
    },
    note(text) {
      state.notes.push(text);
      draw(true);
    },
    done() {
      state.finish();
      draw(true);
      stream.write('\n');
    },
  };
}

/** A bar on `tty` when it is a terminal, else one line per stage through `write` (the CLI's stderr). */
export function terminalProgress(write: (line: string) => void, tty?: NodeJS.WriteStream): Progress {
  return tty?.isTTY ? barProgress(tty) : lineProgress(write);
}

/** `extract  ██████░░░░ 1200/2225 41.0s eta 35s`: the ETA assumes the rest goes at the pace so far. */
export function formatBar(stage: string, count: number, total: number, elapsedMs: number, width = 24): string {
  const elapsed = elapsedMs / 1000;
  const eta = count > 0 && count < total ? ` eta ${Math.ceil((elapsed / count) * (total - count))}s` : '';
  const filled = total > 0 ? Math.min(width, Math.round((count / total) * width)) : width;
  return `${stage.padEnd(8)} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${count}/${total} ${elapsed.toFixed(1)}s${eta}`;
}

class StageState {
  stage = '';
  total = 0;
  count = 0;
  started = 0;
  notes: string[] = [];
  readonly timings: [string, number][] = [];

  start(stage: string, total: number): void {
    this.stage = stage;
    this.total = total;
    this.count = 0;
    this.notes = [];
    this.started = Date.now();
  }

  tick(n: number): void {
    this.count = Math.min(this.total, this.count + n);
  }

  finish(): number {
    const ms = Date.now() - this.started;
    this.count = this.total;
    this.timings.push([this.stage, ms]);
    return ms;
  }

  noteText(): string {
    return this.notes.length ? ` (${this.notes.join('; ')})` : '';
  }
}
