/** Breaking news ends: when a flag raised at `from` stops showing, after `hours`. */
export function breakingEnd(from: Date, hours: number): Date {
  return new Date(from.getTime() + Math.round(hours * 3_600_000));
}

/** Whether the breaking flag still shows at `now`. */
export function isBreakingNow(a: { breaking: boolean; breakingUntil: Date | null }, now: Date): boolean {
  return a.breaking && (a.breakingUntil === null || a.breakingUntil.getTime() > now.getTime());
}
