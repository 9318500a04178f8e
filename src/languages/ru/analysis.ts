import type { AnalysisCues } from '../analysis-cues.ts';

export const ruAnalysis: AnalysisCues = {};
