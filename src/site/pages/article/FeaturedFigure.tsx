import type { FeaturedImage } from '../../../domain/article.ts';
import { Picture } from '../../components/Picture.tsx';

/** The image at the top of an article: loaded at once (it is the page's largest paint), with caption and credit. */
export function FeaturedFigure({ image }: { image: FeaturedImage }) {
  return (
    <figure class="featured-image">
      <Picture image={image} eager />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span class="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
