import type { ArticleWriter } from '../services/articles/article-writer.ts';
import type { AnalysisService } from '../services/analysis/analysis.service.ts';
import type { EventDispatcher } from '../services/events/event-dispatcher.ts';
import type { MediaService } from '../services/media/media.service.ts';
import type { WebhookService } from '../services/webhooks/webhook.service.ts';
import type { WirePoller } from '../services/wire/wire-poller.ts';
import type { Task } from './scheduler.ts';

/** The services the background tasks drive (the container's). */
export interface TaskServices {
  events: Pick<EventDispatcher, 'dispatchPending'>;
  webhooks: Pick<WebhookService, 'deliverDue'>;
  writer: Pick<ArticleWriter, 'publishDue' | 'endExpiredBreaking'>;
  analysis: Pick<AnalysisService, 'analyzeMissing'>;
  media: Pick<MediaService, 'sweep'>;
  wirePoller: Pick<WirePoller, 'pollDue'>;
}

/**
 * Everything the server does in the background, in one list. Every task keeps its state in the
 * database and claims rows with time-limited locks, so several instances can run it side by side
 * and a restart picks up where a dead process left off.
 */
export function backgroundTasks(s: TaskServices): Task[] {
  return [
    // Runs first and replays whatever the outbox holds: nothing is lost when a process dies
    // mid-publish. The one place that purges cached pages and queues webhooks.
    { name: 'outbox', everyMs: 1_000, run: () => s.events.dispatchPending() },
    // Stored webhook deliveries are sent, signed, and retried with backoff.
    { name: 'webhook-deliveries', everyMs: 5_000, run: () => s.webhooks.deliverDue() },
    // Scheduled articles go out on time, also after a restart: the schedule lives in the database.
    { name: 'scheduled-publish', everyMs: 5_000, run: () => s.writer.publishDue() },
    // Breaking news ends on time: the strip and badges drop it and cached pages are purged.
    { name: 'breaking-expiry', everyMs: 15_000, run: () => s.writer.endExpiredBreaking() },
    // A safety net for readings that failed after publish (the outbox refreshes them first).
    { name: 'analysis-backfill', everyMs: 30_000, run: () => s.analysis.analyzeMissing() },
    // At start and hourly: leftovers of uploads and drawings interrupted over an hour ago go.
    { name: 'media-sweep', everyMs: 3_600_000, run: () => s.media.sweep() },
    // Wire sources whose poll is due (each has its own interval and back-off in the database).
    { name: 'wire-poll', everyMs: 15_000, run: () => s.wirePoller.pollDue() },
  ];
}
