import type { FeaturedImage } from '../../../domain/article.ts';
import { Picture } from '../../components/Picture.tsx';

/** The article column's width: beside the sidebar on wide screens, the whole viewport on phones. */
const FEATURED_SIZES = '(min-width: 80em) 47rem, (min-width: 64em) calc(100vw - 25rem), 100vw';

/**
 * The image at the top of an article: loaded at once and first (it is the page's largest paint),
 * with caption and credit. An image of unknown size (an external address) gets a 16:9 box, so the
 * text below does not move when it arrives.
 */
export function FeaturedFigure({ image }: { image: FeaturedImage }) {
  const sized = Boolean(image.width && image.height);
  return (
    <figure class="featured-image">
      <div class={sized ? 'frame' : 'frame unsized'}>
        <Picture image={image} sizes={FEATURED_SIZES} eager priority />
      </div>
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span class="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
