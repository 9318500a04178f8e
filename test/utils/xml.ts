import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { z } from 'zod';

/** Attributes kept as `@name` keys; a repeated element becomes an array, a single one does not. */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => false });

/** An XML document read into the shape a test expects; a document of another shape fails the test. */
export const readXml = <S extends z.ZodType>(xml: string, schema: S): z.output<S> =>
  schema.parse(parser.parse(xml));

/**
 * Whether a document is well-formed XML. fast-xml-parser 5 marks its validator deprecated in
 * favour of a separate package the project does not install; the pinned 5.12.1 keeps it. When
 * fast-xml-parser moves on, switch here (the one place tests validate XML).
 */
// eslint-disable-next-line @typescript-eslint/no-deprecated -- see above: no successor installed yet
export const isWellFormedXml = (xml: string): boolean => XMLValidator.validate(xml) === true;
