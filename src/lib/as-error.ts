/** A thrown or rejected value as an Error: itself when it is one, else an Error carrying its text. */
export const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));
