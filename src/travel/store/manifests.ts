/** Manifests as received, with each traveller's screening result and the order to meet them. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db.js';
import { nowIso } from '../../store/db.js';
import type { Manifest } from '../paxlst/types.js';
import type { ManifestScreening } from '../screen/screen-traveller.js';
import { fullName } from '../screen/subject.js';
import './schema.js';

export interface StoredTraveller {
  index: number;
  name: string;
  birthDate: string | null;
  nationality: string | null;
  documentNumber: string | null;
  verdict: string;
  strength: number;
  rank: number | null;
  reasons: string[];
}

export interface StoredManifest {
  id: string;
  flight: string;
  carrier: string | null;
  origin: string | null;
  destination: string | null;
  departure: string | null;
  arrival: string | null;
  travellerCount: number;
  referCount: number;
  refuseCount: number;
  warnings: Manifest['warnings'];
  receivedAt: string;
  receivedBy: string;
}

export async function storeManifest(db: Db, m: Manifest, screening: ManifestScreening, by: string): Promise<string> {
  const id = randomUUID();
  const leg = m.legs.find((l) => l.flight === m.flight) ?? m.legs[m.legs.length - 1]!;
  const rank = new Map(screening.toMeet.map((r, i) => [r.subject.index, i + 1]));
  await db.kysely.transaction().execute(async (tx) => {
    await tx.insertInto('travel_manifests').values({
      id, flight: m.flight, carrier: leg.carrier ?? null, kind: m.kind, version: m.version, message_ref: m.messageRef,
      origin: leg.from ?? null, destination: leg.to ?? null, departure: leg.departure ?? null, arrival: leg.arrival ?? null,
      traveller_count: m.travellers.length, refer_count: screening.counts.refer, refuse_count: screening.counts.refuse,
      warnings_json: JSON.stringify(m.warnings), manifest_json: JSON.stringify(m), received_at: nowIso(), received_by: by,
    }).execute();
    const rows = screening.travellers.map((r) => ({
      manifest_id: id,
      idx: r.subject.index ?? 0,
      name: fullName(r.subject),
      birth_date: r.subject.birthDate ?? null,
      nationality: r.subject.nationality ?? r.subject.nationalityCode ?? null,
      doc_number: r.subject.document?.number ?? null,
      verdict: r.verdict,
      strength: r.strength,
      rank: rank.get(r.subject.index) ?? null,
      reasons_json: JSON.stringify(r.findings.map((f) => f.text)),
    }));
    for (let i = 0; i < rows.length; i += 100) await tx.insertInto('travel_manifest_travellers').values(rows.slice(i, i + 100)).execute();
  });
  return id;
}

function storedManifest(r: { id: string; flight: string; carrier: string | null; origin: string | null; destination: string | null; departure: string | null; arrival: string | null; traveller_count: number; refer_count: number; refuse_count: number; warnings_json: string; received_at: string; received_by: string }): StoredManifest {
  return {
    id: r.id, flight: r.flight, carrier: r.carrier, origin: r.origin, destination: r.destination, departure: r.departure, arrival: r.arrival,
    travellerCount: Number(r.traveller_count), referCount: Number(r.refer_count), refuseCount: Number(r.refuse_count),
    warnings: JSON.parse(r.warnings_json) as Manifest['warnings'], receivedAt: r.received_at, receivedBy: r.received_by,
  };
}

/** The latest manifests received, newest first: the flights panel of the targeting centre. */
export async function listManifests(db: Db, opts: { limit?: number } = {}): Promise<StoredManifest[]> {
  const rows = await db.kysely
    .selectFrom('travel_manifests')
    .select(['id', 'flight', 'carrier', 'origin', 'destination', 'departure', 'arrival', 'traveller_count', 'refer_count', 'refuse_count', 'warnings_json', 'received_at', 'received_by'])
    .orderBy('received_at', 'desc')
    .limit(opts.limit ?? 50)
    .execute();
  return rows.map(storedManifest);
}

export async function getManifest(db: Db, id: string): Promise<(StoredManifest & { manifest: Manifest }) | undefined> {
  const r = await db.kysely.selectFrom('travel_manifests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return { ...storedManifest(r), manifest: JSON.parse(r.manifest_json) as Manifest };
}

/** The manifest's travellers; `toMeet` keeps only those to meet, in the order to meet them. */
export async function manifestTravellers(db: Db, id: string, opts: { toMeet?: boolean } = {}): Promise<StoredTraveller[]> {
  let q = db.kysely.selectFrom('travel_manifest_travellers').selectAll().where('manifest_id', '=', id);
  q = opts.toMeet ? q.where('rank', 'is not', null).orderBy('rank') : q.orderBy('idx');
  return (await q.execute()).map((r) => ({
    index: Number(r.idx), name: r.name, birthDate: r.birth_date, nationality: r.nationality, documentNumber: r.doc_number,
    verdict: r.verdict, strength: Number(r.strength), rank: r.rank == null ? null : Number(r.rank), reasons: JSON.parse(r.reasons_json) as string[],
  }));
}
