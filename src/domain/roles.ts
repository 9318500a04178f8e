/**
 * Newsroom roles and what each may do. Every admin route declares the permission it needs; a
 * test walks every route × role, and a route without a declared permission fails it.
 */
export const roles = ['contributor', 'author', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const permissions = {
  /** See the newsroom at all (own account, own drafts). */
  'newsroom.enter': ['contributor', 'author', 'editor', 'admin'],
  'articles.write-own': ['contributor', 'author', 'editor', 'admin'],
  'articles.publish-own': ['author', 'editor', 'admin'],
  'articles.edit-any': ['editor', 'admin'],
  'articles.publish-any': ['editor', 'admin'],
  'frontpage.curate': ['editor', 'admin'],
  /** Name sections and tags in each language, add, order and remove sections. */
  'taxonomy.manage': ['editor', 'admin'],
  'analysis.correct': ['editor', 'admin'],
  'users.manage': ['admin'],
  'settings.manage': ['admin'],
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/** Every permission a role has (the admin UI shows only what the server will allow). */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((p) => can(role, p));
}
