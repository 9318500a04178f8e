import { z } from 'zod';
import {
  endpoint,
  language,
  languageOf,
  type ContentApiDeps,
  type ContentEndpoint,
} from './content-endpoint.ts';
import { authorsResponse, sectionsResponse, tagsResponse } from './schemas.ts';
import { serializeSection } from './serializers.ts';

/** How the site files its articles: sections, the tags in use, the people credited. */
export function taxonomyEndpoints(deps: ContentApiDeps): ContentEndpoint[] {
  return [
    endpoint({
      method: 'GET',
      path: '/sections',
      operationId: 'listSections',
      access: 'api-key',
      response: sectionsResponse,
      summary: 'Sections, named in the requested language.',
      query: z.object({ language: language.optional() }),
      async handler({ query }) {
        const lang = languageOf(deps, query.language);
        return { data: (await deps.taxonomy.sections(lang)).map(serializeSection) };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/tags',
      operationId: 'listTags',
      access: 'api-key',
      response: tagsResponse,
      summary: 'Tags in use on published articles.',
      query: z.object({}),
      async handler() {
        return { data: (await deps.taxonomy.usedTags()).map((t) => ({ slug: t.slug, name: t.name })) };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/authors',
      operationId: 'listAuthors',
      access: 'api-key',
      response: authorsResponse,
      summary: 'People credited on published articles.',
      query: z.object({}),
      async handler() {
        return {
          data: (await deps.taxonomy.authors()).map((p) => ({
            slug: p.slug,
            name: p.name,
            role: p.role,
            bio: p.bio,
          })),
        };
      },
    }),
  ];
}
