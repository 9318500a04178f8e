import type { Article } from '../../domain/article.ts';
import { AppError } from '../../domain/errors.ts';
import type { Repositories } from '../../storage/repositories/index.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';

/** The section a write names, or SECTION_NOT_FOUND naming the field. */
export async function sectionOf(repos: Repositories, slug: string) {
  const section = await repos.sections.findBySlug(slug);
  if (!section)
    throw new AppError('SECTION_NOT_FOUND', `section "${slug}" does not exist`, [
      { field: 'sectionSlug', message: 'no such section' },
    ]);
  return section;
}

/** A slug no article of the language has or had, or CONFLICT. */
export async function requireFreeSlug(repos: Repositories, language: string, slug: string): Promise<string> {
  if (await repos.articles.slugTaken(language, slug)) {
    throw new AppError('CONFLICT', `slug "${slug}" is already used in ${language}`, [
      { field: 'slug', message: 'is already used by another article' },
    ]);
  }
  return slug;
}

/** A slug the article may take: free, or one of its own former slugs. */
export async function requireSlugFor(repos: Repositories, article: Article, slug: string): Promise<void> {
  const owner = await repos.articles.findIdByFormerSlug(article.language, slug);
  if (owner !== article.id) await requireFreeSlug(repos, article.language, slug);
}

/** The ids of the tags a write names (created when new), each once, in order. */
export async function tagIdsOf(
  taxonomy: TaxonomyService,
  repos: Repositories,
  names: string[],
  language: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const tag = await taxonomy.tagByName(repos, name, language);
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  return ids;
}

/** The ids of the people a write credits (created when new), each once, in order. */
export async function authorIdsOf(
  taxonomy: TaxonomyService,
  repos: Repositories,
  authors: Parameters<TaxonomyService['personByName']>[1][],
): Promise<string[]> {
  const ids: string[] = [];
  for (const author of authors) {
    const person = await taxonomy.personByName(repos, author);
    if (!ids.includes(person.id)) ids.push(person.id);
  }
  return ids;
}
