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
}

/** Starts each task now and then every `everyMs`; `stop()` waits for runs in flight. */
export function startScheduler(tasks: Task[], log: JobLog): { stop(): Promise<void> } {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<unknown>>();
  const loop = (task: Task) => {
    if (stopped) return;
    // Called inside a promise, so a task that throws instead of rejecting is caught the same way.
    const run = Promise.resolve()
      .then(() => task.run())
      .catch((err: unknown) => log.error({ err, task: task.name }, `background task ${task.name} failed`))
      .finally(() => {
        inFlight.delete(run);
        if (stopped) return;
        const t = setTimeout(() => {
          timers.delete(t);
          loop(task);
        }, task.everyMs);
        t.unref();
        timers.add(t);
      });
    inFlight.add(run);
  };
  for (const t of tasks) loop(t);
  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.allSettled([...inFlight]);
    },
  };
}
