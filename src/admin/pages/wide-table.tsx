import type { ComponentChildren } from 'preact';

/**
 * A table wider than a phone (390 px) scrolls inside its own box, so the page itself never
 * scrolls sideways. Styled by attribute: the site stylesheet has no such class, and the CSP
 * allows style attributes (style-src-attr).
 */
export function WideTable({ children }: { children: ComponentChildren }) {
  return (
    <div class="admin-table-scroll" style="overflow-x:auto">
      {children}
    </div>
  );
}
