/** Generates article inputs, exactly as an importer would hand them to ArticleWriter.create. */
import type { NewArticleInput } from '../../src/domain/article.ts';
import type { Block, Inline } from '../../src/domain/body.ts';
import { int, pick, rng, type Rng } from '../lib/random.ts';
import { AUTHORS, prepare, SECTIONS, type PreparedVocabulary } from './vocabulary.ts';

/** Published dates are spread over the three years before this instant. */
const CORPUS_END = Date.UTC(2025, 11, 1);
const CORPUS_SPAN_MS = 3 * 365 * 24 * 3600 * 1000;

const capitalise = (s: string, language: string): string =>
  s.charAt(0).toLocaleUpperCase(language) + s.slice(1);
const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export class CorpusGenerator {
  private readonly r: Rng;
  private readonly vocab: Record<'en' | 'ru' | 'az', PreparedVocabulary>;
  private readonly section: (r: Rng) => string;
  private serial = 0;
  wordsGenerated = 0;

  constructor(seed: number) {
    this.r = rng(seed);
    this.vocab = { en: prepare('en', seed + 11), ru: prepare('ru', seed + 12), az: prepare('az', seed + 13) };
    const bag = SECTIONS.flatMap((s) => Array.from({ length: s.weight }, () => s.slug));
    this.section = (r) => pick(r, bag);
  }

  /** One token: function words, the long tail, common content words, names, numbers, set phrases, rare words. */
  private token(v: PreparedVocabulary): string {
    const x = this.r();
    if (x < 0.0003) return pick(this.r, v.rare);
    if (x < 0.0203) return v.name(this.r);
    if (x < 0.0243) return v.collocation(this.r);
    if (x < 0.0443) return String(this.r() < 0.2 ? int(this.r, 2015, 2025) : int(this.r, 1, 100));
    if (x < 0.0913) return v.content(this.r);
    if (x < 0.4913) return v.fn(this.r);
    return v.tail(this.r);
  }

  private sentence(v: PreparedVocabulary, min: number, max: number): string {
    const target = int(this.r, min, max);
    const parts: string[] = [];
    let n = 0;
    while (n < target) {
      let t = this.token(v);
      n += countWords(t);
      if (parts.length > 2 && n < target && this.r() < 0.07) t += ',';
      parts.push(t);
    }
    return `${capitalise(parts.join(' '), v.language)}.`;
  }

  private headline(v: PreparedVocabulary): string {
    const target = int(this.r, 6, 12);
    const parts: string[] = [];
    let n = 0;
    while (n < target) {
      const x = this.r();
      const t =
        x < 0.1
          ? v.name(this.r)
          : x < 0.15
            ? v.collocation(this.r)
            : x < 0.3
              ? v.fn(this.r)
              : x < 0.5
                ? v.tail(this.r)
                : v.headlineContent(this.r);
      if (n + countWords(t) > 12) continue;
      parts.push(t);
      n += countWords(t);
    }
    return capitalise(parts.join(' '), v.language);
  }

  private paragraph(v: PreparedVocabulary): { block: Block; words: number } {
    const text = Array.from({ length: int(this.r, 2, 4) }, () => this.sentence(v, 8, 24)).join(' ');
    const words = countWords(text);
    if (this.r() < 0.08) {
      // A link in the middle of the paragraph, as edited copy has.
      const cut = text.indexOf(' ', Math.floor(text.length / 2));
      const next = cut === -1 ? -1 : text.indexOf(' ', cut + 1);
      if (cut > 0 && next > cut) {
        const content: Inline[] = [
          { text: text.slice(0, cut + 1) },
          { text: text.slice(cut + 1, next), href: `https://example.com/source/${this.serial}` },
          { text: text.slice(next) },
        ];
        return { block: { type: 'paragraph', content }, words };
      }
    }
    return { block: { type: 'paragraph', content: [{ text }] }, words };
  }

  private body(v: PreparedVocabulary): { body: Block[]; words: number } {
    const target = int(this.r, 150, 600);
    const body: Block[] = [];
    let words = 0;
    if (this.r() < 0.3) {
      const caption = this.sentence(v, 5, 12);
      body.push({
        type: 'image',
        src: `/media/bench/${this.serial}.jpg`,
        alt: caption,
        caption,
        credit: pick(this.r, v.outlets),
      });
      words += countWords(caption);
    }
    while (words < target) {
      const x = this.r();
      if (body.length > 1 && x < 0.06) {
        const text = this.headline(v)
          .split(' ')
          .slice(0, int(this.r, 3, 6))
          .join(' ');
        body.push({ type: 'heading', level: 2, content: [{ text }] });
        words += countWords(text);
      } else if (body.length > 1 && x < 0.12) {
        const text = this.sentence(v, 10, 22);
        body.push({ type: 'quote', content: [{ text }], cite: v.name(this.r) });
        words += countWords(text);
      } else if (body.length > 1 && x < 0.15) {
        const texts = Array.from({ length: int(this.r, 3, 5) }, () => this.sentence(v, 3, 8));
        body.push({ type: 'list', ordered: this.r() < 0.3, items: texts.map((text) => [{ text }]) });
        words += texts.reduce((n, text) => n + countWords(text), 0);
      } else {
        const p = this.paragraph(v);
        body.push(p.block);
        words += p.words;
      }
    }
    return { body, words };
  }

  next(): NewArticleInput {
    this.serial++;
    const x = this.r();
    const language = x < 0.7 ? 'en' : x < 0.85 ? 'ru' : 'az';
    const v = this.vocab[language];
    const headline = this.headline(v);
    const standfirst = this.r() < 0.8 ? this.sentence(v, 14, 28) : null;
    const { body, words } = this.body(v);
    this.wordsGenerated += words;
    const published = this.r() >= 0.03;
    const tagCount = int(this.r, 0, 3);
    const tags = Array.from({ length: tagCount }, () => pick(this.r, v.tags));
    const authors = [{ name: pick(this.r, AUTHORS[language]) }];
    if (this.r() < 0.15) authors.push({ name: pick(this.r, AUTHORS[language]) });
    const sources =
      this.r() < 0.2
        ? [{ outlet: pick(this.r, v.outlets), citing: this.r() < 0.3 ? 'local media' : null }]
        : [];
    return {
      language,
      headline,
      standfirst,
      body,
      sectionSlug: this.section(this.r),
      tags,
      authors,
      sources,
      status: published ? 'published' : 'draft',
      breaking: published && this.r() < 0.01,
      publishedAt: published ? new Date(CORPUS_END - Math.floor(this.r() * CORPUS_SPAN_MS)) : null,
    };
  }
}
