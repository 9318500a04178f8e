import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, errorCatalog } from './errors.ts';

describe('error catalog', () => {
  it('agrees with docs/practices/errors.md, code for code and status for status', () => {
    const doc = readFileSync(new URL('../../docs/practices/errors.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` +\| (\d{3}) +\|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(Object.entries(errorCatalog).map(([code, e]) => [code, e.status]));
  });

  it('gives every error its status and default message', () => {
    const e = new AppError('SECTION_NOT_FOUND');
    expect(e.status).toBe(400);
    expect(e.message).toBe('The section does not exist.');
    expect(new AppError('GONE', 'withdrawn', [{ field: 'slug', message: 'x' }]).issues).toEqual([
      { field: 'slug', message: 'x' },
    ]);
  });
});
