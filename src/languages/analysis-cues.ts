/**
 * The words and rules story analysis (src/analysis) reads per language. Tables a language lacks
 * are empty, and the analysis rules that read them then find nothing: a pack without cues gets
 * generic behaviour, never another language's.
 */
export interface AnalysisCues {
  /** Placeholder while the cue tables move in. */
  readonly _?: never;
}

export const NO_ANALYSIS_CUES: AnalysisCues = {};
