import { describe, expect, it } from 'vitest';
import { MessageCatalogs } from '../lib/messages.ts';
import { actionWord, auditActions, auditFilter, resolveTargets, targetKind } from './audit-view.ts';
import { adminCatalogs, adminLanguages } from './messages/index.ts';

describe('the audit log in words', () => {
  const m = new MessageCatalogs(adminCatalogs);

  it('has words for every action the services log, in every newsroom language', () => {
    for (const lang of adminLanguages) {
      const t = m.translator(lang);
      const words = auditActions.map((a) => t('audit.action', { action: actionWord(a) }));
      // None falls back to its code, and no two actions read the same.
      for (const [i, w] of words.entries()) expect(w, `${lang} ${auditActions[i]}`).not.toContain('.');
      expect(new Set(words).size, lang).toBe(auditActions.length);
    }
  });

  it('reads a restored version as its family, and an unknown action as its code', () => {
    expect(actionWord('article.restored:3')).toBe('article_restored');
    const t = m.translator('en');
    expect(t('audit.action', { action: actionWord('article.restored:3') })).toBe(
      'Restored an earlier version',
    );
    expect(t('audit.action', { action: actionWord('webhook.fired') })).toBe('webhook.fired');
    expect(targetKind('analysis.approved')).toBe('article');
    expect(targetKind('two-factor.reset')).toBe('user');
    expect(targetKind('settings.changed')).toBe('other');
  });

  it('takes dates as whole days in the site’s time zone, `to` included', () => {
    const { filter } = auditFilter(
      { from: '2025-11-21', to: '2025-11-21', user: '', action: '' },
      'Asia/Baku',
    );
    expect(filter).toEqual({
      from: new Date('2025-11-20T20:00:00Z'),
      until: new Date('2025-11-21T20:00:00Z'),
    });
    expect(() => auditFilter({ from: '21.11.2025' }, 'UTC')).toThrow(/from: must be a date/);
    expect(() => auditFilter({ action: 'nonsense' }, 'UTC')).toThrow(/action/);
  });

  it('names articles by headline (the recorded one when the article is gone) and people by name', async () => {
    const targets = await resolveTargets(
      [
        { action: 'article.published', target: 'a1', details: null },
        { action: 'article.saved', target: 'gone', details: { headline: 'As it was' } },
        { action: 'user.role-changed', target: 'u1', details: null },
        { action: 'settings.changed', target: 'storyFacts', details: null },
        { action: 'signin', target: null, details: null },
      ],
      {
        article: (id) => Promise.resolve(id === 'a1' ? ({ id, headline: 'Bridge reopens' } as never) : null),
        userName: (id) => (id === 'u1' ? 'Rena' : undefined),
      },
    );
    expect(targets).toEqual([
      { kind: 'article', id: 'a1', headline: 'Bridge reopens', href: '/admin/articles/a1' },
      { kind: 'article', id: 'gone', headline: 'As it was', href: '/admin/articles/gone' },
      { kind: 'user', name: 'Rena' },
      { kind: 'text', text: 'storyFacts' },
      { kind: 'none' },
    ]);
  });
});
