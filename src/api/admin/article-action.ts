import { z } from 'zod';
import type { User } from '../../services/accounts/account.service.ts';
import type { NewsroomActor } from '../../services/newsroom/newsroom.service.ts';

/** The path of an article endpoint: `/articles/:id`. */
export const idParams = z.object({ id: z.string().min(1).max(64) });

/** The signed-in person as the newsroom's rules see them. */
export const actorOf = (u: User): NewsroomActor => ({ id: u.id, role: u.role, name: u.name });

/** What an article endpoint's handler gets: the article's id in the path, and who is asking. */
interface ArticleInput {
  params: { id: string };
  user: User;
}

/** How a family of article endpoints loads the article and answers. */
interface ArticleView<Acted, Answer> {
  /**
   * Loads the article as the person before the act, refusing what they may not see; for acts
   * outside the newsroom service (which loads it itself).
   */
  load?(actor: NewsroomActor, id: string): Promise<unknown>;
  /** The answer: a view of the article after the act. */
  answer(acted: Acted, actor: NewsroomActor, id: string): Promise<Answer> | Answer;
}

/**
 * The way of the admin API's article endpoints: load the article named in the path as the
 * signed-in person (refusing what they may not see or do), act on it, answer with its view. A
 * family of endpoints names its view once; each endpoint then gives only its act.
 */
export function articleAction<Acted, Answer>(view: ArticleView<Acted, Answer>) {
  return <In extends ArticleInput>(act: (input: In & { actor: NewsroomActor }) => Promise<Acted>) =>
    async (input: In): Promise<Answer> => {
      const actor = actorOf(input.user);
      await view.load?.(actor, input.params.id);
      return view.answer(await act({ ...input, actor }), actor, input.params.id);
    };
}
