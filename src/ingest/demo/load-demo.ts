import { readFile } from 'node:fs/promises';
import { slugify } from '../../lib/slug.ts';
import type { ArticleWriter } from '../../services/articles/article-writer.ts';
import type { TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import type { TextImporter } from '../text/import-text.ts';
import { demoArticles, demoAuthors, demoSections } from './demo-content.ts';
import { demoArticlesAz } from './demo-content-az.ts';
import { demoArticlesRu } from './demo-content-ru.ts';
import { demoLiveBlogs } from './demo-live.ts';
import type { Block } from '../../domain/body.ts';
import { paragraph, bodyToPlainText } from '../../domain/body.ts';
import { parseTextArticle } from '../text/parse-text-article.ts';
import { imageOf, type Media } from '../../domain/media.ts';
import type { FeaturedImage } from '../../domain/article.ts';
import type { DrawingInput } from '../../services/media/media.service.ts';
import { demoPicture } from './pictures/demo-pictures.ts';
import { PORTRAIT_SIZE, portraitSvg } from './pictures/portrait.ts';
import { portraitUrl } from '../../services/taxonomy/author-profiles.ts';
import { approveSeedReading, SEED_READINGS_VERSION, type SeedReadingsDeps } from './seed-readings.ts';

export const SEED_HEADLINE = "Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv";

/** The seed story in the site's three languages: one translation group. */
const seedVersions = [
  {
    language: 'en',
    file: './seed-article.txt',
    headline: SEED_HEADLINE,
    standfirst:
      'Russia blames Ukrainian air defences for the damage; Baku says an Iskander missile hit the embassy compound.',
    tags: ['Diplomacy', 'Azerbaijan', 'Russia', 'Ukraine'],
  },
  {
    language: 'az',
    file: './seed-article.az.txt',
    headline: 'Moskva Azərbaycanın Kiyevdəki səfirliyinə dəyən ziyana görə təəssüf ifadə edib',
    standfirst:
      'Rusiya ziyanı Ukraynanın hava hücumundan müdafiə sistemlərinin üzərinə atır; Bakı səfirlik ərazisinə “İsgəndər” raketinin düşdüyünü bildirir.',
    tags: ['Diplomatiya', 'Azərbaycan', 'Rusiya', 'Ukrayna'],
  },
  {
    language: 'ru',
    file: './seed-article.ru.txt',
    headline: 'Москва выразила сожаление в связи с повреждением посольства Азербайджана в Киеве',
    standfirst:
      'Россия возлагает ответственность на украинскую ПВО; Баку заявляет, что на территорию посольства упала ракета «Искандер».',
    tags: ['Дипломатия', 'Азербайджан', 'Россия', 'Украина'],
  },
] as const;

/** The seed's headline in each language. */
export const seedHeadlines = seedVersions.map((v) => ({ language: v.language, headline: v.headline }));

/** Names of the demo sections and the seed's tags in Azerbaijani and Russian. */
const sectionNames: Record<string, Record<string, string>> = {
  world: { az: 'Dünya', ru: 'Мир' },
  politics: { az: 'Siyasət', ru: 'Политика' },
  economy: { az: 'İqtisadiyyat', ru: 'Экономика' },
  society: { az: 'Cəmiyyət', ru: 'Общество' },
  sport: { az: 'İdman', ru: 'Спорт' },
  culture: { az: 'Mədəniyyət', ru: 'Культура' },
};

export interface DemoDeps {
  taxonomy: TaxonomyService;
  writer: ArticleWriter;
  textImporter: TextImporter;
  /** Number of articles on the site: demo content goes only into an empty site. */
  articleCount: () => Promise<number>;
  /** A stored marker, so a start interrupted mid-load finishes the job instead of skipping it. */
  marker: { get(): Promise<string | null>; set(value: string): Promise<void> };
  slugTaken: (language: string, headline: string) => Promise<boolean>;
  /** Languages the site publishes in; demo articles in other languages are skipped. */
  languages: string[];
  /** The media library: each demo story gets a picture drawn for it (none without this). */
  pictures?: { addDrawing(input: DrawingInput): Promise<Media> };
  /** Live blogs, written with the demo's own times (without it the demo has none). */
  live?: DemoLiveDesk;
  /** Story intelligence, so the seed ships with its readings reviewed and approved (optional). */
  readings?: SeedReadingsDeps & {
    /** The published article with this headline in a language: its id and text. */
    find(language: string, headline: string): Promise<{ id: string; bodyText: string } | null>;
    /** A stored marker: the version of the seed's reviewed readings already applied. */
    marker: { get(): Promise<string | null>; set(value: string): Promise<void> };
  };
}

/** What the demo needs to write a live blog whose entries carry the times of the story's day. */
export interface DemoLiveDesk {
  /** The published article with this headline in a language: its id and translation group. */
  find(language: string, headline: string): Promise<{ id: string; translationGroupId: string } | null>;
  /** Makes the article a live blog as of `at`, unless it is one already. */
  start(articleId: string, at: Date): Promise<void>;
  /** The times of the entries it has (a resumed load posts only the missing ones). */
  postedAt(articleId: string): Promise<number[]>;
  post(articleId: string, at: Date, author: string, input: { body: Block[]; pinned: boolean }): Promise<void>;
}

/**
 * The live blog of the seed's story in each language, linked as translations, left running (so
 * the front pages link it). Resumable: an article or entries already there are not written again.
 */
async function loadLiveBlogs(deps: DemoDeps, desk: DemoLiveDesk): Promise<void> {
  let translationGroupId: string | undefined;
  for (const b of demoLiveBlogs) {
    if (!deps.languages.includes(b.language)) continue;
    let found = await desk.find(b.language, b.headline);
    if (!found) {
      const article = await deps.writer.create({
        language: b.language,
        headline: b.headline,
        standfirst: b.standfirst,
        sectionSlug: 'world',
        body: [paragraph(b.intro)],
        status: 'published',
        publishedAt: new Date(b.startedAt),
        ...(translationGroupId ? { translationGroupId } : {}),
      });
      found = { id: article.id, translationGroupId: article.translationGroupId };
    }
    translationGroupId ??= found.translationGroupId;
    await desk.start(found.id, new Date(b.startedAt));
    const posted = new Set(await desk.postedAt(found.id));
    for (const e of b.entries) {
      const at = new Date(e.at);
      if (posted.has(at.getTime())) continue;
      await desk.post(found.id, at, b.desk, { body: e.text.map(paragraph), pinned: e.pinned ?? false });
    }
  }
}

/**
 * The seed's readings, corrected by hand and approved for readers (seed-readings.ts) — also on a
 * site that loaded the demo before there were approvals, but only while the seed's text is the
 * demo's own: an edited seed is the newsroom's to review.
 */
async function approveSeedReadings(deps: DemoDeps): Promise<void> {
  const r = deps.readings;
  if (!r || (await r.marker.get()) === SEED_READINGS_VERSION) return;
  for (const v of seedVersions) {
    if (!deps.languages.includes(v.language)) continue;
    const found = await r.find(v.language, v.headline);
    if (!found) continue;
    const text = await readFile(new URL(v.file, import.meta.url), 'utf8');
    if (found.bodyText !== bodyToPlainText(parseTextArticle(text).paragraphs.map(paragraph))) continue;
    await approveSeedReading(r, found.id, v.language);
  }
  await r.marker.set(SEED_READINGS_VERSION);
}

/** The picture of a demo story, added to the media library, as its featured image. */
async function pictureOf(
  deps: DemoDeps,
  story: { headline: string; language: string; sectionSlug: string },
): Promise<{ featuredImage?: FeaturedImage }> {
  if (!deps.pictures) return {};
  const section = demoSections.find((s) => s.slug === story.sectionSlug);
  // The section's name in the story's language (sectionNames has the other languages than English).
  const picture = demoPicture(story, {
    name: sectionNames[story.sectionSlug]?.[story.language] ?? section?.name ?? '',
    color: section?.color ?? '#a4161a',
  });
  const image = imageOf(await deps.pictures.addDrawing(picture));
  return {
    featuredImage: {
      ...image,
      caption: image.caption ?? null,
      credit: image.credit ?? null,
    },
  };
}

/** A demo author's drawn portrait, added to the media library, as their photo. */
async function portraitOf(deps: DemoDeps, name: string): Promise<{ photoUrl?: string }> {
  if (!deps.pictures) return {};
  const media = await deps.pictures.addDrawing({
    svg: portraitSvg(name),
    width: PORTRAIT_SIZE,
    height: PORTRAIT_SIZE,
    filename: `${slugify(name) || 'author'}-portrait.svg`,
    alt: `Illustrated portrait of ${name}`,
    caption: null,
    credit: 'Newsdesk demo',
  });
  return { photoUrl: portraitUrl(media) };
}

/** Loads the demo newsroom (sections, authors, the seed article and samples) into an empty site. */
export async function loadDemoContent(deps: DemoDeps): Promise<{ loaded: boolean; articles: number }> {
  const state = await deps.marker.get();
  if (state === 'loaded') {
    await approveSeedReadings(deps);
    return { loaded: false, articles: 0 };
  }
  if (state !== 'loading' && (await deps.articleCount()) > 0) return { loaded: false, articles: 0 };
  await deps.marker.set('loading');
  for (const s of demoSections) {
    const names = Object.fromEntries(
      Object.entries(sectionNames[s.slug] ?? {}).map(([l, name]) => [l, { name }]),
    );
    if (!(await deps.taxonomy.section(s.slug))) await deps.taxonomy.createSection({ ...s, names });
  }
  for (const a of demoAuthors)
    await deps.taxonomy.createPerson({ ...a, ...(await portraitOf(deps, a.name)) });

  let translationGroupId: string | undefined;
  for (const v of seedVersions) {
    if (!deps.languages.includes(v.language) || (await deps.slugTaken(v.language, v.headline))) continue;
    if (v !== seedVersions[0]) {
      // The seed's tags are one set of tags (the first version's), named in each language.
      for (const [i, name] of v.tags.entries()) {
        const english = seedVersions[0].tags[i];
        if (english && (await deps.taxonomy.tag(slugify(english))))
          await deps.taxonomy.nameTag(slugify(english), v.language, name);
      }
    }
    const text = await readFile(new URL(v.file, import.meta.url), 'utf8');
    const article = await deps.textImporter.import(text, {
      language: v.language,
      sectionSlug: 'world',
      headline: v.headline,
      standfirst: v.standfirst,
      tags: [...v.tags],
      ...(await pictureOf(deps, { ...v, sectionSlug: 'world' })),
      ...(translationGroupId ? { translationGroupId } : {}),
    });
    translationGroupId ??= article.translationGroupId;
  }
  for (const a of deps.languages.includes('en') ? demoArticles : []) {
    if (await deps.slugTaken('en', a.headline)) continue;
    await deps.writer.create({
      ...a,
      ...(await pictureOf(deps, { ...a, language: 'en' })),
      language: 'en',
      status: 'published',
      publishedAt: new Date(a.publishedAt),
      updatedAt: a.updatedAt ? new Date(a.updatedAt) : null,
      corrections: (a.corrections ?? []).map((c) => ({ text: c.text, createdAt: new Date(c.createdAt) })),
    });
  }
  for (const [language, articles] of [
    ['az', demoArticlesAz],
    ['ru', demoArticlesRu],
  ] as const) {
    if (!deps.languages.includes(language)) continue;
    for (const a of articles) {
      if (await deps.slugTaken(language, a.headline)) continue;
      await deps.writer.create({
        ...a,
        ...(await pictureOf(deps, { ...a, language })),
        language,
        status: 'published',
        publishedAt: new Date(a.publishedAt),
      });
    }
  }
  if (deps.live) await loadLiveBlogs(deps, deps.live);
  await approveSeedReadings(deps);
  await deps.marker.set('loaded');
  return { loaded: true, articles: await deps.articleCount() };
}
