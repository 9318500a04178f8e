import type { FastifyReply } from 'fastify';
import type { MediaService } from '../../services/media/media.service.ts';
import type { AuthorProfiles } from '../../services/taxonomy/author-profiles.ts';
import { AuthorProfilePage, type AuthorProfileValues } from '../pages/author-profile.tsx';
import type { FormError } from '../pages/form.tsx';
import { field, type AdminRoute, type MemberCtx, type PageKit } from '../route.ts';
import { issues, param, shown } from './form-answers.tsx';

/** What the author-profile pages need: the profiles, the media library, the reader site's author address. */
export interface AuthorProfileDeps {
  profiles: AuthorProfiles;
  media: Pick<MediaService, 'list' | 'find'>;
  /** The author page of a byline on the reader site (in the site's default language). */
  authorHref: (slug: string) => string;
  /** The site's languages: the photo is described in each. */
  languages: () => { code: string; name: string }[];
}

/** How many of the library's newest pictures the photo choice offers. */
const PICTURES = 24;

/** `/admin/users/:id/profile`: a user's byline kind, job title, biography and photo (with its words) for their author page. */
export function authorProfileRoutes(deps: AuthorProfileDeps, kit: PageKit): AdminRoute[] {
  const show = async (
    reply: FastifyReply,
    ctx: MemberCtx,
    userId: string,
    opts: { values?: AuthorProfileValues; errors?: FormError[]; saved?: boolean; status?: number } = {},
  ) => {
    const profile = await deps.profiles.of(userId);
    const { items } = await deps.media.list({ pageSize: PICTURES });
    const current = profile.photoMediaId;
    // The current photo stays on offer when it is older than the newest pictures.
    const extra = current && !items.some((m) => m.id === current) ? await deps.media.find(current) : null;
    const p = profile.person;
    return kit.page(
      reply,
      (t) => t('profile.title', { name: profile.name }),
      <AuthorProfilePage
        csrf={ctx.csrf}
        profile={profile}
        pictures={extra ? [extra, ...items] : items}
        languages={deps.languages()}
        values={
          opts.values ?? {
            kind: p?.kind ?? 'person',
            role: p?.role ?? '',
            bio: p?.bio ?? '',
            photoMediaId: current ?? '',
            photoAlt: p?.photoAlt ?? {},
          }
        }
        errors={opts.errors ?? []}
        saved={opts.saved ?? false}
        authorHref={p ? deps.authorHref(p.slug) : null}
      />,
      ctx,
      opts.status ?? 200,
    );
  };
  return [
    {
      method: 'GET',
      url: '/admin/users/:id/profile',
      access: 'users.manage',
      handler: async (request, reply, ctx) => {
        const saved = (request.query as Record<string, string | undefined>).done === 'saved';
        return show(reply, ctx, param(request, 'id'), { saved });
      },
    },
    {
      method: 'POST',
      url: '/admin/users/:id/profile',
      access: 'users.manage',
      handler: async (request, reply, ctx) => {
        const id = param(request, 'id');
        const values = {
          kind: field(request.body, 'kind'),
          role: field(request.body, 'role'),
          bio: field(request.body, 'bio'),
          photoMediaId: field(request.body, 'photoMediaId'),
          photoAlt: Object.fromEntries(
            deps.languages().map((l) => [l.code, field(request.body, `photoAlt.${l.code}`)]),
          ),
        };
        try {
          await deps.profiles.save(id, values, ctx.user.id);
        } catch (e) {
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          return show(reply, ctx, id, { values, errors: issues(e), status: e.status });
        }
        return reply.redirect(`/admin/users/${encodeURIComponent(id)}/profile?done=saved`, 303);
      },
    },
  ];
}
