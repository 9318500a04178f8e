import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { switchTarget } from './language.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { errorAnswer } from '../../../test/utils/error-answer.ts';

/** `to` values as they arrive in the query string (already percent-encoded where needed). */
const odd = [
  '%00',
  '%ZZ',
  '/en/%00',
  '/en/%ZZ',
  '/en/%0d%0aSet-Cookie:%20x=1',
  '/en/%ED%A0%80', // a lone surrogate, as UTF-8
  '/en/%F0%9F%98', // a truncated character
  '/en/%C0%AF',
  '/en/%E2%80%A8',
  '/en/%1F%7F',
  '/en/%3Cscript%3E%22',
  `/en/${'a'.repeat(100_000)}`,
  '/en/a&to=/en/b',
  '/en/..%2F..%2Fadmin',
  '/en/../../admin',
  '/en/%5C%5Cevil.example',
];

describe.each(dialects)('the language switcher with odd targets on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('never answers 500: a safe redirect inside the language, or its front page', async () => {
    for (const to of odd) {
      const res = await app.server.inject({ method: 'GET', url: `/lang/en?to=${to}` });
      // NUL, bytes that are not UTF-8 and lone surrogates are refused before any route runs.
      if (res.statusCode === 400) {
        expect(errorAnswer.parse(res.json()).error.issues?.[0]?.field, to.slice(0, 40)).toBe('to');
        continue;
      }
      expect(res.statusCode, to.slice(0, 40)).toBe(302);
      const location = String(res.headers.location);
      // A path on this site in that language (so never "//host"), with nothing a header can't carry.
      expect(location, to.slice(0, 40)).toMatch(/^\/en\/[\x21-\x7e]*$/);
    }
  });

  it('keeps a good target as it is, percent-encoding what a header cannot carry', async () => {
    const go = async (to: string) =>
      (await app.server.inject({ method: 'GET', url: `/lang/en?to=${encodeURIComponent(to)}` })).headers
        .location;
    expect(await go('/en/world/story?page=2#comments')).toBe('/en/world/story?page=2#comments');
    expect(await go('/en/search?q=Bakı xəbərləri')).toBe('/en/search?q=Bak%C4%B1%20x%C9%99b%C9%99rl%C9%99ri');
    expect(await go('https://evil.example/en/')).toBe('/en/');
  });
});

describe('switchTarget', () => {
  it('keeps targets inside the language and refuses the rest', () => {
    expect(switchTarget('en', '/en/a b')).toBe('/en/a%20b');
    expect(switchTarget('en', '/en/\u0000x')).toBe('/en/%00x');
    expect(switchTarget('en', '/en/\ud800')).toBe('/en/%EF%BF%BD');
    expect(switchTarget('en', '/en/../ru/')).toBeNull();
    expect(switchTarget('en', '/ru/')).toBeNull();
    expect(switchTarget('en', ['/en/a', '/en/b'])).toBeNull();
    expect(switchTarget('en', `/en/${'a'.repeat(2000)}`)).toBeNull();
  });
});
