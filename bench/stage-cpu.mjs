// A preload for timing one stage of a `chronicle` command in CPU, not only wall (session 44, speed57):
//   CHRONICLE_TIMINGS=1 node --import ./bench/stage-cpu.mjs bin/chronicle.js extract --input IN --json OUT --no-cache --workers 2
// Each stage's closing line on stderr ("extract: 2225 in 33.9s") is a mark: at exit one `stage-cpu:` line gives every
// stage's user and system CPU — of the whole process, the extraction workers' threads included (process.cpuUsage) —
// and wall. On a shared machine the user CPU is the figure to pair; the wall is the load's. With STAGE_CPU_STOP=NAME
// the process ends at that stage's line (resolution is not waited for when only extraction is timed).
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const write = process.stderr.write.bind(process.stderr);
  const marks = [];
  process.stderr.write = (chunk, ...rest) => {
    const stage = /^(\w+): \d+ in [\d.]+s/.exec(String(chunk))?.[1];
    if (stage !== undefined) {
      const { user, system } = process.cpuUsage();
      marks.push([stage, user / 1e6, system / 1e6, performance.now() / 1000]);
      if (stage === process.env.STAGE_CPU_STOP) {
        write(chunk);
        process.exit(0);
      }
    }
    return write(chunk, ...rest);
  };
  process.on('exit', () => {
    const stages = marks.slice(1).map(([stage, user, system, wall], i) => {
      const [, user0, system0, wall0] = marks[i];
      return `${stage} user ${(user - user0).toFixed(2)} sys ${(system - system0).toFixed(2)} wall ${(wall - wall0).toFixed(2)}`;
    });
    write(`stage-cpu: ${stages.join(' | ')}\n`);
  });
}
