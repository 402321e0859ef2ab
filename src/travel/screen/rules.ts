/**
 * Risk rules an analyst configures: combinations of nationality and route (where the traveller
 * boards, where they leave the aircraft) that ask for a referral or a refusal. A rule fires when
 * every criterion it sets matches; an unset criterion matches anyone.
 */
import type { Finding } from './findings.js';
import type { TravellerSubject } from './subject.js';

export interface RiskRule {
  id: string;
  name: string;
  description: string;
  action: 'refer' | 'refuse';
  /** alpha-2 nationalities (lower case) */
  nationalities?: string[];
  /** places of embarkation (IATA codes as sent) */
  origins?: string[];
  /** places of debarkation */
  destinations?: string[];
  enabled: boolean;
}

const has = (set: string[] | undefined, v: string | null | undefined) => !set?.length || (!!v && set.some((x) => x.toLowerCase() === v.toLowerCase()));

export function ruleMatches(r: RiskRule, s: TravellerSubject): boolean {
  if (!r.enabled) return false;
  if (!r.nationalities?.length && !r.origins?.length && !r.destinations?.length) return false;
  return has(r.nationalities, s.nationality) && has(r.origins, s.embarkation) && has(r.destinations, s.debarkation);
}

export function ruleFindings(rules: RiskRule[], s: TravellerSubject): Finding[] {
  const out: Finding[] = [];
  for (const r of rules) {
    if (!ruleMatches(r, s)) continue;
    const what = [
      r.nationalities?.length ? `nationality ${s.nationality?.toUpperCase()}` : '',
      r.origins?.length ? `boarding at ${s.embarkation}` : '',
      r.destinations?.length ? `leaving the flight at ${s.debarkation}` : '',
    ].filter(Boolean);
    out.push({ check: 'rule', action: r.action, strength: 0.3, text: `Risk rule "${r.name}": ${what.join(', ')}${r.description ? ` (${r.description})` : ''}` });
  }
  return out;
}
