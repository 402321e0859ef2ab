/**
 * The decisions' numbers in one place: score thresholds for linking and alerting, and how long
 * each kind of encounter is kept.
 */

/**
 * Cosine similarity of face templates. Calibrated on what can be had offline (docs/biometrics.md):
 * altered copies of one face score 0.92-1.00 (most above 0.98); different people in one group
 * photograph score up to 0.93. So: at or above `match` encounters are linked without asking; from
 * `review` up, an officer confirms or rejects the link; watchlist hits from `review` up alert.
 */
export interface ThresholdProfile {
  name: string;
  match: number;
  review: number;
}

export const THRESHOLDS: Record<string, ThresholdProfile> = {
  default: { name: 'default', match: 0.97, review: 0.94 },
  // for a gate with a lot of traffic: fewer officer reviews, more missed links
  strict: { name: 'strict', match: 0.98, review: 0.96 },
};

export const CIRCUMSTANCES = ['border-crossing', 'migrant-reception', 'arrest'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];

/**
 * Retention in years per circumstance. Defaults from common practice in border-management law
 * (a routine crossing is kept shortest; an arrest longest); an agency sets its own by law.
 */
export const RETENTION_YEARS: Record<Circumstance, number> = {
  'border-crossing': 3,
  'migrant-reception': 10,
  arrest: 10,
};

export function retainUntil(circumstance: Circumstance, occurredAt: string, years: Record<Circumstance, number> = RETENTION_YEARS): string {
  const d = new Date(occurredAt);
  d.setUTCFullYear(d.getUTCFullYear() + years[circumstance]);
  return d.toISOString();
}
