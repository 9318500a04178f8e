import { z } from 'zod';
import { siteInfoSchema, tagSuggestionSchema } from '../../contract/site.ts';
import { dataOf } from '../../contract/wire.ts';
import { MAX_SLOTS, slotNames } from '../../domain/frontpage.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import type { TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';

/** What the editor needs to know about the site: languages, sections, slots; tags as one types. */
export function siteInfoEndpoints(deps: { site: SiteService; taxonomy: TaxonomyService }): AdminEndpoint[] {
  return [
    endpoint({
      method: 'GET',
      path: '/site',
      operationId: 'getSite',
      summary: 'What the editor needs to know about the site: languages, sections, front-page slots',
      access: 'newsroom.enter',
      response: dataOf(siteInfoSchema),
      handler: async () => {
        const s = deps.site.settings();
        return {
          data: {
            name: s.name,
            languages: deps.site.languages().map((l) => ({ code: l.code, name: l.name })),
            defaultLanguage: s.defaultLanguage,
            sections: (await deps.taxonomy.sections()).map((x) => ({ slug: x.slug, name: x.name })),
            slots: slotNames(MAX_SLOTS),
            timeZone: s.timeZone,
            breakingHours: s.breakingHours,
          },
        };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/tags',
      operationId: 'suggestTags',
      summary: 'Tags starting with what was typed (the editor creates new ones on save)',
      access: 'articles.write-own',
      response: dataOf(z.array(tagSuggestionSchema)),
      query: z.object({ q: z.string().trim().max(80).default(''), language: z.string().max(35).optional() }),
      handler: async ({ query }) => ({
        data: (
          await deps.taxonomy.suggestTags(query.q, query.language ?? deps.site.settings().defaultLanguage)
        ).map((t) => ({ slug: t.slug, name: t.name })),
      }),
    }),
  ];
}
