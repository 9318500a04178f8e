import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.ts';

function setup() {
  const clock = { t: 1_000 };
  const events: string[] = [];
  const breaker = new CircuitBreaker({
    failures: 3,
    cooldownMs: 5_000,
    now: () => clock.t,
    onOpen: () => events.push('open'),
    onClose: () => events.push('close'),
  });
  const calls = { primary: 0 };
  const dependency = { up: true };
  const call = () =>
    breaker.call(
      async () => {
        calls.primary++;
        if (!dependency.up) throw new Error('away');
        return 'shared';
      },
      async () => 'local',
    );
  return { clock, events, breaker, calls, dependency, call };
}

describe('CircuitBreaker', () => {
  it('passes calls through while the dependency answers', async () => {
    const { call, calls, breaker } = setup();
    expect([await call(), await call()]).toEqual(['shared', 'shared']);
    expect(calls.primary).toBe(2);
    expect(breaker.state).toBe('closed');
  });

  it('falls back on each failure, and opens after the set number in a row', async () => {
    const { call, calls, breaker, dependency, events } = setup();
    dependency.up = false;
    expect(await call()).toBe('local');
    expect(await call()).toBe('local');
    expect(breaker.state).toBe('closed');
    expect(await call()).toBe('local');
    expect(breaker.state).toBe('open');
    expect(events).toEqual(['open']);
    // Open: the dependency is not asked at all.
    for (let i = 0; i < 10; i++) expect(await call()).toBe('local');
    expect(calls.primary).toBe(3);
  });

  it('a success between failures starts the count again', async () => {
    const { call, breaker, dependency } = setup();
    for (const up of [false, false, true, false, false]) {
      dependency.up = up;
      await call();
    }
    expect(breaker.state).toBe('closed');
  });

  it('after the cooldown lets one probe through; a failed probe opens it for another cooldown', async () => {
    const { call, calls, breaker, dependency, clock, events } = setup();
    dependency.up = false;
    for (let i = 0; i < 3; i++) await call();
    clock.t += 4_999;
    await call();
    expect(calls.primary).toBe(3);
    clock.t += 1;
    expect(await call()).toBe('local'); // the probe, failed
    expect(calls.primary).toBe(4);
    expect(breaker.state).toBe('open');
    clock.t += 4_999;
    await call();
    expect(calls.primary).toBe(4);
    expect(events).toEqual(['open']); // reopening after a probe is not news
  });

  it('recovers when a probe succeeds, and says so', async () => {
    const { call, calls, breaker, dependency, clock, events } = setup();
    dependency.up = false;
    for (let i = 0; i < 3; i++) await call();
    dependency.up = true;
    expect(await call()).toBe('local');
    clock.t += 5_000;
    expect(await call()).toBe('shared');
    expect(breaker.state).toBe('closed');
    expect(events).toEqual(['open', 'close']);
    expect(await call()).toBe('shared');
    expect(calls.primary).toBe(5);
  });

  it('while a probe is out, other calls fall back; a probe that never settles does not block recovery', async () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i++) breaker.failed();
    clock.t += 5_000;
    expect(breaker.tryAcquire()).toBe(true); // the probe (it hangs: nothing reports back)
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(false);
    clock.t += 4_999;
    expect(breaker.tryAcquire()).toBe(false);
    clock.t += 1;
    expect(breaker.tryAcquire()).toBe(true); // a new probe
    breaker.succeeded();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
  });
});
