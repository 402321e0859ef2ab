/**
 * Sharing an encounter with a partner, and taking one in: as a documented JSON package
 * (docs/biometrics.md) or as an ANSI/NIST-ITL 1-2011 transaction (nist-encounter.ts). Every export
 * and import is recorded (bio_shares: what, with whom, by whom, when, hash of what was sent) and
 * audited. Imported encounters are enrolled like any other: searched, linked, alerted.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { mediaType, sniffFormat } from './image.js';
import { encounterToNist, nistToEncounter, type SharedEncounter } from './nist-encounter.js';
import type { Biometrics, EnrolResult } from './service.js';
import type { EncounterInput } from './encounter-input.js';
import { CIRCUMSTANCES, type Circumstance } from './policy.js';

export type ShareFormat = 'json' | 'ansi-nist';
export const PACKAGE_FORMAT = 'atalaya.biometric-encounter';

export interface EncounterPackage {
  format: typeof PACKAGE_FORMAT;
  version: 1;
  exportedAt: string;
  sender: { agency: string; system: 'Atalaya' };
  recipient: string;
  encounter: SharedEncounter;
  images: { kind: string; mediaType: string; width: number; height: number; sha256: string; data: string }[];
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function partnerCode(partner: string): string {
  const p = partner?.trim();
  if (!p || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(p)) throw new InputError('partner must be an agency code (letters, digits, . _ -)', { field: 'partner' });
  return p;
}

async function record(bio: Biometrics, actor: Principal, encounterId: string, direction: 'export' | 'import', partner: string, format: ShareFormat, hash: string): Promise<void> {
  await bio.db.kysely.insertInto('bio_shares').values({ id: randomUUID(), encounter_id: encounterId, direction, partner, format, sha256: hash, actor: actor.id, agency: actor.agency, at: new Date().toISOString() }).execute();
  await appendAudit(bio.db, { actor, action: `biometrics.share.${direction}`, subject: `encounter:${encounterId}`, detail: { partner, format, sha256: hash } });
}

export async function exportEncounter(bio: Biometrics, actor: Principal, encounterId: string, partner: string, format: ShareFormat): Promise<{ bytes: Buffer; sha256: string; fileName: string }> {
  const to = partnerCode(partner);
  const e = await bio.encounter(actor, encounterId, `share with ${to}`);
  const imgs = await bio.images(actor, encounterId, `share with ${to}`);
  const shared: SharedEncounter = {
    reference: e.encounterId, person: e.person, post: e.post, place: e.place, latitude: e.latitude, longitude: e.longitude,
    occurredAt: e.occurredAt, officer: e.officer, agency: e.agency, circumstance: e.circumstance, legalBasis: e.legalBasis,
  };
  const meta = new Map(e.images.map((i) => [i.id, i]));
  let bytes: Buffer;
  if (format === 'json') {
    const pkg: EncounterPackage = {
      format: PACKAGE_FORMAT, version: 1, exportedAt: new Date().toISOString(), sender: { agency: actor.agency, system: 'Atalaya' }, recipient: to,
      encounter: shared,
      images: imgs.map((i) => ({ kind: i.kind, mediaType: mediaType(i.format as 'jpeg' | 'png'), width: meta.get(i.id)!.width, height: meta.get(i.id)!.height, sha256: i.sha256, data: i.bytes.toString('base64') })),
    };
    bytes = Buffer.from(JSON.stringify(pkg, null, 2) + '\n');
  } else if (format === 'ansi-nist') {
    bytes = encounterToNist(shared, imgs.map((i) => ({ kind: i.kind, bytes: i.bytes, width: meta.get(i.id)!.width, height: meta.get(i.id)!.height })), { ori: actor.agency, dai: to, tcn: randomUUID() });
  } else {
    throw new InputError(`unknown format "${String(format)}" (json or ansi-nist)`, { field: 'format' });
  }
  const hash = sha256(bytes);
  await record(bio, actor, encounterId, 'export', to, format, hash);
  return { bytes, sha256: hash, fileName: `encounter-${encounterId}.${format === 'json' ? 'json' : 'an2'}` };
}

/** The format of a received file, by content. */
export function sniffShare(bytes: Uint8Array): ShareFormat {
  const head = Buffer.from(bytes.subarray(0, 16)).toString('latin1').trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^1\.0*1:/.test(head)) return 'ansi-nist';
  throw new InputError('neither an Atalaya JSON package nor an ANSI/NIST-ITL transaction', { field: 'file' });
}

function parsePackage(bytes: Uint8Array, file: string): { input: Partial<EncounterInput>; reference?: string } {
  let pkg: EncounterPackage;
  try {
    pkg = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw new InputError(`not valid JSON: ${(err as Error).message}`, { file });
  }
  if (pkg?.format !== PACKAGE_FORMAT || pkg.version !== 1) throw new InputError(`not an ${PACKAGE_FORMAT} version 1 package`, { file, field: 'format' });
  const e = pkg.encounter;
  if (!e || typeof e !== 'object') throw new InputError('missing', { file, field: 'encounter' });
  const images = (pkg.images ?? []).map((im, i) => {
    const b = Buffer.from(String(im.data ?? ''), 'base64');
    if (sha256(b) !== im.sha256) throw new InputError('image does not match its sha256: altered or truncated', { file, field: `images[${i}]` });
    if (!sniffFormat(b)) throw new InputError('not a JPEG or PNG image', { file, field: `images[${i}]` });
    return { bytes: b, kind: im.kind === 'document' ? ('document' as const) : ('live' as const), name: `${file} images[${i}]` };
  });
  const p = e.person ?? ({} as SharedEncounter['person']);
  return {
    reference: e.reference,
    input: {
      person: {
        fullName: p.fullName, ...(p.surname ? { surname: p.surname } : {}), ...(p.givenNames ? { givenNames: p.givenNames } : {}),
        ...(p.birthDate ? { birthDate: p.birthDate } : {}), ...(p.sex ? { sex: p.sex as 'M' | 'F' | 'X' } : {}), ...(p.nationality ? { nationality: p.nationality } : {}),
        ...(p.documentNumber ? { documentType: p.documentType ?? 'document', documentNumber: p.documentNumber, ...(p.documentCountry ? { documentCountry: p.documentCountry } : {}) } : {}),
      },
      ...(p.mrz ? { mrz: p.mrz } : {}),
      post: e.post, ...(e.place ? { place: e.place } : {}),
      ...(e.latitude != null && e.longitude != null ? { latitude: e.latitude, longitude: e.longitude } : {}),
      occurredAt: e.occurredAt, officer: `${e.officer} (${e.agency})`,
      ...(CIRCUMSTANCES.includes(e.circumstance as Circumstance) ? { circumstance: e.circumstance as Circumstance } : {}),
      legalBasis: e.legalBasis,
      images,
    },
  };
}

/**
 * Takes in a partner's encounter and enrols it (origin "import:<partner>"). `legalBasis` is ours
 * for holding the copy (an agreement with the partner), recorded beside the partner's own.
 */
export async function importEncounter(bio: Biometrics, actor: Principal, bytes: Uint8Array, opts: { partner: string; legalBasis: string; file?: string }): Promise<EnrolResult & { reference?: string; format: ShareFormat }> {
  const from = partnerCode(opts.partner);
  if (!opts.legalBasis?.trim()) throw new InputError('the legal basis for holding a partner\'s biometric data is required', { field: 'legalBasis' });
  const file = opts.file ?? 'package';
  const format = sniffShare(bytes);
  const parsed = format === 'json' ? parsePackage(bytes, file) : nistToEncounter(bytes, file);
  const theirs = parsed.input.legalBasis ? ` (partner: ${parsed.input.legalBasis})` : '';
  const input: EncounterInput = {
    ...parsed.input,
    post: parsed.input.post ?? 'unknown',
    circumstance: parsed.input.circumstance ?? 'border-crossing',
    legalBasis: `${opts.legalBasis.trim()}${theirs}`.slice(0, 500),
    images: parsed.input.images ?? [],
    agency: actor.agency,
  };
  const result = await bio.enrol(actor, input, `import:${from}`);
  await record(bio, actor, result.encounterId, 'import', from, format, sha256(bytes));
  return { ...result, ...(parsed.reference ? { reference: parsed.reference } : {}), format };
}

/** What was shared with whom, for an encounter (or all). */
export async function shares(bio: Biometrics, encounterId?: string) {
  let q = bio.db.kysely.selectFrom('bio_shares').selectAll().orderBy('at');
  if (encounterId) q = q.where('encounter_id', '=', encounterId);
  return (await q.execute()).map((s) => ({ encounterId: s.encounter_id, direction: s.direction, partner: s.partner, format: s.format, sha256: s.sha256, actor: s.actor, agency: s.agency, at: s.at }));
}
