import { randomUUID } from 'node:crypto';

/** Effects every service may need, injected so tests can fix time and ids. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
export type IdGenerator = () => string;
export const uuid: IdGenerator = () => randomUUID();
