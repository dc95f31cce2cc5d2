import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { median } from './measure';

/** CPU milliseconds (user + system) each part of the stack has used so far. */
export type CpuSnapshot = Record<string, number>;

/** Clock ticks per second of /proc's counters: 100 on every Linux we run on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

function procStat(pid: number): { ppid: number; cpuMs: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name is in parentheses and may contain spaces: the fields we want come after its last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime + stime, and cutime + cstime: the CPU of its children that have ended (a PostgreSQL backend closed by an
    // idle pool between two snapshots would otherwise take its CPU out of the tree, and the part would go negative)
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { ppid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined; // the process has ended
  }
}

/** A process and all its descendants (PostgreSQL's backends are children of its postmaster). */
function treeCpuMs(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = procStat(pid);
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  }
  let total = 0;
  const visit = (pid: number) => {
    total += procStat(pid)?.cpuMs ?? 0;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}

/**
 * Reads what the stack's processes have used, by part. On a machine with other work on it a throughput figure
 * drifts; CPU per operation does not, so it says where the time goes. Linux only; elsewhere an empty snapshot.
 */
export function cpuSnapshot(pids: Record<string, number | undefined>): CpuSnapshot {
  if (os.platform() !== 'linux') return {};
  const self = process.cpuUsage();
  const snapshot: CpuSnapshot = { bench: (self.user + self.system) / 1000 };
  for (const [name, pid] of Object.entries(pids)) if (pid) snapshot[name] = treeCpuMs(pid);
  return snapshot;
}

/** CPU milliseconds per operation between two snapshots, by part and in all. */
export function cpuPerOp(before: CpuSnapshot, after: CpuSnapshot, ops: number): Record<string, number> {
  const per: Record<string, number> = {};
  for (const name of Object.keys(after)) per[name] = (after[name] - (before[name] ?? 0)) / ops;
  per.total = Object.values(per).reduce((a, b) => a + b, 0);
  return per;
}

/** "api 3.10, postgres 1.40, total 5.00": the parts that used at least 0.05 ms */
export const describeCpu = (cpu: Record<string, number>) =>
  Object.entries(cpu)
    .filter(([, ms]) => ms >= 0.05)
    .map(([part, ms]) => `${part} ${ms.toFixed(2)}`)
    .join(', ');

/** Runs a load and adds the CPU each part of the stack spent per operation on it. */
export async function withCpu<T>(
  pids: Record<string, number | undefined>,
  load: () => Promise<T>,
  ops: (result: T) => number,
) {
  const before = cpuSnapshot(pids);
  const result = await load();
  return { ...result, cpu: cpuPerOp(before, cpuSnapshot(pids), ops(result)) };
}

/** Each part's median over several runs' CPU per operation. */
export const medianCpu = (runs: Array<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.keys(runs[0] ?? {}).map((part) => [part, median(runs.map((r) => r[part]))]));
