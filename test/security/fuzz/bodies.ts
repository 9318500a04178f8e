/** Request bodies for the fuzz: documented JSON (mutated), forms, and hostile bodies of every type. */
import sharp from 'sharp';
import type { RegisteredRoute } from '../../../src/app.ts';
import { roles } from '../../../src/domain/roles.ts';
import {
  encode,
  hostileString,
  hostileValue,
  mutate,
  rawSegments,
  sample,
  type Hints,
  type Random,
} from '../../utils/fuzz.ts';
import type { Spec } from './openapi.ts';
import { PASSWORD } from './target.ts';
import { short } from './verdict.ts';

/** Form field names the newsroom's pages read. */
const GENERIC_FORM = ['email', 'name', 'password', 'current', 'next', 'role', 'code', 'token', 'after', 'q'];

/** An 8×6 red PNG: a real image for uploads and image bodies. */
export async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 6, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
}

/** What a body is built from: the route, its documented spec, value hints, the CSRF token for forms. */
export interface BodyInput {
  route: RegisteredRoute;
  spec: Spec | undefined;
  hints: Hints;
  /** The request's headers; the body sets their content-type. */
  headers: Record<string, string>;
  /** The identity's CSRF token, or the before-sign-in one. */
  token: string;
  png: Buffer;
}

/** A form of the newsroom's field names with hostile values, and sometimes plausible ones. */
function formFields(rand: Random, token: string, plain: boolean): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of GENERIC_FORM) {
    if (rand.chance(0.6))
      fields[name] = rand.chance(0.2) ? rand.pick(rawSegments) : encode(hostileString(rand).slice(0, 70_000));
  }
  if (rand.chance(0.3))
    fields.email = encode(rand.pick(['victim@example.com', 'x@example.com', 'not-an-address']));
  if (rand.chance(0.3)) fields.password = encode(rand.pick(['a long enough password', PASSWORD]));
  if (rand.chance(0.3)) fields.role = rand.pick([...roles, 'boss']);
  if (plain || rand.chance(0.9)) fields._csrf = encode(token);
  return fields;
}

/** A body no handler expects: broken or huge JSON, wrong charsets, forms, multipart, XML, images. */
function hostileBody(rand: Random, token: string, png: Buffer): [string, string | Buffer] {
  const kinds: (() => [string, string | Buffer])[] = [
    () => ['application/json', JSON.stringify(hostileValue(rand))],
    () => [
      'application/json',
      rand.pick(['{"a":', '[', '{"a":1}}', 'nul', '{"__proto__":{"x":1}}', '\uFEFF{}', '']),
    ],
    () => [
      'application/json',
      Buffer.concat([Buffer.from('{"headline":"'), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from('"}')]),
    ],
    () => ['application/json; charset=utf-16le', Buffer.from('{"a":1}', 'utf16le')],
    () => ['application/json', JSON.stringify({ big: 'x'.repeat(1_100_000) })],
    () => ['text/plain', hostileString(rand)],
    () => [
      'application/x-www-form-urlencoded',
      `${rand.pick(rawSegments)}=${rand.pick(rawSegments)}&a[b]=1&a=2&a=3&_csrf=${encode(token)}`,
    ],
    () => ['application/x-www-form-urlencoded', `email=${'x'.repeat(70_000)}`],
    () => [
      'multipart/form-data; boundary=zz',
      '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--zz--',
    ],
    () => [
      'application/xml',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    ],
    () => [rand.pick(['image/png', 'image/jpeg', 'image/svg+xml']), png],
    () => ['image/png', Buffer.concat([png.subarray(0, 33), Buffer.alloc(64)])],
    () => ['image/png', Buffer.from(Array.from({ length: 256 }, () => rand.int(0, 255)))],
    () => ['image/png', Buffer.alloc(0)],
    () => ['', 'x=1'],
  ];
  return rand.pick(kinds)();
}

/**
 * The body of a request with one (not GET, DELETE or OPTIONS): the documented JSON with valid
 * values, mutated unless plain; else a form; else a hostile body. The upload takes the image.
 */
export function bodyFor(input: BodyInput, rand: Random, plain: boolean) {
  const { route, spec, hints, headers, token, png } = input;
  let payload: string | Buffer | undefined;
  let bodyNote = '';
  if (route.method === 'GET' || route.method === 'DELETE' || route.method === 'OPTIONS')
    return { payload, bodyNote };
  const r = plain ? 0 : rand.next();
  if (spec?.body && r < 0.7) {
    let value = sample(spec.body, rand, hints);
    for (let i = plain ? 0 : rand.int(0, 2); i > 0; i--) value = mutate(value, rand);
    payload = JSON.stringify(value);
    headers['content-type'] = 'application/json';
  } else if (!spec?.body && r < 0.6) {
    payload = Object.entries(formFields(rand, token, plain))
      .map(([k, v]) => `${encode(k)}=${v}`)
      .join('&');
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else {
    const [type, body] = hostileBody(rand, token, png);
    if (type) headers['content-type'] = type;
    payload = body;
  }
  // The upload takes the image itself as its body, which the document cannot describe as JSON.
  if (route.url === '/admin/api/media' && route.method === 'POST' && (plain || rand.chance(0.5))) {
    headers['content-type'] = 'image/png';
    payload = png;
  }
  bodyNote = short(
    typeof payload === 'string'
      ? `${headers['content-type'] ?? ''} ${payload}`
      : `${headers['content-type'] ?? ''} <${payload.length} bytes>`,
  );
  return { payload, bodyNote };
}
