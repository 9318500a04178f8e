import pLimit, { type LimitFunction } from 'p-limit';
import { RateLimitedError } from '../../domain/errors.ts';

export interface ImageWorkOptions {
  /** Images processed at once (sharp's own threads do each one's pixels). */
  concurrency: number;
  /** Uploads admitted at once, server-wide: being received, waiting or processed. */
  maxInProgress: number;
}

/** What an upload refused for now is told to wait, in seconds. */
const RETRY_AFTER_SECONDS = 5;

/**
 * How much image work one process takes on: each account one upload at a time, at most
 * `maxInProgress` uploads admitted in all (so at most that many bodies are held in memory), and
 * the decoding and encoding of at most `concurrency` images at once, the others waiting their
 * turn. A second upload by the same account, or one over the limit, is refused with
 * RATE_LIMITED before its body is read.
 */
export class ImageWork {
  private readonly uploading = new Set<string>();
  private readonly queue: LimitFunction;

  constructor(private readonly options: ImageWorkOptions) {
    this.queue = pLimit(options.concurrency);
  }

  /** Admits one upload by `account`, or refuses it; call the returned function when it is over. */
  admit(account: string): () => void {
    if (this.uploading.has(account))
      throw new RateLimitedError(
        'An image of yours is still being uploaded or processed; send the next one when it is done.',
        RETRY_AFTER_SECONDS,
      );
    if (this.uploading.size >= this.options.maxInProgress)
      throw new RateLimitedError(
        'The server is busy with other images; try again shortly.',
        RETRY_AFTER_SECONDS,
      );
    this.uploading.add(account);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.uploading.delete(account);
    };
  }

  /** Runs image work when its turn comes. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return this.queue(work);
  }
}
