import type { ServerResponse } from 'node:http';
import type { LiveListener, LiveNews, LiveNotice } from '../../services/live/live-news.ts';

/** Turns a notice into the SSE frame readers of that article get (null: nothing to send). */
export type FrameRenderer = (notice: LiveNotice) => Promise<string | null>;

export interface LiveStreamLimits {
  /** Open streams this instance holds at most (LIVE_MAX_STREAMS); more are refused with 503. */
  maxStreams: number;
  /** A comment line this often keeps proxies from closing idle streams. */
  heartbeatMs: number;
  /** A reader this far behind (bytes queued) is dropped; its browser reconnects and catches up. */
  maxQueuedBytes: number;
}

interface Room {
  readers: Set<ServerResponse>;
  stop: () => void;
}

/**
 * This instance's Server-Sent Event streams of open live blogs. One listener per article on
 * LiveNews, however many readers it has; a change is rendered once and written to each. Bounded:
 * a cap on streams, slow readers dropped, heartbeats, and every stream ended on shutdown.
 */
export class LiveStreams {
  private readonly rooms = new Map<string, Room>();
  private count = 0;
  private readonly heartbeat: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly news: LiveNews,
    private readonly render: FrameRenderer,
    private readonly limits: LiveStreamLimits,
    private readonly onError: (err: unknown) => void = () => {},
  ) {
    this.heartbeat = setInterval(() => this.broadcastAll(': heartbeat\n\n'), limits.heartbeatMs);
    this.heartbeat.unref();
  }

  get open(): number {
    return this.count;
  }

  /** Whether another stream may open now. */
  hasRoom(): boolean {
    return !this.closed && this.count < this.limits.maxStreams;
  }

  /** Keeps `res` (headers already sent) as a reader of the article until it closes. */
  join(articleId: string, res: ServerResponse): void {
    let room = this.rooms.get(articleId);
    if (!room) {
      const listener: LiveListener = (notice) => void this.deliver(notice);
      room = { readers: new Set(), stop: this.news.listen(articleId, listener) };
      this.rooms.set(articleId, room);
    }
    const joined = room;
    joined.readers.add(res);
    this.count++;
    res.on('close', () => {
      if (!joined.readers.delete(res)) return;
      this.count--;
      if (joined.readers.size === 0) {
        joined.stop();
        this.rooms.delete(articleId);
      }
    });
  }

  /** Ends every stream (shutdown): browsers reconnect to another instance. */
  close(): void {
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const room of this.rooms.values()) for (const res of room.readers) res.end();
  }

  private async deliver(notice: LiveNotice): Promise<void> {
    const room = this.rooms.get(notice.articleId);
    if (!room) return;
    let frame: string | null;
    try {
      frame = await this.render(notice);
    } catch (err) {
      this.onError(err);
      return;
    }
    if (frame) for (const res of room.readers) this.write(res, frame);
  }

  private broadcastAll(frame: string): void {
    for (const room of this.rooms.values()) for (const res of room.readers) this.write(res, frame);
  }

  private write(res: ServerResponse, frame: string): void {
    if (res.writableLength > this.limits.maxQueuedBytes) {
      res.destroy();
      return;
    }
    res.write(frame);
  }
}
