/**
 * A variable a suite's beforeAll assigns is typed as always set, but it is still undefined when
 * beforeAll failed before reaching it. afterAll hooks read it through this, so that a failed start
 * is reported once, not masked by a second error from the cleanup.
 */
export const ifStarted = <T>(value: T): T | undefined => value;
