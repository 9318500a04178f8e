import sax from 'sax';
import { AppError } from '../../../domain/errors.ts';

/** An element of a record, names as written (with their prefix), text joined. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text and CDATA directly inside this element, in order, joined. */
  text: string;
  /** Text and child elements in document order (for XHTML bodies). */
  parts: (string | XmlNode)[];
}

/** One record element (an RSS item, an Atom entry, a NewsML-G2 newsItem) as read. */
export interface XmlRecord {
  node: XmlNode;
  /** The record's XML exactly as received. */
  raw: string;
  /** Its line in the document (1-based), for messages. */
  line: number;
}

/** What the document says around its records (the root, the channel's language). */
export interface XmlDocumentInfo {
  root: string;
  language: string;
}

export const MAX_DEPTH = 64;
/** One text value larger than this is refused: no real item is, and it would be held whole. */
export const MAX_TEXT_CHARS = 4 * 1024 * 1024;
/** One record larger than this is refused (its original is stored). */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** The name without its namespace prefix: `content:encoded` → `encoded`. */
export const local = (name: string): string => name.slice(name.indexOf(':') + 1);

export const child = (n: XmlNode, name: string): XmlNode | undefined =>
  n.children.find((c) => local(c.name) === name);
export const childrenNamed = (n: XmlNode, name: string): XmlNode[] =>
  n.children.filter((c) => local(c.name) === name);
/** The trimmed text of the first child of that local name, or ''. */
export const textOf = (n: XmlNode, name: string): string => child(n, name)?.text.trim() ?? '';

const malformed = (line: number, reason: string) =>
  new AppError('IMPORT_MALFORMED', `line ${line}: ${reason}`, [{ field: `line ${line}`, message: reason }]);

/**
 * Reads an XML document as a stream and yields its record elements (those `isRecord` names) one
 * at a time with their original text: memory holds one record, never the document. A DOCTYPE is
 * refused outright, so no entity is ever declared, expanded or fetched (XXE, "billion laughs");
 * only XML's five entities and character references are known. Malformed XML stops the read with
 * IMPORT_MALFORMED naming the line; the records before it have been yielded.
 */
export async function* readXmlRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  isRecord: (localName: string) => boolean,
  info: XmlDocumentInfo,
): AsyncGenerator<XmlRecord> {
  // strictEntities (sax ≥ 1.3; its @types predate it): HTML's named entities are not XML's.
  const parser = sax.parser(true, { strictEntities: true, position: true, trim: false } as sax.SAXOptions);
  const state: { failure: AppError | null } = { failure: null };
  const ready: XmlRecord[] = [];
  const open: XmlNode[] = [];
  // Where the record being read starts (absolute character offset), and the text kept for it.
  const rec = { depth: -1, start: 0, line: 0, chars: 0 };
  let buf = '';
  let bufStart = 0;
  let depth = 0;
  const line = () => parser.line + 1;
  const fail = (reason: string) => {
    state.failure ??= malformed(line(), reason);
  };
  parser.ondoctype = () => fail('a DOCTYPE is not allowed (entity declarations are refused)');
  parser.onerror = (e) => fail(`malformed XML (${e.message.split('\n')[0]?.toLowerCase() ?? 'unreadable'})`);
  parser.onopentag = (tag) => {
    if (state.failure) return;
    depth++;
    if (depth > MAX_DEPTH) {
      fail(`elements nested deeper than ${MAX_DEPTH}`);
      return;
    }
    if (depth === 1) info.root = local(tag.name);
    const attrs: Record<string, string> = {};
    // Without xmlns processing sax gives attributes as plain strings.
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) attrs[k] = v;
    if (rec.depth < 0 && !isRecord(local(tag.name))) {
      if (local(tag.name) === 'language' || attrs['xml:lang']) info.language ||= attrs['xml:lang'] ?? '';
      open.length = 0;
      open.push({ name: tag.name, attrs, children: [], text: '', parts: [] });
      return;
    }
    const node: XmlNode = { name: tag.name, attrs, children: [], text: '', parts: [] };
    if (rec.depth < 0) {
      rec.depth = depth;
      rec.start = parser.startTagPosition - 1;
      rec.line = line();
      open.length = 0;
    } else {
      const parent = open[open.length - 1];
      parent?.children.push(node);
      parent?.parts.push(node);
    }
    open.push(node);
  };
  const addText = (t: string) => {
    if (state.failure) return;
    const node = open[open.length - 1];
    if (!node) return;
    if (rec.depth < 0) {
      // Outside records only the channel's <language> is kept.
      if (local(node.name) === 'language' && node.text.length < 100) {
        node.text += t;
        info.language = node.text.trim();
      }
      return;
    }
    if (node.text.length + t.length > MAX_TEXT_CHARS) {
      fail(`a value longer than ${MAX_TEXT_CHARS} characters`);
      return;
    }
    node.text += t;
    node.parts.push(t);
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.onclosetag = () => {
    if (state.failure) return;
    if (depth === rec.depth) {
      const node = open[0];
      const end = parser.position;
      if (node) ready.push({ node, raw: buf.slice(rec.start - bufStart, end - bufStart), line: rec.line });
      rec.depth = -1;
      open.length = 0;
    } else if (rec.depth >= 0) open.pop();
    depth--;
  };

  for await (const chunk of chunks) {
    buf += chunk;
    parser.write(chunk);
    if (state.failure) throw state.failure;
    if (rec.depth >= 0 && parser.position - rec.start > MAX_RECORD_CHARS)
      throw malformed(rec.line, `an item longer than ${MAX_RECORD_CHARS} characters`);
    // Keep only the text of the record being read (or of a tag begun here that may open one).
    const keepFrom = rec.depth >= 0 ? rec.start : Math.max(bufStart, parser.startTagPosition - 1);
    if (parser.position - keepFrom > MAX_RECORD_CHARS)
      throw malformed(line(), `text longer than ${MAX_RECORD_CHARS} characters outside any item`);
    buf = buf.slice(keepFrom - bufStart);
    bufStart = keepFrom;
    while (ready.length) yield ready.shift() as XmlRecord;
  }
  parser.close();
  if (state.failure) throw state.failure;
  if (!info.root) throw malformed(line(), 'the document is empty');
  while (ready.length) yield ready.shift() as XmlRecord;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The element's content written back as HTML (prefixes dropped), for the sanitiser to read. */
export function innerHtml(n: XmlNode): string {
  return n.parts
    .map((p) => {
      if (typeof p === 'string') return escapeText(p);
      const attrs = Object.entries(p.attrs)
        .filter(([k]) => !k.startsWith('xmlns'))
        .map(([k, v]) => ` ${local(k)}="${escapeAttr(v)}"`)
        .join('');
      return `<${local(p.name)}${attrs}>${innerHtml(p)}</${local(p.name)}>`;
    })
    .join('');
}
