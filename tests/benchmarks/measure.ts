/**
 * Runs a command and measures what a person waiting for it pays: wall time, the peak memory of
 * the whole process tree (Astro, its workers and the Pagefind binary together), and when each
 * output line arrived, so build phases can be read off the log.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TimedLine {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface Measured {
  ms: number;
  peakRssMb: number;
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

export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const started = performance.now();
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
    child.once('exit', (code) => {
      done({ ms: Math.round(performance.now() - started), peakRssMb: stopWatching(), code, lines });
    });
  });
}

/** Milliseconds at which the first line matching `pattern` arrived, if any. */
export function lineAt(lines: TimedLine[], pattern: RegExp): number | undefined {
  return lines.find((line) => pattern.test(line.text))?.at;
}
