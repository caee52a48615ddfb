import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; 0 if unreadable. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100 on Linux)
  } catch {
    return 0;
  }
}

/** The local redis-server's pid, if there is one to read (best effort: only for the CPU breakdown). */
export function localRedisPid(): number | null {
  try {
    return Number(execFileSync('pgrep', ['-o', 'redis-server']).toString().trim()) || null;
  } catch {
    return null;
  }
}

/**
 * CPU used by named groups of processes between start and `stop()` (ms), for a per-unit breakdown
 * of where a benchmark's work goes. Groups whose processes are not on this machine read 0.
 */
export function startCpuMeter(groups: Record<string, number[]>) {
  const read = () => Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, pids.reduce((a, p) => a + (p === process.pid ? 0 : cpuMs(p)), 0)]));
  const own = process.cpuUsage();
  const before = read();
  return {
    stop: (): Record<string, number> => {
      const after = read();
      const self = process.cpuUsage(own);
      return Object.fromEntries(
        Object.entries(groups).map(([k, pids]) => [k, after[k] - before[k] + (pids.includes(process.pid) ? (self.user + self.system) / 1000 : 0)]),
      );
    },
  };
}
