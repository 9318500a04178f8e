import type { Translate } from './messages.ts';

/**
 * A newsroom role in words, in the language of `t`. Both newsroom catalogs hold these keys (the
 * server pages' in src/admin/messages, the app's in src/admin/ui/messages), so the server pages
 * and the browser app name roles through this one switch. Anything that is not a role shows as
 * it is.
 */
export function roleName(t: Translate, role: string): string {
  switch (role) {
    case 'contributor':
      return t('role.contributor');
    case 'author':
      return t('role.author');
    case 'editor':
      return t('role.editor');
    case 'admin':
      return t('role.admin');
    default:
      return role;
  }
}
