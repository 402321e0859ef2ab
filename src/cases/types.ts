/**
 * The one alert stream's contract. `raiseAlert(db, input)` in src/cases/alerts.ts (issue 6)
 * records a hit from any channel with its evidence frozen as it was. Channels: border scans,
 * manifests, monitoring after a list update, batch jobs, biometrics, vessels, payments.
 * It is idempotent on `dedupeKey`: raising the same hit twice returns the existing alert, and a
 * subject/listed-entity pair that was adjudicated a false positive (and suppressed) is not
 * raised again until the listed entity's data changes.
 */
import type { Entity } from '../model/entity.js';
import type { Reason, Band } from '../matching/types.js';

export type AlertChannel = 'border' | 'manifest' | 'monitoring' | 'batch' | 'screening' | 'biometrics' | 'maritime' | 'finance' | 'cargo';

export interface NewAlert {
  channel: AlertChannel;
  /** the agency whose queue receives it */
  agency: string;
  /** the subject as it was screened (traveller, customer, vessel...), frozen */
  subject: Entity;
  /** stable key of the subject in its channel (customer id, document number, encounter id) */
  subjectKey: string;
  /** the listed entity as it was in that list version, frozen */
  listed: Entity;
  listId: string;
  listVersion: number;
  score: number;
  band: Band;
  reasons: Reason[];
  /** where it came from: crossing id, manifest id, job id, list version id... */
  sourceRef?: string;
  dedupeKey?: string;
}

export interface RaisedAlert {
  id: string;
  /** false when an identical open alert already existed or the pair is suppressed */
  created: boolean;
  suppressed?: boolean;
}
