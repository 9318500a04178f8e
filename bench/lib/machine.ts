/** What a benchmark ran on, printed at the top of its output and saved beside its figures. */
import { cpus, loadavg, platform, release } from 'node:os';

export interface Machine {
  date: string;
  node: string;
  platform: string;
  cpuModel: string;
  cpuCount: number;
  /** 1, 5 and 15 minute load averages when the run started: a busy machine explains slow figures. */
  loadAverageAtStart: number[];
}

export function machine(startedAt: Date): Machine {
  const cpuList = cpus();
  return {
    date: startedAt.toISOString(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cpuCount: cpuList.length,
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** The first lines of a benchmark's output: its title and the machine. */
export function printMachine(title: string, m: Machine): void {
  console.log(`${title} (figures are printed, not asserted)`);
  console.log(`date        ${m.date}`);
  console.log(`node        ${m.node} on ${m.platform}`);
  console.log(`cpu         ${m.cpuModel} × ${m.cpuCount}`);
  console.log(`load avg    ${m.loadAverageAtStart.join(' ')} (1, 5, 15 min) before the start`);
}
