import type { Block } from '../../domain/body.ts';

/** Made read-only all the way down: a remembered body is shared by every request that reads it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Parsed article bodies of reader pages and feeds, by their stored JSON: the same text gives the
 * very same (frozen) blocks, so what is derived from a body once (the URL policy's pass, its
 * HTML) can be remembered by the blocks' identity for as long as the text stays the same.
 * Keyed by the text itself, it is exact with no invalidation: an edit is a different key.
 * Bounded by estimated bytes, the least recently used dropped first.
 */
export class BodyMemo {
  private readonly bodies = new Map<string, Block[]>();
  private total = 0;

  /** `maxBytes` bounds the estimate: per body, its text as the key, the blocks and their HTML. */
  constructor(private readonly maxBytes = 16 * 1024 * 1024) {}

  /** Estimated bytes held, never above the bound. */
  get bytes(): number {
    return this.total;
  }

  /**
   * About what a body holds: its key (up to two bytes a character), the parsed blocks (about
   * twice the text) and the HTML remembered for them (about the text again, twice).
   */
  private static cost(json: string): number {
    return 6 * json.length;
  }

  parse(json: string): Block[] {
    const known = this.bodies.get(json);
    if (known) {
      this.bodies.delete(json);
      this.bodies.set(json, known);
      return known;
    }
    const body = deepFreeze(JSON.parse(json) as Block[]);
    const cost = BodyMemo.cost(json);
    if (cost > this.maxBytes) return body;
    while (this.total + cost > this.maxBytes) {
      const oldest = this.bodies.keys().next();
      if (oldest.done) break;
      this.bodies.delete(oldest.value);
      this.total -= BodyMemo.cost(oldest.value);
    }
    this.bodies.set(json, body);
    this.total += cost;
    return body;
  }
}
