/** English speaker cues (attribution): see the fields' notes in analysis-cues.ts. */
export const EN_COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that']);
export const EN_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who']);
/** One unnamed source ("a source close to the talks"). */
export const EN_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'official', 'diplomat', 'insider']);
