/**
 * False alarms: ordinary generated people screened against the UN + OFAC index. The share whose
 * top hit reaches the review threshold, by locale, with examples for the engine engineer.
 */
import type { Entity } from '../../src/model/entity.js';
import type { Matcher } from './matcher.js';
import { percentile } from './metrics.js';
import { ordinaryPeople } from './people.js';

export function falseAlarms(m: Matcher, listed: Entity[], n: number) {
  const index = m.newIndex();
  for (const e of listed) index.add(e);
  const people = ordinaryPeople(n);
  const byLocale: Record<string, { people: number; flagged: number }> = {};
  const examples: unknown[] = [];
  const times: number[] = [];
  let flagged = 0;
  let blocked = 0;
  for (const p of people) {
    const t0 = performance.now();
    const top = index.search(p, { limit: 1, thresholds: m.thresholds })[0];
    times.push(performance.now() - t0);
    const loc = (byLocale[p.locale] ??= { people: 0, flagged: 0 });
    loc.people++;
    if (!top || top.score < m.thresholds.review) continue;
    flagged++;
    loc.flagged++;
    if (top.score >= m.thresholds.block) blocked++;
    if (examples.length < 200) {
      examples.push({ matcher: m.name, error: 'false alarm (ordinary person)', locale: p.locale, query: p.properties, hit: { id: top.entity.id, matchedName: top.matchedName, score: Math.round(top.score * 1000) / 1000, band: top.band }, explanation: top.explanation });
    }
  }
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    people: people.length,
    flaggedAtReview: flagged,
    shareAtReview: r4(flagged / people.length),
    flaggedAtBlock: blocked,
    shareAtBlock: r4(blocked / people.length),
    byLocale: Object.fromEntries(Object.entries(byLocale).map(([k, v]) => [k, { ...v, share: r4(v.flagged / v.people) }])),
    searchMs: { p50: r4(percentile(times, 50)), p99: r4(percentile(times, 99)) },
    examples,
  };
}
