/**
 * What screening found about one traveller, and how findings become a verdict.
 * Each finding says in words what was found, what it asks of the officer (refuse, refer, or
 * only note), and how strong the evidence is (0-1), which orders the travellers to meet first.
 */
import type { Entity } from '../../model/entity.js';
import type { Band, Reason } from '../../matching/types.js';

export type Verdict = 'clear' | 'refer' | 'refuse';
export type Check = 'watchlist' | 'sltd' | 'encounter' | 'document' | 'rule';

export interface Finding {
  check: Check;
  action: 'refuse' | 'refer' | 'note';
  strength: number;
  text: string;
  /** for hits against a list: what goes into the alert stream */
  hit?: { listed: Entity; listId: string; listVersion: number; score: number; band: Band; reasons: Reason[] };
}

const ORDER: Record<Finding['action'], number> = { note: 0, refer: 1, refuse: 2 };

export function verdictOf(findings: Finding[]): Verdict {
  let worst = 0;
  for (const f of findings) worst = Math.max(worst, ORDER[f.action]);
  return worst === 2 ? 'refuse' : worst === 1 ? 'refer' : 'clear';
}

/** Best evidence first: refusals before referrals before notes, stronger before weaker. */
export function byEvidence(a: Finding, b: Finding): number {
  return ORDER[b.action] - ORDER[a.action] || b.strength - a.strength;
}
