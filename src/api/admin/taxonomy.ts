import { z } from 'zod';
import {
  sectionAnswer,
  sectionChange,
  sectionCreate,
  sectionsAnswer,
  tagAnswer,
  tagChange,
  tagsAnswer,
  tagsQuery,
} from '../../contract/taxonomy.ts';
import type { TaxonomyDesk } from '../../services/taxonomy/taxonomy-desk.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { idParams } from './article-action.ts';

/**
 * Sections and tags from the settings screen: names in each language, sections added, ordered and
 * removed. Every change is audited and purges every cached page (names show everywhere).
 */
export interface TaxonomyApiDeps {
  /** Sections and tags as the settings screen edits them. */
  taxonomyDesk: TaxonomyDesk;
}

export function taxonomyEndpoints(deps: TaxonomyApiDeps): AdminEndpoint[] {
  const desk = deps.taxonomyDesk;
  return [
    endpoint({
      method: 'GET',
      path: '/settings/sections',
      operationId: 'listSections',
      summary: 'Every section with its names in each language and how many articles it holds',
      access: 'taxonomy.manage',
      response: sectionsAnswer,
      handler: async () => ({ data: await desk.sections() }),
    }),
    endpoint({
      method: 'POST',
      path: '/settings/sections',
      operationId: 'createSection',
      summary: 'Add a section (slug, name in the default language, names in the others)',
      access: 'taxonomy.manage',
      response: sectionAnswer,
      status: 201,
      body: sectionCreate,
      handler: async ({ body, user }) => ({ data: await desk.createSection(user.id, body) }),
    }),
    endpoint({
      method: 'PUT',
      path: '/settings/sections/:id',
      operationId: 'changeSection',
      summary: 'Rename, describe, colour or move a section; a null or empty name in a language removes it',
      access: 'taxonomy.manage',
      response: sectionAnswer,
      params: idParams,
      body: sectionChange,
      handler: async ({ params, body, user }) => ({
        data: await desk.changeSection(user.id, params.id, body),
      }),
    }),
    endpoint({
      method: 'DELETE',
      path: '/settings/sections/:id',
      operationId: 'removeSection',
      summary: 'Remove a section that holds no articles (CONFLICT, saying how many, otherwise)',
      access: 'taxonomy.manage',
      response: z.undefined(),
      status: 204,
      params: idParams,
      handler: async ({ params, user }) => {
        await desk.removeSection(user.id, params.id);
        return undefined;
      },
    }),
    endpoint({
      method: 'GET',
      path: '/settings/tags',
      operationId: 'listTags',
      summary: 'Tags whose name (in any language) or slug contains q, a page at a time',
      access: 'taxonomy.manage',
      response: tagsAnswer,
      query: tagsQuery,
      handler: async ({ query }) => ({ data: await desk.tags(query) }),
    }),
    endpoint({
      method: 'PUT',
      path: '/settings/tags/:id',
      operationId: 'changeTag',
      summary: "Rename a tag, or name it in the site's other languages (empty removes a name)",
      access: 'taxonomy.manage',
      response: tagAnswer,
      params: idParams,
      body: tagChange,
      handler: async ({ params, body, user }) => ({ data: await desk.changeTag(user.id, params.id, body) }),
    }),
  ];
}
