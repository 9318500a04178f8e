import { safeBody, youtubeId, type Block, type Inline } from '../../domain/body.ts';
import { renderToString } from 'preact-render-to-string';
import { Picture } from './Picture.tsx';

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r) => {
        let node: preact.ComponentChild = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        if (r.href) {
          const external = /^https?:\/\//i.test(r.href);
          node = (
            <a href={r.href} rel={external ? 'noopener' : undefined}>
              {node}
            </a>
          );
        }
        return node;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.content} />
        </p>
      );
    case 'heading':
      return block.level === 2 ? (
        <h2>
          <Runs runs={block.content} />
        </h2>
      ) : (
        <h3>
          <Runs runs={block.content} />
        </h3>
      );
    case 'quote':
      return (
        <blockquote>
          <p>
            <Runs runs={block.content} />
          </p>
          {block.cite ? <footer>— {block.cite}</footer> : null}
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((runs) => (
        <li>
          <Runs runs={runs} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'image':
      return (
        <figure>
          <Picture image={block} />
          {block.caption || block.credit ? (
            <figcaption>
              {block.caption}
              {block.credit ? <span class="credit"> {block.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      );
    case 'embed':
      return <Embed block={block} />;
  }
}

/**
 * Embeds load nothing from the provider until the reader asks: YouTube plays from the
 * privacy-enhanced domain inside a titled iframe; X and Facebook posts are links (their
 * scripts track readers and would break our CSP).
 */
function Embed({ block }: { block: Extract<Block, { type: 'embed' }> }) {
  const id = block.provider === 'youtube' ? youtubeId(block.url) : null;
  const label = { youtube: 'YouTube', x: 'X', facebook: 'Facebook' }[block.provider];
  return (
    <figure class={`embed embed-${block.provider}`}>
      {id ? (
        <div class="embed-frame">
          <iframe
            src={`https://www.youtube-nocookie.com/embed/${id}`}
            title={block.caption ?? `${label} video`}
            loading="lazy"
            allow="encrypted-media; picture-in-picture"
            allowFullScreen
            referrerpolicy="strict-origin-when-cross-origin"
          />
        </div>
      ) : (
        <a class="embed-link" href={block.url} rel="noopener">
          {label}: {block.url}
        </a>
      )}
      {block.caption ? <figcaption>{block.caption}</figcaption> : null}
    </figure>
  );
}

/**
 * The article body: structured blocks rendered to HTML; text is escaped by the renderer, and
 * addresses the URL policy refuses (stored before it existed) are left out.
 */
export function ArticleBody({ body }: { body: Block[] }) {
  const safe = safeBody(body);
  // A frozen body is shared and cannot change (the reader's page): its HTML is made once.
  if (Object.isFrozen(safe)) {
    let html = bodyHtml.get(safe);
    if (html === undefined) {
      html = renderToString(<Blocks blocks={safe} />);
      bodyHtml.set(safe, html);
    }
    return <div class="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div class="article-body">
      <Blocks blocks={safe} />
    </div>
  );
}

/** The HTML of frozen bodies' blocks, by the blocks (weak: gone with them). */
const bodyHtml = new WeakMap<Block[], string>();

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b) => (
        <BlockView block={b} />
      ))}
    </>
  );
}
