import { checked, feedDate, itemLabel, type ParsedWireItem, type WireEntry } from './parsed-item.ts';
import {
  child,
  childrenNamed,
  innerHtml,
  local,
  readXmlRecords,
  textOf,
  type XmlDocumentInfo,
  type XmlNode,
} from './xml-records.ts';

const RECORDS = new Set(['item', 'entry', 'newsItem']);

function rssItem(n: XmlNode, raw: string): ParsedWireItem {
  const link = textOf(n, 'link');
  const encoded = n.children.find((c) => c.name === 'content:encoded')?.text ?? '';
  const description = textOf(n, 'description');
  const creator = n.children.find((c) => c.name === 'dc:creator')?.text.trim() ?? textOf(n, 'author');
  return checked({
    guid: textOf(n, 'guid') || link,
    headline: textOf(n, 'title'),
    slugline: null,
    body: encoded.trim() || description,
    bodyIsHtml: true,
    url: link || null,
    language: n.children.find((c) => c.name === 'dc:language')?.text.trim() || null,
    byline: creator || null,
    located: null,
    subjects: childrenNamed(n, 'category')
      .map((c) => c.text.trim())
      .filter(Boolean),
    publishedAt: feedDate(
      textOf(n, 'pubDate') || (n.children.find((c) => c.name === 'dc:date')?.text ?? ''),
      'pubDate',
    ),
    original: raw,
  });
}

/** Atom text constructs: type="xhtml" holds elements, "html" escaped HTML, "text" plain text. */
function atomText(n: XmlNode | undefined): { text: string; html: boolean } {
  if (!n) return { text: '', html: false };
  const type = n.attrs.type ?? 'text';
  if (type === 'xhtml') {
    const div = n.children.find((c) => local(c.name) === 'div');
    return { text: div ? innerHtml(div) : innerHtml(n), html: true };
  }
  return { text: n.text.trim(), html: type === 'html' };
}

function atomEntry(n: XmlNode, raw: string): ParsedWireItem {
  const links = childrenNamed(n, 'link');
  const link = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate')?.attrs.href ?? '';
  const content = child(n, 'content');
  const body = content ? atomText(content) : atomText(child(n, 'summary'));
  const authors = childrenNamed(n, 'author')
    .map((a) => textOf(a, 'name'))
    .filter(Boolean);
  return checked({
    guid: textOf(n, 'id'),
    headline: atomText(child(n, 'title')).text.replace(/<[^>]*>/g, ''),
    slugline: null,
    body: body.text,
    bodyIsHtml: body.html,
    url: link || null,
    language: n.attrs['xml:lang'] ?? null,
    byline: authors.join(', ') || null,
    located: null,
    subjects: childrenNamed(n, 'category')
      .map((c) => c.attrs.label ?? c.attrs.term ?? '')
      .filter(Boolean),
    publishedAt: feedDate(textOf(n, 'published') || textOf(n, 'updated'), 'published'),
    original: raw,
  });
}

/** NewsML-G2 <newsItem>: itemMeta, contentMeta, and the body in contentSet/inlineXML. */
function newsItem(n: XmlNode, raw: string): ParsedWireItem {
  const meta = child(n, 'contentMeta');
  const itemMeta = child(n, 'itemMeta');
  const inlineXml = child(child(n, 'contentSet') ?? n, 'inlineXML');
  const inlineData = child(child(n, 'contentSet') ?? n, 'inlineData');
  // The body of an XHTML document inside inlineXML, else its content.
  const html = inlineXml ? child(inlineXml, 'html') : undefined;
  const bodyNode = html ? child(html, 'body') : inlineXml;
  const creators = meta
    ? childrenNamed(meta, 'creator')
        .map((c) => textOf(c, 'name') || c.attrs.literal || '')
        .filter(Boolean)
    : [];
  const located = meta ? child(meta, 'located') : undefined;
  const subjects = meta
    ? childrenNamed(meta, 'subject')
        .map((s) => textOf(s, 'name') || s.attrs.qcode || '')
        .filter(Boolean)
    : [];
  return checked({
    guid: n.attrs.guid ?? '',
    headline: meta ? textOf(meta, 'headline') : '',
    slugline: (meta && textOf(meta, 'slugline')) || null,
    body: bodyNode ? innerHtml(bodyNode) : (inlineData?.text.trim() ?? ''),
    bodyIsHtml: Boolean(bodyNode),
    url: null,
    language: (meta && child(meta, 'language')?.attrs.tag) ?? n.attrs['xml:lang'] ?? null,
    byline: creators.join(', ') || null,
    located: located ? textOf(located, 'name') || located.attrs.qcode || null : null,
    subjects,
    publishedAt: feedDate(
      (meta && (textOf(meta, 'contentCreated') || textOf(meta, 'contentModified'))) ||
        (itemMeta ? textOf(itemMeta, 'versionCreated') : ''),
      'contentCreated',
    ),
    original: raw,
  });
}

function idOf(n: XmlNode): string {
  const name = local(n.name);
  if (name === 'newsItem') return n.attrs.guid ?? '';
  return textOf(n, name === 'entry' ? 'id' : 'guid') || textOf(n, 'link');
}

/**
 * Reads RSS 2.0, Atom or NewsML-G2 XML (told apart by the records they hold) as a stream of
 * items; an item that lacks what it needs becomes an error naming it and the reading goes on.
 */
export async function* readFeedXml(
  chunks: AsyncIterable<string> | Iterable<string>,
  info: XmlDocumentInfo = { root: '', language: '' },
): AsyncGenerator<WireEntry> {
  let position = 0;
  for await (const { node, raw, line } of readXmlRecords(chunks, (name) => RECORDS.has(name), info)) {
    position++;
    const name = local(node.name);
    try {
      const item =
        name === 'entry'
          ? atomEntry(node, raw)
          : name === 'newsItem'
            ? newsItem(node, raw)
            : rssItem(node, raw);
      yield { item };
    } catch (e) {
      const label = itemLabel(idOf(node), `item ${position}`);
      yield { error: `line ${line}, ${label}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
}
