import { createServer, type Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { runCli } from '../../cli/program.ts';
import { paragraph } from '../../domain/body.ts';
import { isAppError } from '../../domain/errors.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { httpWebhookSender } from './webhook-target.ts';
import { cliServicesOf } from '../../../test/utils/cli-services.ts';

/** A receiver on 127.0.0.1 counting what reaches it; answers with the status (and Location) set. */
async function receiver() {
  const hits: string[] = [];
  const answer = { status: 200, location: '' };
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    req.on('end', () =>
      res.writeHead(answer.status, answer.location ? { location: answer.location } : {}).end('ok'),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { port, hits, answer, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** DNS as a test needs it: these names resolve to these addresses, nothing else resolves. */
const fakeDns =
  (names: Record<string, string>): LookupFunction =>
  (hostname, options, callback) => {
    const address = names[hostname];
    if (!address) {
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    const family = address.includes(':') ? 6 : 4;
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };

describe.each(dialects)('webhook targets (SSRF) on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let other: Awaited<ReturnType<typeof receiver>>;
  const now = { t: new Date('2025-11-21T10:00:00Z') };
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, async () => cliServicesOf(c), {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const publish = async (headline: string) => {
    await c.writer.create({
      language: 'en',
      headline,
      sectionSlug: 'world',
      body: [paragraph('Text.')],
      status: 'published',
    });
    await c.events.dispatchPending();
  };

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    rx = await receiver();
    other = await receiver();
    // Private targets refused (the default); "hooks.partner.test" resolves to the local receiver.
    c = await createContainer(testConfig(tdb), {
      clock: { now: () => now.t },
      purger: { purge: async () => {} },
      webhookSender: httpWebhookSender({
        allowPrivate: false,
        lookup: fakeDns({ 'hooks.partner.test': '127.0.0.1', 'v6.partner.test': '::1' }),
      }),
    });
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(rx)?.close();
    await ifStarted(other)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('refuses a private, loopback, link-local or otherwise special address when the webhook is added', async () => {
    const cases: [string, RegExp][] = [
      [
        'http://127.0.0.1:8080/hook',
        /^127\.0\.0\.1 is a loopback address; webhooks go to public addresses only/,
      ],
      ['http://2130706433/hook', /^127\.0\.0\.1 is a loopback address/], // 127.0.0.1 written as a number
      ['http://localhost:3000/hook', /^localhost is this machine/],
      ['http://api.localhost/hook', /^api\.localhost is this machine/],
      ['http://[::1]/hook', /^::1 is a loopback address/],
      ['http://169.254.169.254/latest/meta-data/', /^169\.254\.169\.254 is a link-local address/],
      ['http://10.1.2.3/hook', /is a private address/],
      ['https://192.168.0.10/hook', /is a private address/],
      ['http://172.16.5.4/hook', /is a private address/],
      ['http://100.64.0.1/hook', /carrier-grade NAT/],
      ['http://[fd12:3456::1]/hook', /is a unique-local IPv6 address/],
      ['http://[fe80::1]/hook', /is a link-local address/],
      ['http://[::ffff:7f00:1]/hook', /is an IPv4-mapped IPv6 address/],
      ['http://0.0.0.0/hook', /^0\.0\.0\.0 is an unspecified address/],
      ['http://[::]/hook', /^:: is an unspecified address/],
      ['http://224.0.0.1/hook', /is a multicast address/],
      ['http://255.255.255.255/hook', /is a broadcast address/],
    ];
    for (const [url, message] of cases) {
      const refused = await c.webhooks.register({ url }).then(
        () => null,
        (e: unknown) => (isAppError(e) ? e : null),
      );
      expect(refused, url).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'url' }] });
      expect(refused?.issues[0]?.message, url).toMatch(message);
    }
    expect(await c.webhooks.list()).toEqual([]);
    // A public address or a host name is accepted (a name is checked again at each delivery).
    const ok = await c.webhooks.register({ url: 'https://93.184.216.34/hook' });
    const named = await c.webhooks.register({ url: 'https://hooks.example.com/hook' });
    await c.webhooks.remove(ok.id);
    await c.webhooks.remove(named.id);
  });

  it('newsdesk webhook add names the field and the reason', async () => {
    const r = await cli('webhook', 'add', 'http://10.0.0.5:8080/hook');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'newsdesk: url: 10.0.0.5 is a private address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=1 allows others)',
    );
  });

  it('refuses at delivery a host name that resolves to a loopback address: failed once, with the reason, not retried', async () => {
    const hook = await c.webhooks.register({ url: `http://hooks.partner.test:${rx.port}/hook` });
    const v6 = await c.webhooks.register({ url: `http://v6.partner.test:${rx.port}/hook` });
    await publish('Delivered nowhere');
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 0, failed: 2 });
    expect(rx.hits).toEqual([]);
    const [d] = await c.webhooks.deliveries(hook.id);
    expect(d).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
    expect(d!.lastError).toBe(
      'refused: hooks.partner.test resolves to 127.0.0.1, a loopback address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=1 allows others)',
    );
    expect((await c.webhooks.deliveries(v6.id))[0]!.lastError).toMatch(
      /^refused: v6\.partner\.test resolves to ::1, a loopback address/,
    );
    now.t = new Date(now.t.getTime() + 7 * 3600_000);
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 0, failed: 0 }); // given up, not retried
    const log = await cli('webhook', 'deliveries', hook.id);
    expect(log.out).toMatch(
      /\tarticle\.published\tfailed\tattempts=1\t-\trefused: hooks\.partner\.test resolves to 127\.0\.0\.1, a loopback address;/,
    );
    await c.webhooks.remove(hook.id);
    await c.webhooks.remove(v6.id);
  });

  it('refuses at delivery a private address stored while private targets were allowed', async () => {
    const allowing = await createContainer(testConfig(tdb, { webhooks: { allowPrivate: true } }), {
      clock: { now: () => now.t },
    });
    const hook = await allowing.webhooks.register({ url: `http://127.0.0.1:${rx.port}/hook` });
    await allowing.close();
    await publish('Allowed no more');
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    expect(rx.hits).toEqual([]);
    const [d] = await c.webhooks.deliveries(hook.id);
    expect(d).toMatchObject({ status: 'failed', attempts: 1 });
    expect(d!.lastError).toMatch(/^refused: 127\.0\.0\.1 is a loopback address/);
    await c.webhooks.remove(hook.id);
  });

  it('does not follow a redirect: a 3xx is a failed delivery, retried later, and the Location is never asked', async () => {
    const allowing = await createContainer(testConfig(tdb, { webhooks: { allowPrivate: true } }), {
      clock: { now: () => now.t },
    });
    try {
      const hook = await allowing.webhooks.register({ url: `http://127.0.0.1:${rx.port}/hook` });
      rx.answer.status = 302;
      rx.answer.location = `http://127.0.0.1:${other.port}/internal`;
      await publish('Bounced');
      expect(await allowing.webhooks.deliverDue()).toEqual({ delivered: 0, failed: 1 });
      expect(rx.hits).toEqual(['/hook']);
      expect(other.hits).toEqual([]);
      const [d] = await allowing.webhooks.deliveries(hook.id);
      expect(d).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastStatusCode: 302,
        lastError: 'HTTP 302 (redirects are not followed)',
      });
      await allowing.webhooks.remove(hook.id);
    } finally {
      rx.answer.status = 200;
      rx.answer.location = '';
      await allowing.close();
    }
  });
});
