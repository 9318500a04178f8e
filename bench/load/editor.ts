/** The newsroom's side of the load: one signed-in editor saving and publishing through the admin API. */
import { BenchError } from '../lib/format.ts';
import { roundRobin } from '../lib/lists.ts';
import type { LoadControl } from './cannon.ts';
import { sleep } from './process.ts';

export const PASSWORD = 'a load-test password, long enough';
export const EDITOR = 'load-editor@example.com';

/** The newsroom's trickle of writes: a signed-in editor saving drafts and publishing new articles. */
export class Editor {
  readonly samples = new Map<string, number[]>();
  readonly failures = new Map<string, Record<string, number>>();
  private drafts: { id: string; version: number }[] = [];
  private n = 0;
  private cookie = '';
  private csrf = '';
  constructor(
    private readonly origin: string,
    private readonly control: LoadControl,
  ) {}

  async signIn(): Promise<void> {
    const form = await fetch(`${this.origin}/admin/signin`);
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
    const pre = /nd_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')?.[1];
    if (!token || !pre) throw new BenchError('the sign-in page has no CSRF token');
    const res = await fetch(`${this.origin}/admin/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_csrf=${pre}` },
      body: new URLSearchParams({ email: EDITOR, password: PASSWORD, _csrf: token }).toString(),
    });
    const session = /nd_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    if (res.status !== 303 || !session) throw new BenchError(`editor sign-in answered ${res.status}`);
    this.cookie = `nd_session=${session}`;
    const me = (await (
      await fetch(`${this.origin}/admin/api/me`, { headers: { cookie: this.cookie } })
    ).json()) as {
      csrf: string;
    };
    this.csrf = me.csrf;
    for (let i = 0; i < 3; i++) {
      const d = await this.call(
        'POST',
        '/admin/api/articles',
        this.article(`Load-test draft ${i + 1}`),
        'create',
      );
      if (d) this.drafts.push({ id: d.id, version: d.version });
    }
    if (this.drafts.length !== 3) throw new BenchError('the editor could not create drafts');
    // Something published today, as on a live news site (the demo's articles are from November
    // 2025, which leaves the Google News sitemap empty).
    await this.write(4);
    if (!this.samples.get('publish')?.length) throw new BenchError('the editor could not publish');
    this.reset();
  }

  private article(headline: string) {
    return {
      language: 'en',
      headline,
      standfirst: 'Written while readers load the site.',
      sectionSlug: 'world',
      tags: ['Load test'],
      bodyHtml: `<p>Baku, ${new Date().toISOString()}: ${'Officials met to discuss the embassy. '.repeat(20)}</p><p>${'A second paragraph with more words in it. '.repeat(15)}</p>`,
    };
  }

  private async call(method: string, path: string, body: unknown, kind: string) {
    const t = performance.now();
    try {
      const res = await fetch(`${this.origin}${path}`, {
        method,
        headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const json = (await res.json()) as { data?: { id: string; version: number } };
      if (res.status >= 400) this.fail(kind, String(res.status));
      else {
        let samples = this.samples.get(kind);
        if (!samples) this.samples.set(kind, (samples = []));
        samples.push(performance.now() - t);
      }
      return res.status < 400 ? json.data : undefined;
    } catch (e) {
      this.fail(kind, (e as Error).name === 'TimeoutError' ? 'timeout' : 'error');
      return undefined;
    }
  }

  private fail(kind: string, what: string) {
    const f = this.failures.get(kind) ?? {};
    f[what] = (f[what] ?? 0) + 1;
    this.failures.set(kind, f);
  }

  /** One write: four saves of a draft, then a new article published, and again. */
  async write(i = this.n++): Promise<void> {
    if (i % 5 === 4) {
      const a = await this.call(
        'POST',
        '/admin/api/articles',
        this.article(`Load-test story ${i}`),
        'create',
      );
      if (a)
        await this.call(
          'POST',
          `/admin/api/articles/${a.id}/transitions`,
          { action: 'publish', version: a.version },
          'publish',
        );
      return;
    }
    const d = roundRobin(this.drafts, i, 'drafts');
    const { language: _l, ...fields } = this.article(`Load-test draft, edit ${i}`);
    const saved = await this.call(
      'PUT',
      `/admin/api/articles/${d.id}`,
      { version: d.version, ...fields },
      'save',
    );
    if (saved) d.version = saved.version;
  }

  /** Writes at `perSecond` (one at a time, as one person works) until `seconds` have passed. */
  async run(perSecond: number, seconds: number): Promise<void> {
    if (perSecond === 0) return;
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until && !this.control.interrupted) {
      const next = Date.now() + 1000 / perSecond;
      await this.write();
      await sleep(Math.max(0, next - Date.now()));
    }
  }

  reset(): void {
    this.samples.clear();
    this.failures.clear();
  }
}
