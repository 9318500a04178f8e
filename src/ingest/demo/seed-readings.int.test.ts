import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loadDemo, type App } from '../../app.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { SEED_READINGS_VERSION } from './seed-readings.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

/** What a seed page's key-facts panel shows readers: who (with role), where, when, who said what. */
function shown(html: string) {
  const panel = /<aside class="key-facts"[^>]*>(.*?)<\/aside>/s.exec(html)?.[1] ?? '';
  const sections = [...panel.matchAll(/<section><h3>[^<]*<\/h3>(.*?)<\/section>/gs)].map((m) => m[1]!);
  const [who = '', where = '', when = '', said = ''] = sections;
  return {
    who: [...who.matchAll(/<li><strong><a href="[^"]+">([^<]+)<\/a><\/strong>(?:, ([^<]+))?<\/li>/g)].map(
      (m) => `${m[1]} — ${m[2] ?? ''}`,
    ),
    where: [...where.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]),
    when: [...when.matchAll(/<time(?: datetime="[^"]*")?>([^<]+)<\/time><span>([^<]+)<\/span>/g)].map(
      (m) => `${m[1]} | ${m[2]}`,
    ),
    speakers: [...said.matchAll(/<\/q> — ([^<]+)<\/li>/g)].map((m) => m[1]),
  };
}

/**
 * The demo ships the seed's readings reviewed by hand and approved, in all three languages: this
 * is exactly what readers see on each seed page (storyFacts: review, nothing else approved).
 */
// Loading the demo reads all its articles with the analyser: a minute or more on a busy machine.
const DEMO_LOAD_TIMEOUT_MS = 180_000;

describe.each(dialects)('the demo seed’s approved readings on %s', (dialect) => {
  let tdb: TestDatabase;
  let app: App;
  const page = async (language: string, start: string) => {
    const list = await app.container.reader.list({ language }, 1, 50);
    const seed = list.items.find((a) => a.headline.startsWith(start))!;
    return { id: seed.id, html: (await app.server.inject(`/${language}/world/${seed.slug}`)).body };
  };

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    app = await buildApp(testConfig(tdb, { demo: true }), { logger: false, jobs: false });
    await app.container.events.dispatchPending();
  }, DEMO_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await ifStarted(app)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('English', async () => {
    expect(shown((await page('en', 'Moscow')).html)).toEqual({
      who: [
        'Mikhail Galuzin — Russian Deputy Foreign Minister',
        'Rahman Mustafayev — Azerbaijan’s Ambassador to Russia',
        'Mikhail Yevdokimov — Russian Ambassador',
      ],
      where: ['Russia', 'Azerbaijan', 'Kyiv', 'Ukraine', 'Moscow', 'Baku', 'Armenia'],
      when: [
        '2020 – 2022 | Azerbaijan-Armenia normalization based on trilateral agreements',
        '22 February 2022 | Declaration on Allied Interaction between Russia and Azerbaijan signed in Moscow',
        '30 June 2025 – 1 July 2025 | 11 Russian citizens detained in Baku',
        '14 November 2025 | damage caused to Azerbaijan’s embassy in Kyiv during Russian missile strikes',
        '14 November 2025 | Azerbaijani Foreign Ministry summoned Russian Ambassador Mikhail Yevdokimov',
        '14 November 2025, 01:00 | strike occurred when Iskander missile landed on embassy grounds',
        '21 November 2025 | Mikhail Galuzin made comments during meeting with Azerbaijan’s Ambassador',
      ],
      speakers: [
        'Moscow (Russia)',
        'Russian Foreign Ministry',
        'Mikhail Galuzin',
        'Russian Foreign Ministry',
      ],
    });
  });

  it('Azerbaijani: names in their base form, the 2022 agreement and the June–July detention dated right', async () => {
    expect(shown((await page('az', 'Moskva')).html)).toEqual({
      who: [
        'Mixail Qaluzin — Rusiyanın xarici işlər nazirinin müavini',
        'Rəhman Mustafayev — Azərbaycanın Rusiyadakı səfiri',
        'Mixail Yevdokimov — Rusiyanın səfiri',
      ],
      where: ['Rusiya', 'Azərbaycan', 'Kiyev', 'Ukrayna', 'Moskva', 'Bakı', 'Ermənistan'],
      when: [
        '2020 – 2022 | Azərbaycan–Ermənistan normallaşmasının əsası olan üçtərəfli razılaşmalar',
        '22 fevral 2022 | Moskvada Azərbaycan ilə Rusiya arasında Müttəfiqlik Qarşılıqlı Fəaliyyəti haqqında Bəyannamə imzalanıb',
        '30 iyun 2025 – 1 iyul 2025 | Bakıda 11 Rusiya vətəndaşı saxlanılıb',
        '14 noyabr 2025 | Rusiyanın raket zərbələri zamanı Azərbaycanın Kiyevdəki səfirliyinə ziyan dəyib',
        '14 noyabr 2025 | Azərbaycan Xarici İşlər Nazirliyi Rusiyanın səfiri Mixail Yevdokimovu çağırıb',
        '14 noyabr 2025, 01:00 | “İsgəndər” raketi səfirlik ərazisinə düşüb',
        '21 noyabr 2025 | Mixail Qaluzin Azərbaycanın Rusiyadakı səfiri Rəhman Mustafayevlə görüşüb',
      ],
      // The ministry's "– nazirlikdən bildirilib" is the ministry's, not Qaluzin's.
      speakers: [
        'Moskva (Rusiya)',
        'Rusiya Xarici İşlər Nazirliyi',
        'Mixail Qaluzin',
        'Rusiya Xarici İşlər Nazirliyi',
      ],
    });
  });

  it('Russian: names in their base form, roles that read on their own', async () => {
    const { html } = await page('ru', 'Москва');
    expect(shown(html)).toEqual({
      who: [
        'Михаил Галузин — заместитель министра иностранных дел России',
        'Рахман Мустафаев — посол Азербайджана в России',
        'Михаил Евдокимов — посол России',
      ],
      where: ['Россия', 'Азербайджан', 'Киев', 'Украина', 'Москва', 'Баку', 'Армения'],
      when: [
        '2020 – 2022 | трёхсторонние договорённости, на которых основана нормализация между Азербайджаном и Арменией',
        '22 февраля 2022 | в Москве подписана Декларация о союзническом взаимодействии между Россией и Азербайджаном',
        '30 июня 2025 – 1 июля 2025 | в Баку задержаны 11 граждан России',
        '14 ноября 2025 | посольство Азербайджана в Киеве повреждено во время российских ракетных ударов',
        '14 ноября 2025 | МИД Азербайджана вызвал посла России Михаила Евдокимова и вручил ему ноту протеста',
        '14 ноября 2025, 01:00 | ракета «Искандер» упала на территорию посольства',
        '21 ноября 2025 | Михаил Галузин встретился с послом Азербайджана в России Рахманом Мустафаевым',
      ],
      speakers: ['Москва (Россия)', 'МИД России', 'Михаил Галузин', 'МИД России'],
    });
    expect(html).toContain('<a href="/ru/topic/person/mikhail-evdokimov">Михаил Евдокимов</a>');
    expect((await app.server.inject('/ru/topic/person/mikhaila-evdokimova')).headers.location).toBe(
      '/ru/topic/person/mikhail-evdokimov',
    );
  });

  it('an existing demo site gets the reviewed readings once, and never on a seed the newsroom edited', async () => {
    const c = app.container;
    const { id } = await page('az', 'Moskva');
    // As a site that loaded the demo before approvals existed: none recorded, no marker.
    await c.store.repos.analysis.withdraw(id, await c.store.repos.analysis.approvals(id));
    await c.store.repos.settings.set('demoReadings', null);
    await loadDemo(c);
    expect(shown((await page('az', 'Moskva')).html).who).toHaveLength(3);
    expect((await c.store.repos.settings.getAll()).demoReadings).toBe(SEED_READINGS_VERSION);
    const corrections = await c.analysis.corrections(id);
    await loadDemo(c);
    expect(await c.analysis.corrections(id)).toHaveLength(corrections.length);

    // The newsroom edits the Russian seed: its reading is theirs to review.
    const ru = await page('ru', 'Москва');
    await c.store.repos.analysis.withdraw(ru.id, await c.store.repos.analysis.approvals(ru.id));
    const article = (await c.store.repos.articles.findById(ru.id))!;
    await c.writer.update(ru.id, {
      body: [...article.body, { type: 'paragraph', content: [{ text: 'Дополнено редакцией.' }] }],
    });
    await c.events.dispatchPending();
    await c.store.repos.settings.set('demoReadings', null);
    await loadDemo(c);
    expect(await c.store.repos.analysis.approvals(ru.id)).toEqual([]);
  });
});
