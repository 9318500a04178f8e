/**
 * Batched writing for the search corpus: the pieces of ArticleWriter.create, many articles per
 * transaction (the equivalence check proves the rows are the same).
 */
import type { Container } from '../../src/app.ts';
import { newArticleSchema, type NewArticleInput } from '../../src/domain/article.ts';
import { bodyToPlainText } from '../../src/domain/body.ts';
import { payloadOf } from '../../src/domain/events.ts';
import { slugify, uniqueSlug } from '../../src/lib/slug.ts';
import type { Clock, IdGenerator } from '../../src/services/deps.ts';
import { validate } from '../../src/services/validate.ts';
import type { SearchDocument, SearchIndex } from '../../src/storage/search/index.ts';
import { BenchError } from '../lib/format.ts';
import { SECTIONS } from './vocabulary.ts';

export interface WriteState {
  newId: IdGenerator;
  clock: Clock;
  kind: 'sqlite' | 'postgres';
  /** "language/slug" of every article written; the database started without articles. */
  slugs: Set<string>;
  sections: Map<string, string>;
  tags: Map<string, string>;
  people: Map<string, string>;
}

/**
 * Writes an index row with SearchIndex.upsert itself (on SQLite it finds rows by an indexed
 * rowid map since migration 0011, so it no longer slows down as the corpus grows).
 */
async function writeIndexRow(index: SearchIndex, doc: SearchDocument): Promise<void> {
  return index.upsert(doc);
}

/**
 * The steps of ArticleWriter.create for each input, in the same order (so ids are drawn in the
 * same order): validation, slug, tags, authors, the article, its `article.published` outbox
 * event, its index row. Section, tag and person lookups are remembered across articles and the
 * slug check is answered from memory; a batch is one transaction.
 */
export async function writeBatch(c: Container, st: WriteState, inputs: NewArticleInput[]): Promise<string[]> {
  const ids: string[] = [];
  await c.store.transaction(async (repos) => {
    for (const input of inputs) {
      const a = validate(newArticleSchema, input);
      if (!c.site.isLanguage(a.language)) throw new BenchError(`language ${a.language} is not enabled`);
      if (a.status === 'published' && !a.publishedAt) a.publishedAt = st.clock.now();
      const now = st.clock.now();
      const id = st.newId();
      let sectionId = st.sections.get(a.sectionSlug);
      if (!sectionId) {
        const section = await repos.sections.findBySlug(a.sectionSlug);
        if (!section) throw new BenchError(`section ${a.sectionSlug} does not exist`);
        sectionId = section.id;
        st.sections.set(a.sectionSlug, sectionId);
      }
      if (a.translationGroupId || a.slug)
        throw new BenchError('the generator sets no translation group or slug');
      const base = slugify(a.headline);
      if (!base) throw new BenchError(`headline without a slug: ${a.headline}`);
      const slug = await uniqueSlug(base, async (s) => st.slugs.has(`${a.language}/${s}`));
      st.slugs.add(`${a.language}/${slug}`);
      const tagIds: string[] = [];
      for (const name of a.tags) {
        const key = `${a.language}\u0000${name}`;
        let tagId = st.tags.get(key);
        if (!tagId) {
          tagId = (await c.taxonomy.tagByName(repos, name, a.language)).id;
          st.tags.set(key, tagId);
        }
        if (!tagIds.includes(tagId)) tagIds.push(tagId);
      }
      const authorIds: string[] = [];
      for (const author of a.authors) {
        let personId = st.people.get(author.name);
        if (!personId) {
          personId = (await c.taxonomy.personByName(repos, author)).id;
          st.people.set(author.name, personId);
        }
        if (!authorIds.includes(personId)) authorIds.push(personId);
      }
      const bodyText = bodyToPlainText(a.body);
      await repos.articles.insert({
        id,
        featuredImage: null,
        ownerId: null,
        translationGroupId: st.newId(),
        language: a.language,
        slug,
        sectionId,
        headline: a.headline,
        standfirst: a.standfirst || null,
        body: a.body,
        bodyText,
        status: a.status,
        breaking: a.breaking,
        createdAt: now,
        publishedAt: a.publishedAt,
        updatedAt: a.updatedAt,
        modifiedAt: now,
        tagIds,
        authorIds,
        sources: a.sources.map((s) => ({ ...s, id: st.newId() })),
        corrections: a.corrections.map((x) => ({ ...x, id: st.newId() })),
      });
      if (a.status === 'published') {
        const stored = await repos.articles.findById(id);
        if (!stored) throw new BenchError(`article ${id} vanished after insert`);
        await repos.outbox.add({
          id: st.newId(),
          type: 'article.published',
          occurredAt: st.clock.now(),
          article: payloadOf(stored),
        });
      }
      await writeIndexRow(repos.search, {
        articleId: id,
        language: a.language,
        headline: a.headline,
        standfirst: a.standfirst,
        body: bodyText,
      });
      ids.push(id);
    }
  });
  return ids;
}

export function newWriteState(c: Container, newId: IdGenerator): WriteState {
  return {
    newId,
    clock: c.clock,
    kind: c.database.kind,
    slugs: new Set(),
    sections: new Map(),
    tags: new Map(),
    people: new Map(),
  };
}

export async function ensureSections(c: Container): Promise<void> {
  for (const [position, s] of SECTIONS.entries()) {
    if (await c.taxonomy.section(s.slug)) continue;
    await c.taxonomy.createSection({ slug: s.slug, name: s.name, names: s.names, position });
  }
}
