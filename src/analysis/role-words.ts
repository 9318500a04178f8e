/** Comparing role words across case endings, shared by coreference and the speaker index. */

/**
 * Two forms of one role word: equal but for a short case ending ("министра" ~ "министр", "naziri" ~
 * "nazir", "главы" ~ "глава"), never a longer word sharing a stem ("ministry" ≁ "minister",
 * "nazirliyi" ≁ "nazir").
 */
export function sameRoleWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return (
    common >= Math.max(4, Math.min(a.length, b.length) - 1) && Math.max(a.length, b.length) - common <= 2
  );
}
