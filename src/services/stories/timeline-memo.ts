import { itemAt } from '../../analysis/item-at.ts';
import { AppError } from '../../domain/errors.ts';
import { mergeTimeline, type Merged, type TimelineInput } from '../../analysis/timeline.ts';

/** A merge as positions in the list it was made from: which entry leads, which entries it holds. */
type Shape = { lead: number; entries: number[] }[];

/**
 * `mergeTimeline` remembered by exactly what it reads — each entry's source, publication time,
 * date and description, in order — so a story's timeline is merged once per set of readings
 * instead of on every article page (it compares every entry's words with every other's). Keyed
 * by the inputs themselves, it needs no invalidation: a changed reading is another key. The
 * answer is rebuilt from the caller's own entries, so what they carry (the article) is current.
 * Bounded by the keys' size, the least recently used dropped first.
 */
export class TimelineMemo {
  private readonly known = new Map<string, Shape>();
  private total = 0;

  constructor(private readonly maxChars = 2 * 1024 * 1024) {}

  /** Characters of keys held, never above the bound. */
  get chars(): number {
    return this.total;
  }

  merge<T extends TimelineInput>(entries: readonly T[]): Merged<T>[] {
    const key = JSON.stringify(entries.map((e) => [e.source, e.publishedAt, e.iso, e.description]));
    let shape = this.known.get(key);
    if (shape) {
      this.known.delete(key);
      this.known.set(key, shape);
    } else {
      const at = new Map<T, number>(entries.map((e, i) => [e, i]));
      const position = (e: T): number => {
        const i = at.get(e);
        if (i === undefined)
          throw new AppError('INTERNAL', 'mergeTimeline answered with an entry it was not given');
        return i;
      };
      shape = mergeTimeline(entries).map((m) => ({
        lead: position(m.lead),
        entries: m.entries.map(position),
      }));
      this.remember(key, shape);
    }
    return shape.map((s) => ({
      lead: itemAt(entries, s.lead),
      entries: s.entries.map((i) => itemAt(entries, i)),
    }));
  }

  private remember(key: string, shape: Shape): void {
    if (key.length > this.maxChars) return;
    while (this.total + key.length > this.maxChars) {
      const oldest = this.known.keys().next();
      if (oldest.done) break;
      this.known.delete(oldest.value);
      this.total -= oldest.value.length;
    }
    this.known.set(key, shape);
    this.total += key.length;
  }
}
