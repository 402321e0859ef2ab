/**
 * The side effects of a screening: every hit against a list (watchlist, lost and stolen
 * register) goes into the one alert stream, and every screening is one audit record saying who
 * screened what and what came out (verdicts and which checks fired, not the dossiers).
 */
import type { Db } from '../../store/db.js';
import type { Principal } from '../../auth/principal.js';
import type { AlertChannel, RaisedAlert } from '../../cases/types.js';
import { raiseAlert } from '../../cases/alerts.js';
import { appendAudit } from '../../audit/log.js';
import type { TravellerResult } from './screen-traveller.js';
import { subjectEntity } from './subject.js';

export interface RecordOptions {
  channel: Extract<AlertChannel, 'border' | 'manifest'>;
  /** crossing, scan or manifest reference the alerts point back to */
  sourceRef: string;
  /**
   * What makes a hit the same hit again: a rescan at the same post on the same day, or the same
   * manifest uploaded twice, returns the existing alert instead of a second one.
   */
  dedupeScope: string;
  /** audit verb, e.g. "travel.scan", "travel.manifest.screen" */
  action: string;
  auditSubject: string;
}

export async function recordScreening(db: Db, actor: Principal, results: TravellerResult[], opts: RecordOptions): Promise<RaisedAlert[][]> {
  const alerts: RaisedAlert[][] = [];
  for (const r of results) {
    const raised: RaisedAlert[] = [];
    for (const f of r.findings) {
      if (!f.hit) continue;
      raised.push(
        await raiseAlert(db, {
          channel: opts.channel,
          agency: actor.agency,
          subject: subjectEntity(r.subject),
          subjectKey: r.subject.key,
          listed: f.hit.listed,
          listId: f.hit.listId,
          listVersion: f.hit.listVersion,
          score: f.hit.score,
          band: f.hit.band,
          reasons: f.hit.reasons,
          sourceRef: opts.sourceRef,
          dedupeKey: [actor.agency, opts.channel, r.subject.key, f.hit.listed.id, opts.dedupeScope].join('|'),
        }),
      );
    }
    alerts.push(raised);
  }
  await appendAudit(db, {
    actor,
    action: opts.action,
    subject: opts.auditSubject,
    detail: {
      travellers: results.length,
      flagged: results
        .filter((r) => r.verdict !== 'clear')
        .map((r) => ({ key: r.subject.key, verdict: r.verdict, checks: [...new Set(r.findings.map((f) => f.check))], alerts: (alerts[results.indexOf(r)] ?? []).map((a) => a.id).filter(Boolean) })),
    },
  });
  return alerts;
}
