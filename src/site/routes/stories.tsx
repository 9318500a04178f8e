import { entityKinds, type EntityKind } from '../../services/stories/story.service.ts';
import { StoryPage, TopicPage } from '../pages/StoryPages.tsx';
import { sendPage } from '../render.ts';
import { paths } from '../urls.ts';
import { sendNotFound } from './answers.tsx';
import type { SiteHandler, SiteKit } from './site-kit.ts';

const STORY_ID = /^[0-9a-f-]{36}$/;

/** `/en/story/<id>`: a story's articles as a timeline. */
export const storyPage =
  (kit: SiteKit): SiteHandler<{ lang: string; id: string }> =>
  async (request, reply) => {
    const { lang, id } = request.params;
    if (!kit.deps.site.isLanguage(lang) || !STORY_ID.test(id)) return sendNotFound(kit, reply, lang);
    const story = await kit.deps.stories.story(id, lang);
    // Articles run oldest first; the newest heads the page (a story always has one).
    const latest = story?.articles.at(-1);
    if (!story || !latest) return sendNotFound(kit, reply, lang);
    return sendPage(
      reply,
      <StoryPage ctx={await kit.context(lang)} story={story} latest={latest} today={kit.today()} />,
    );
  };

/** `/en/topic/<kind>/<slug>`: a person, place or organisation and the articles about them. */
export const topicPage =
  (kit: SiteKit): SiteHandler<{ lang: string; kind: string; slug: string }> =>
  async (request, reply) => {
    const { stories } = kit.deps;
    const { lang, kind, slug } = request.params;
    if (!kit.deps.site.isLanguage(lang) || !entityKinds.includes(kind as EntityKind))
      return sendNotFound(kit, reply, lang);
    const topic = await stories.topic(kind as EntityKind, slug, lang);
    if (!topic) {
      // An address made from another case of a name ("mikhaila-evdokimova") leads to its base form's.
      const base = await stories.topicAlias(kind as EntityKind, slug, lang);
      if (base) return reply.redirect(paths.topic(lang, kind, base), 301);
      return sendNotFound(kit, reply, lang);
    }
    return sendPage(reply, <TopicPage ctx={await kit.context(lang)} topic={topic} today={kit.today()} />);
  };
