import { describe, expect, it } from 'vitest';
import { pageKey } from './page-key.ts';
import { PageStore, pathOfKey, type StoredPage } from './page-store.ts';

const page = (bytes: number): StoredPage => ({
  body: Buffer.alloc(bytes, 'x'),
  headers: { 'content-type': 'text/html' },
  hitHeaders: { 'content-type': 'text/html', 'x-cache': 'hit' },
  etag: '"e"',
  storedAt: 0,
});

describe('PageStore', () => {
  it('never holds more than its byte budget, dropping the least recently used first', () => {
    const store = new PageStore(3_000);
    store.set('/a', page(900));
    store.set('/b', page(900));
    store.get('/a'); // /b is now the least recently used
    store.set('/c', page(900));
    expect(store.bytes).toBeLessThanOrEqual(3_000);
    expect(store.get('/b')).toBeUndefined();
    expect(store.get('/a')).toBeDefined();
    expect(store.get('/c')).toBeDefined();
  });

  it('refuses a page larger than the whole budget and keeps what it had', () => {
    const store = new PageStore(2_000);
    store.set('/a', page(500));
    store.set('/huge', page(5_000));
    expect(store.get('/huge')).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('counts a replaced page once', () => {
    const store = new PageStore(10_000);
    store.set('/a', page(1_000));
    const once = store.bytes;
    store.set('/a', page(1_000));
    expect(store.bytes).toBe(once);
    expect(store.size).toBe(1);
  });

  it('drops every page-number variant of a purged path and nothing else', () => {
    const store = new PageStore(100_000);
    for (const key of ['/en/economy/', '/en/economy/?page=2', '/en/economy/?page=3', '/en/world/'])
      store.set(key, page(10));
    expect(store.dropPaths(['/en/economy/', '/en/nothing/'])).toBe(3);
    expect(store.size).toBe(1);
    expect(store.get('/en/world/')).toBeDefined();
    store.clear();
    expect([store.size, store.bytes]).toEqual([0, 0]);
  });

  it('names the path of a key', () => {
    expect(pathOfKey('/en/economy/?page=2')).toBe('/en/economy/');
    expect(pathOfKey('/en/economy/')).toBe('/en/economy/');
  });
});

describe('pageKey', () => {
  it('keeps the address and the page number, and nothing else of the query', () => {
    expect(pageKey('/en/economy/')).toBe('/en/economy/');
    expect(pageKey('/en/economy/?page=2&utm_source=mail')).toBe('/en/economy/?page=2');
    expect(pageKey('/en/economy/?page=1')).toBe('/en/economy/');
    expect(pageKey('/en/economy/?fbclid=abc')).toBe('/en/economy/');
  });

  it('names one page one way: decoded, repeated slashes folded', () => {
    expect(pageKey('/en/%65conomy/')).toBe('/en/economy/');
    expect(pageKey('//en//economy/')).toBe('/en/economy/');
  });

  it('has no key for what is never a cached page', () => {
    expect(pageKey('/en/economy/?page=0')).toBeNull();
    expect(pageKey('/en/economy/?page=2&page=3')).toBeNull();
    expect(pageKey('/en/economy/?page=x')).toBeNull();
    expect(pageKey('/en/%E0%A4%A/')).toBeNull();
  });
});
