/**
 * Runs a command and measures what a person waiting for it pays: wall time, the peak memory of
 * the whole process tree (Astro, its workers and the Pagefind binary together), and when each
 * output line arrived, so build phases can be read off the log.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface TimedLine {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface Measured {
  ms: number;
  peakRssMb: number;
  /** Percent of the machine's CPU time that went to anything else while it ran (see othersCpuPercent). */
  othersCpuPercent: number;
  /** The CPU probe's time just before and just after the command (see cpuProbeMs). */
  probeMs: [number, number];
  code: number | null;
  lines: TimedLine[];
}

/** Parent pid → children, read from /proc once. */
function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(parent, [...(map.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in KB. */
export function treeRssKb(root: number): number {
  const children = childrenByParent();
  let total = 0;
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop() as number;
    total += rssKb(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree's memory every 100 ms while `pid` runs; returns a function that stops and gives the peak. */
export function watchMemory(pid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(pid))), 100);
  return () => {
    clearInterval(timer);
    return Math.round(peak / 1024);
  };
}

/** CPU time in clock ticks: busy on the whole machine, stolen from it by the host, and this process's with its ended children. */
interface CpuTicks {
  busy: number;
  stolen: number;
  ours: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

function cpuTicks(): CpuTicks {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const own = readFileSync('/proc/self/stat', 'utf8');
  // utime, stime, cutime, cstime: fields 14–17; a child's time is added to its parent's when it ends.
  const [utime, stime, cutime, cstime] = own.slice(own.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
  return { busy: user + nice + system + irq + softirq, stolen: steal, ours: utime + stime + cutime + cstime };
}

/**
 * How much of the machine's CPU time between `before` and now went to anything but this process
 * and the command it ran (which has ended): other work on the machine and time the host took.
 * The load average cannot tell: our own build keeps both cores busy.
 */
function othersCpuPercent(before: CpuTicks, ms: number): number {
  const after = cpuTicks();
  const others = after.busy - before.busy - (after.ours - before.ours) + (after.stolen - before.stolen);
  const available = (ms / 1000) * TICKS_PER_SECOND * availableParallelism();
  return Math.round(Math.min(100, Math.max(0, (others / available) * 100)));
}

/**
 * Milliseconds one core takes (the fastest of three runs) for a fixed piece of JavaScript work:
 * making, sorting and joining 300 000 strings (allocation, comparisons and garbage collection, as
 * in a build), timed while nothing else of ours runs. This kind of virtual machine changes speed
 * for minutes at a time without reporting `steal` (the same build took 62–103 s of CPU within an
 * hour, docs/performance.md «Session 11»): a probe slower than the same machine's usual one marks
 * the step's figures as from a slow spell.
 */
export function cpuProbeMs(): number {
  // The fastest of three: one run can be cut into by a moment's other work or a first compile.
  return Math.min(...[1, 2, 3].map(() => {
    const started = performance.now();
    let seed = 1;
    const words = Array.from({ length: 300_000 }, () => (seed = (seed * 48_271) % 2_147_483_647).toString(36));
    words.sort().join(' ');
    return Math.round(performance.now() - started);
  }));
}

export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const probeBefore = cpuProbeMs();
  const started = performance.now();
  const cpuBefore = cpuTicks();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopWatching = watchMemory(child.pid as number);
  const lines: TimedLine[] = [];
  const collect = (chunk: Buffer) => {
    const at = Math.round(performance.now() - started);
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ at, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((done) => {
    // 'close', not 'exit': by then the child has been reaped, and its CPU time counted as ours.
    child.once('close', (code) => {
      const ms = Math.round(performance.now() - started);
      // Read before the second probe: the ticks are shared out over `ms`, which does not include it.
      const othersPercent = othersCpuPercent(cpuBefore, ms);
      done({ ms, peakRssMb: stopWatching(), othersCpuPercent: othersPercent, probeMs: [probeBefore, cpuProbeMs()], code, lines });
    });
  });
}

/** Milliseconds at which the first line matching `pattern` arrived, if any. */
export function lineAt(lines: TimedLine[], pattern: RegExp): number | undefined {
  return lines.find((line) => pattern.test(line.text))?.at;
}
