/**
 * A periodic background task. Runs never overlap; a failure (a rejection or a throw) is logged
 * and the task runs again next period.
 */
export interface Task {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export interface JobLog {
  error(obj: object, msg: string): void;
  /** Where a run cut short by the shutdown is noted (not an error: the next start runs it again). */
  info?(obj: object, msg: string): void;
}

/** The running tasks: `trigger` runs one now (or right after its current run); `stop` ends them. */
export interface Scheduler {
  trigger(name: string): void;
  stop(): Promise<void>;
}

/**
 * Starts each task now and then every `everyMs`; `stop()` starts no more runs and waits for those
 * in flight. A run that fails once `stop()` was called failed because the process is closing what
 * it uses (the analyser, the database): that is noted at info level, not logged as an error.
 */
export function startScheduler(tasks: Task[], log: JobLog): Scheduler {
  let stopped = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<string>();
  const again = new Set<string>();
  const inFlight = new Set<Promise<unknown>>();
  const loop = (task: Task) => {
    if (stopped) return;
    running.add(task.name);
    // Called inside a promise, so a task that throws instead of rejecting is caught the same way.
    const run = Promise.resolve()
      .then(() => task.run())
      .catch((err: unknown) => {
        if (!stopped) log.error({ err, task: task.name }, `background task ${task.name} failed`);
        else
          log.info?.({ err, task: task.name }, `background task ${task.name} was cut short by the shutdown`);
      })
      .finally(() => {
        inFlight.delete(run);
        running.delete(task.name);
        if (stopped) return;
        const wait = again.delete(task.name) ? 0 : task.everyMs;
        const t = setTimeout(() => {
          timers.delete(task.name);
          loop(task);
        }, wait);
        t.unref();
        timers.set(task.name, t);
      });
    inFlight.add(run);
  };
  for (const t of tasks) loop(t);
  const byName = new Map(tasks.map((t) => [t.name, t]));
  return {
    trigger(name) {
      const task = byName.get(name);
      if (stopped || !task) return;
      // Runs never overlap: a task busy now runs again as soon as it is done.
      if (running.has(name)) {
        again.add(name);
        return;
      }
      const timer = timers.get(name);
      if (timer) clearTimeout(timer);
      timers.delete(name);
      loop(task);
    },
    async stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      await Promise.allSettled([...inFlight]);
    },
  };
}
