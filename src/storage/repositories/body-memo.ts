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
 * Parsed article bodies of the reader's page, by their stored JSON: the same text gives the
 * very same (frozen) blocks, so what is derived from a body once (the URL policy's pass, its
 * HTML) can be remembered by the blocks' identity for as long as the text stays the same.
 * Keyed by the text itself, it is exact with no invalidation: an edit is a different key.
 * Bounded, the least recently used dropped first.
 */
export class BodyMemo {
  private readonly bodies = new Map<string, Block[]>();

  constructor(private readonly maxEntries = 256) {}

  parse(json: string): Block[] {
    const known = this.bodies.get(json);
    if (known) {
      this.bodies.delete(json);
      this.bodies.set(json, known);
      return known;
    }
    const body = deepFreeze(JSON.parse(json) as Block[]);
    if (this.bodies.size >= this.maxEntries) {
      const oldest = this.bodies.keys().next();
      if (!oldest.done) this.bodies.delete(oldest.value);
    }
    this.bodies.set(json, body);
    return body;
  }
}
