/**
 * The pieces of the fuzz suite (test/security/fuzz.test.ts): a seeded random source, hostile
 * values (odd Unicode, NUL, huge strings, wrong types, deep nesting, bad numbers), values that
 * fit a JSON Schema (from the OpenAPI documents), mutations of them, and URL encoding that can
 * also produce malformed escapes on purpose.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same requests. */
export class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A child generator, so one part's draws do not shift another's. */
  fork(): Random {
    return new Random(Math.floor(this.next() * 2 ** 32));
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** Reads FUZZ_SEED (a decimal or 0x hex integer), or the fixed default. */
export function fuzzSeed(fallback: number, env = process.env.FUZZ_SEED): number {
  if (env === undefined || env === '') return fallback;
  const n = Number(env);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`FUZZ_SEED must be a non-negative integer, got "${env}"`);
  return n >>> 0;
}

const RTL = ['\u202E', '\u200F', '\u202B', '\u2067', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** Strings that have broken text handling somewhere: each a small, named idea. */
export const oddStrings: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(20),
  '\u0001\u0007\u001B[31m\u007F',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF',
  '\uFFFE\uFFFF',
  '\u202Eevil\u202C.txt',
  'שלום עולם \u200F',
  'مرحبا\u061Cبالعالم',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z\u0351\u0360\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F\u031E\u0320\u034DA\u036B\u0357\u0334\u0362\u0335\u031C\u0330\u0354',
  '👩🏽‍🚀👨‍👩‍👧‍👦🏳️‍🌈',
  '🇦🇿🇷🇺',
  'İıƏəŞşĞğÇçÖöÜü Azərbaycan',
  'ƏLİYEV İLHAM',
  'Москва ёЁ Щщ Ъъ',
  'Й', // precomposed
  'И\u0306', // decomposed
  'ﬁ ﬀ ß ẞ Σσς',
  '𝕳𝖊𝖆𝖉𝖑𝖎𝖓𝖊',
  '\u00A0\u2028\u2029\u3000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]><!--',
  '&amp;&#0;&#x110000;&bogus;',
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  '%s%n%x%d',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '..\\..\\windows',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'file:///etc/passwd',
  '//evil.example/x',
  'http://[::1]:0/',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e999',
  '9'.repeat(400),
  'AND OR NOT NEAR " * ( ) : ^ - +',
  '"unterminated',
  '*'.repeat(50),
  '\\',
  '\r\nSet-Cookie: x=y',
];

/** A string of odd characters of about `length` UTF-16 units, built from the lists above. */
export function oddText(rand: Random, length: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const s = rand.chance(0.3)
      ? rand.pick([...RTL, ...ZERO_WIDTH])
      : rand.chance(0.5)
        ? rand.pick(oddStrings)
        : rand.pick(['word', 'Söz', 'слово', ' ', '\n', '-', '"', '«»', '„“']);
    parts.push(s);
    n += s.length || 1;
  }
  return parts.join('').slice(0, length);
}

/** A string value for a text field: usually odd, sometimes huge. */
export function hostileString(rand: Random): string {
  const r = rand.next();
  if (r < 0.55) return rand.pick(oddStrings);
  if (r < 0.8) return oddText(rand, rand.int(5, 300));
  if (r < 0.9)
    return rand.pick(['x', 'ə', '😀', '\u0000', 'a b ']).repeat(rand.pick([1_000, 20_000, 100_000]));
  // Just over the common limits (80, 200, 300, 2000 characters).
  return 'y'.repeat(rand.pick([81, 201, 301, 601, 2001, 64 * 1024]));
}

/** A valid value made hostile: odd text before, inside or after it (so prefix checks still pass). */
export function spoil(value: string, rand: Random): string {
  const bad = rand.chance(0.5) ? rand.pick(oddStrings) : hostileString(rand);
  const r = rand.next();
  if (r < 0.5) return `${value}${bad}`;
  if (r < 0.7) return `${bad}${value}`;
  const at = rand.int(0, value.length);
  return `${value.slice(0, at)}${bad}${value.slice(at)}`;
}

/** Nesting deep enough to hurt recursive code (and still parse as JSON). */
export function deeplyNested(rand: Random): unknown {
  const depth = rand.pick([64, 1_000, 2_500]);
  let v: unknown = rand.pick([1, 'x', null]);
  for (let i = 0; i < depth; i++) v = rand.chance(0.5) ? [v] : { a: v };
  return v;
}

/** Numbers that are not the ones a field expects. */
export const oddNumbers: readonly number[] = [
  0,
  -1,
  -0,
  1.5,
  -2147483649,
  2147483648,
  4294967296,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e21,
  1e308,
  -1e308,
  5e-324,
];

/** A value of any JSON type, biased to the troublesome ones. */
export function hostileValue(rand: Random): unknown {
  const r = rand.next();
  if (r < 0.35) return hostileString(rand);
  if (r < 0.5) return rand.pick(oddNumbers);
  if (r < 0.57) return rand.pick([true, false, null]);
  if (r < 0.67) return [hostileString(rand), rand.pick(oddNumbers)];
  if (r < 0.75)
    return {
      [rand.pick(['__proto__', 'constructor', 'toString', 'x'.repeat(500), ''])]: hostileString(rand),
    };
  if (r < 0.82) return Array.from({ length: rand.pick([1_000, 50_000]) }, (_v, i) => i);
  if (r < 0.9) return deeplyNested(rand);
  return rand.chance(0.5) ? [] : {};
}

/** A JSON Schema, as the OpenAPI documents give it (the parts the suite reads). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** Values that fit a field by its name (where a schema alone cannot say: a section that exists). */
export type Hints = (name: string, rand: Random) => unknown;

/**
 * A value that fits the schema (so the request gets past validation to the code behind it),
 * using `hints` for fields whose valid values depend on the site's data.
 */
export function sample(schema: JsonSchema, rand: Random, hints: Hints, name = ''): unknown {
  const hinted = name ? hints(name, rand) : undefined;
  if (hinted !== undefined) return hinted;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return rand.pick(schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) {
    const nonNull = alternatives.filter((a) => a.type !== 'null');
    return sample(rand.pick(nonNull.length && rand.chance(0.85) ? nonNull : alternatives), rand, hints, name);
  }
  if (schema.allOf?.length) return sample(schema.allOf[0]!, rand, hints, name);
  const type = Array.isArray(schema.type) ? rand.pick(schema.type) : schema.type;
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return rand.chance(0.5);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      const max = Math.min(schema.maximum ?? min + 100, min + 100);
      return type === 'integer' ? rand.int(min, max) : min + rand.next() * (max - min);
    }
    case 'string':
      return sampleString(schema, rand);
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, rand.int(0, Math.min(3, schema.maxItems ?? 3)));
      return Array.from({ length: n }, () => sample(schema.items ?? {}, rand, hints));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, s] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || rand.chance(0.6)) out[key] = sample(s, rand, hints, key);
      }
      return out;
    }
    default:
      // No type: anything goes (z.unknown()); send something shaped like an object.
      return rand.chance(0.5) ? { kind: hostileString(rand) } : hostileValue(rand);
  }
}

function sampleString(schema: JsonSchema, rand: Random): string {
  if (schema.format === 'uuid' || schema.pattern?.includes('[0-9a-fA-F]{8}')) return uuidFrom(rand);
  if (schema.format === 'uri')
    return rand.pick(['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://x.com/a/status/1']);
  if (schema.format === 'date-time') return '2030-01-01T10:00:00Z';
  if (schema.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return `fuzz-${rand.int(1, 99999)}`;
  if (schema.pattern?.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return '2025-11-21';
  if (schema.pattern?.startsWith('^[a-z]{2,3}')) return 'en';
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 40;
  const text = rand.pick(['Fuzz text', 'Sınaq mətni', 'Проверка', 'Plain words here']);
  return text.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, text.length)));
}

export function uuidFrom(rand: Random): string {
  const hex = () => rand.int(0, 15).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${rand.pick(['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
}

/** Every place in a JSON value (as a key path). */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (prefix.length > 12) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** Array.isArray that says `unknown[]`, not `any[]`: the elements of fuzzed JSON are unknown. */
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

/** `root` with the value at `path` replaced by `make(old)`; `make` answers REMOVE to delete it. */
function setAt(root: unknown, path: (string | number)[], make: (old: unknown) => unknown): unknown {
  if (!path.length) {
    const v = make(root);
    return v === REMOVE ? {} : v;
  }
  const [head = '', ...rest] = path; // not empty: checked above
  const copy = (isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  const next = setAt(copy[head], rest, make);
  // Deleting a field by its name is this mutation's point (in an array it leaves a hole).
  if (next === REMOVE) Reflect.deleteProperty(copy, head);
  else copy[head] = next;
  return copy;
}
const REMOVE = Symbol('remove');

/**
 * One mutation of a value: an odd string where text is, a wrong type, a bad number, an array
 * for an object (or the reverse), an unknown or a missing field, deep nesting.
 */
export function mutate(value: unknown, rand: Random): unknown {
  const paths = pathsOf(value);
  const path = rand.pick(paths);
  return setAt(value, path, (old) => {
    const r = rand.next();
    if (typeof old === 'string') {
      if (r < 0.4) return hostileString(rand);
      if (r < 0.6) return spoil(old, rand);
      if (r < 0.8) return hostileValue(rand);
      return REMOVE;
    }
    if (typeof old === 'number') {
      if (r < 0.6) return rand.pick(oddNumbers);
      if (r < 0.8) return rand.pick([String(old), `${old}x`, hostileString(rand)]);
      return hostileValue(rand);
    }
    if (isArray(old)) {
      if (r < 0.3) return { 0: old[0] ?? null };
      if (r < 0.5) return [...old, ...old, hostileValue(rand)];
      if (r < 0.65) return Array.from({ length: rand.pick([31, 1000]) }, () => old[0] ?? 'x');
      return hostileValue(rand);
    }
    if (old && typeof old === 'object') {
      if (r < 0.25) return [old];
      if (r < 0.45)
        return {
          ...old,
          [rand.pick(['__proto__', 'constructor', 'unknownField', '', 'x'.repeat(300)])]: hostileValue(rand),
        };
      if (r < 0.6) {
        const keys = Object.keys(old);
        if (keys.length) {
          const { [rand.pick(keys)]: _gone, ...rest } = old as Record<string, unknown>;
          return rest;
        }
      }
      return hostileValue(rand);
    }
    return hostileValue(rand);
  });
}

/** Percent-encodes the UTF-8 of a string (a lone surrogate becomes U+FFFD, as a browser sends it). */
export function encode(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      (b >= 0x30 && b <= 0x39) ||
      (b >= 0x41 && b <= 0x5a) ||
      (b >= 0x61 && b <= 0x7a) ||
      [0x2d, 0x2e, 0x5f, 0x7e].includes(b)
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Path segments and query values as they appear on the wire, several of them malformed on purpose. */
export const rawSegments: readonly string[] = [
  '%00',
  'a%00b',
  '%ZZ',
  '%',
  '%E0%A4%A',
  '..',
  '.',
  '%2e%2e',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2F',
  '%5C..%5C',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%F0%9F%98%80',
  '%E2%80%AE',
  '%0D%0ALocation:%20x',
  '-1',
  '0',
  '99999999999999999999',
  '1e309',
  'NaN',
  'null',
  '__proto__',
  'constructor',
  '%20',
  '+',
  'x'.repeat(255),
  'x'.repeat(300),
  'ə'.repeat(200),
  'x'.repeat(5000),
];

/** A path segment: a wire-format oddity, or an odd string encoded. */
export function hostileSegment(rand: Random): string {
  return rand.chance(0.6) ? rand.pick(rawSegments) : encode(hostileString(rand).slice(0, 3000)) || '%20';
}
