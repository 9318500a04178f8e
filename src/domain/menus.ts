import { z } from 'zod';

/** How many entries one menu may hold. */
export const MAX_MENU_ITEMS = 20;

/** A custom link's address: http(s) to anywhere, or a path on this site (`/en/latest/`); nothing else. */
const menuUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => {
    if (u.startsWith('/')) return !u.startsWith('//') && !/[\s\\]/.test(u);
    if (!/^https?:\/\//i.test(u)) return false;
    try {
      return ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  }, 'must be an http(s) address or a path on this site starting with /');

/**
 * One entry of the header or footer menu: a section (its name in the reader's language), or a
 * custom link with a label per language (a language without one shows the default language's).
 */
export const menuItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('section'), section: z.string().trim().min(1).max(100) }).strict(),
  z
    .object({
      type: z.literal('link'),
      // An empty label is none: that language shows the default language's.
      labels: z
        .record(z.string(), z.string().trim().max(80))
        .transform((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== ''))),
      url: menuUrl,
    })
    .strict(),
]);
export type MenuItem = z.output<typeof menuItemSchema>;

/** A menu, in the order the editor set; `null` means "every section, in the sections' order". */
const menuSchema = z
  .array(menuItemSchema)
  .max(MAX_MENU_ITEMS, `must have at most ${String(MAX_MENU_ITEMS)} entries`)
  .nullable();

export const menusSchema = z.object({ header: menuSchema, footer: menuSchema }).strict();
export type Menus = z.output<typeof menusSchema>;

export const defaultMenus: Menus = { header: null, footer: null };

/** A menu entry as a page shows it. */
export interface MenuLink {
  label: string;
  href: string;
  /** The section's slug, for entries that are sections (to mark the current one). */
  section?: string;
}

/**
 * A menu in a language: sections by their names there (an entry whose section is gone is left
 * out), links by their label there or else the default language's; the sections themselves when
 * no menu is set.
 */
export function menuLinks(
  items: readonly MenuItem[] | null,
  sections: readonly { slug: string; name: string }[],
  language: string,
  defaultLanguage: string,
  sectionHref: (slug: string) => string,
): MenuLink[] {
  if (items === null)
    return sections.map((s) => ({ label: s.name, href: sectionHref(s.slug), section: s.slug }));
  return items.flatMap((item): MenuLink[] => {
    if (item.type === 'section') {
      const s = sections.find((x) => x.slug === item.section);
      return s ? [{ label: s.name, href: sectionHref(s.slug), section: s.slug }] : [];
    }
    const label = item.labels[language] || item.labels[defaultLanguage] || '';
    return label ? [{ label, href: item.url }] : [];
  });
}
