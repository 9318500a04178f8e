import { describe, expect, it } from 'vitest';
import { backgroundTasks, type TaskServices } from './tasks.ts';

describe('backgroundTasks', () => {
  const calls: string[] = [];
  const services: TaskServices = {
    events: { dispatchPending: async () => (calls.push('events.dispatchPending'), 0) },
    webhooks: {
      deliverDue: async () => (calls.push('webhooks.deliverDue'), { delivered: 0, failed: 0 }),
    },
    writer: {
      publishDue: async () => (calls.push('writer.publishDue'), 0),
      endExpiredBreaking: async () => (calls.push('writer.endExpiredBreaking'), 0),
    },
    analysis: { analyzeMissing: async () => (calls.push('analysis.analyzeMissing'), 0) },
    media: { sweep: async () => void calls.push('media.sweep') },
    wirePoller: { pollDue: async () => (calls.push('wirePoller.pollDue'), []) },
  };

  it('holds each task once, with its interval, the outbox first', () => {
    const tasks = backgroundTasks(services);
    expect(tasks.map((t) => [t.name, t.everyMs])).toEqual([
      ['outbox', 1_000],
      ['webhook-deliveries', 5_000],
      ['scheduled-publish', 5_000],
      ['breaking-expiry', 15_000],
      ['analysis-backfill', 30_000],
      ['media-sweep', 3_600_000],
      ['wire-poll', 15_000],
    ]);
    expect(new Set(tasks.map((t) => t.name)).size).toBe(tasks.length);
  });

  it('runs each task against its own service', async () => {
    calls.length = 0;
    for (const t of backgroundTasks(services)) await t.run();
    expect(calls).toEqual([
      'events.dispatchPending',
      'webhooks.deliverDue',
      'writer.publishDue',
      'writer.endExpiredBreaking',
      'analysis.analyzeMissing',
      'media.sweep',
      'wirePoller.pollDue',
    ]);
  });
});
