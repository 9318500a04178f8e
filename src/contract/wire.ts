import { z } from 'zod';

/** Times on the wire: ISO 8601 text. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const pageMetaSchema = z.object({
  page: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

/** An answer carrying one thing: `{data}`. */
export const dataOf = <T extends z.ZodType>(data: T) => z.object({ data });

/** An answer carrying one page of a list: `{data: [...], meta: {page, pageCount, total}}`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), meta: pageMetaSchema });

export interface Page<T> {
  data: T[];
  meta: z.output<typeof pageMetaSchema>;
}
