import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(dialects)('the editor’s view of story intelligence on %s', (dialect) => {
  let app: TestApp;
  const sessions: Record<string, { cookie: string; 'x-csrf-token': string }> = {};
  const call = async (who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) => {
    const res = await app.server.inject({
      method,
      url,
      headers: sessions[who]!,
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
    return { status: res.statusCode, json: res.json() };
  };

  beforeAll(async () => {
    app = await createTestApp(dialect);
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    for (const role of ['contributor', 'editor'] as const) {
      await app.container.accounts.createUser(
        { email: `${role}@example.com`, name: role, role, password: PASSWORD },
        null,
      );
      const s = await app.container.accounts.signIn(`${role}@example.com`, PASSWORD);
      sessions[role] = { cookie: `nd_session=${s.token}`, 'x-csrf-token': s.csrf };
    }
  });
  afterAll(async () => app?.dispose());

  it('shows a draft’s reading and lets an editor correct it; corrections win and can be withdrawn', async () => {
    const draft = (
      await call('contributor', 'POST', '/admin/api/articles', {
        language: 'en',
        headline: 'Minister visits Ganja',
        sectionSlug: 'world',
        bodyHtml:
          '<p>Azerbaijan’s Foreign Minister Jeyhun Bayramov visited Ganja on Monday.</p>' +
          '<p>“We will rebuild the school,” Bayramov said.</p>',
      })
    ).json.data;
    const reading = await call('contributor', 'GET', `/admin/api/articles/${draft.id}/analysis`);
    expect(reading.status).toBe(200);
    expect(reading.json.data.live).toBe(true);
    expect(reading.json.data.facts.people.map((p: { name: string }) => p.name)).toContain('Jeyhun Bayramov');
    expect(reading.json.data.facts.quotes[0]).toMatchObject({ speaker: 'Jeyhun Bayramov' });

    // Contributors read; editors correct.
    const rename = { op: 'rename', kind: 'people', from: 'Jeyhun Bayramov', to: 'Ceyhun Bayramov' };
    expect(
      (await call('contributor', 'POST', `/admin/api/articles/${draft.id}/analysis/corrections`, rename))
        .status,
    ).toBe(403);
    const corrected = await call(
      'editor',
      'POST',
      `/admin/api/articles/${draft.id}/analysis/corrections`,
      rename,
    );
    expect(corrected.status).toBe(201);
    expect(corrected.json.data.facts.people.map((p: { name: string }) => p.name)).toContain(
      'Ceyhun Bayramov',
    );
    expect(corrected.json.data.facts.quotes[0].speaker).toBe('Ceyhun Bayramov');
    expect(corrected.json.data.corrections).toHaveLength(1);

    const bad = await call('editor', 'POST', `/admin/api/articles/${draft.id}/analysis/corrections`, {
      op: 'add-event',
      expression: 'next week',
      iso: 'soon',
      description: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues[0].field).toBe('iso');

    const id = corrected.json.data.corrections[0].id;
    const withdrawn = await call(
      'editor',
      'DELETE',
      `/admin/api/articles/${draft.id}/analysis/corrections/${id}`,
    );
    expect(withdrawn.json.data.facts.people.map((p: { name: string }) => p.name)).toContain(
      'Jeyhun Bayramov',
    );
    const audit = (await app.container.accounts.auditLog())
      .filter((e) => e.target === draft.id)
      .map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['analysis.corrected', 'analysis.correction-withdrawn']));
  });

  it('gives every item its key, confidence and review state; an editor’s own item counts as approved', async () => {
    const draft = (
      await call('editor', 'POST', '/admin/api/articles', {
        language: 'en',
        headline: 'Envoy meets minister',
        sectionSlug: 'world',
        bodyHtml: '<p>Foreign Minister Anna Keller met the envoy in Baku on Monday.</p>',
      })
    ).json.data;
    const url = `/admin/api/articles/${draft.id}/analysis`;
    const r = (await call('editor', 'GET', url)).json.data;
    expect(r).toMatchObject({ mode: 'review', hidden: false, autoThreshold: 0.75 });
    // One review item per fact, in the facts' order.
    const facts = r.facts;
    const count =
      facts.people.length +
      facts.places.length +
      facts.orgs.length +
      facts.equipment.length +
      facts.quotes.length +
      facts.events.length +
      (facts.conflicts?.length ?? 0);
    expect(r.items).toHaveLength(count);
    expect(r.items[0]).toMatchObject({ kind: 'person', key: expect.stringMatching(/^person:anna-keller@/) });
    for (const i of r.items) {
      expect(i.confidence).toBeGreaterThan(0);
      // A draft: nothing is shown to readers, approved or not.
      expect([i.approved, i.shown]).toEqual([false, false]);
    }
    const added = await call('editor', 'POST', `${url}/corrections`, {
      op: 'add-person',
      name: 'Leyla Aliyeva',
      role: null,
    });
    const mine = added.json.data.items.find((i: { key: string }) => i.key === 'person:leyla-aliyeva');
    expect(mine).toMatchObject({ approved: true, confidence: 1 });
    expect((await call('contributor', 'POST', `${url}/approvals`, { all: true })).status).toBe(403);
    const all = await call('editor', 'POST', `${url}/approvals`, { all: true });
    expect(all.json.data.items.every((i: { approved: boolean }) => i.approved)).toBe(true);
    expect((await call('editor', 'POST', `${url}/approvals`, { keys: 'person:x' })).status).toBe(400);
  });

  it('describes the approval, display and settings endpoints with their permissions', async () => {
    const doc = (await call('editor', 'GET', '/admin/api/openapi.json')).json;
    expect(doc.paths['/admin/api/articles/{id}/analysis/approvals'].post.description).toContain(
      'analysis.correct',
    );
    expect(doc.paths['/admin/api/articles/{id}/analysis/approvals/{key}'].delete).toBeDefined();
    expect(doc.paths['/admin/api/articles/{id}/analysis/display'].put).toBeDefined();
    expect(doc.paths['/admin/api/settings/story'].put.description).toContain('settings.manage');
    expect((await call('editor', 'GET', '/admin/api/settings/story')).status).toBe(403);
  });
});
