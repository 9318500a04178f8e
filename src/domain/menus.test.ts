import { describe, expect, it } from 'vitest';
import { menuItemSchema, menuLinks, type MenuItem } from './menus.ts';

const sections = [
  { slug: 'world', name: 'Мир' },
  { slug: 'economy', name: 'Экономика' },
];
const href = (slug: string) => `/ru/${slug}/`;

describe('menus', () => {
  it('are the sections when none is set', () => {
    expect(menuLinks(null, sections, 'ru', 'en', href)).toEqual([
      { label: 'Мир', href: '/ru/world/', section: 'world' },
      { label: 'Экономика', href: '/ru/economy/', section: 'economy' },
    ]);
  });

  it('keep the set order, name sections in the language, fall back to the default label, skip a gone section', () => {
    const items: MenuItem[] = [
      { type: 'link', labels: { en: 'Live' }, url: 'https://example.org/live' },
      { type: 'section', section: 'economy' },
      { type: 'section', section: 'removed' },
      { type: 'link', labels: { en: 'About', ru: 'О нас' }, url: '/ru/about' },
    ];
    expect(menuLinks(items, sections, 'ru', 'en', href)).toEqual([
      { label: 'Live', href: 'https://example.org/live' },
      { label: 'Экономика', href: '/ru/economy/', section: 'economy' },
      { label: 'О нас', href: '/ru/about' },
    ]);
  });

  it('take http(s) and site paths only, and drop empty labels', () => {
    const link = (url: string) =>
      menuItemSchema.safeParse({ type: 'link', labels: { en: 'X', ru: ' ' }, url });
    for (const ok of ['https://example.org/a?b=c', 'http://example.org', '/en/latest/'])
      expect(link(ok).success).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      '//evil.example',
      'ftp://x.example',
      'example.org',
      '/a b',
      'https://',
    ])
      expect(link(bad).success, bad).toBe(false);
    expect(link('/x').data).toEqual({ type: 'link', labels: { en: 'X' }, url: '/x' });
  });
});
