/** Opaque keyset cursors: base64url JSON of the last item's publication time and id. */
export interface Cursor {
  publishedAt: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ p: c.publishedAt.toISOString(), i: c.id })).toString('base64url');
}

/** The cursor, or null when the text is not one we issued. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { p?: unknown; i?: unknown };
    if (typeof v.p !== 'string' || typeof v.i !== 'string' || !/^[0-9a-f-]{36}$/.test(v.i)) return null;
    const publishedAt = new Date(v.p);
    return Number.isNaN(publishedAt.getTime()) ? null : { publishedAt, id: v.i };
  } catch {
    return null;
  }
}
