/** The corpus's sections, created through the taxonomy service before any article is written. */
import type { Container } from '../../src/app.ts';
import { SECTIONS } from './vocabulary.ts';

export async function ensureSections(c: Container): Promise<void> {
  for (const [position, s] of SECTIONS.entries()) {
    if (await c.taxonomy.section(s.slug)) continue;
    await c.taxonomy.createSection({ slug: s.slug, name: s.name, names: s.names, position });
  }
}
