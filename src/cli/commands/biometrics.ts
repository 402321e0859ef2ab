/**
 * `atalaya biometrics ...`: enrol an encounter, identify (1:N), verify (1:1), review uncertain
 * links, show encounters and identities, watchlist, export/import for partners, purge.
 * Thin: every decision is in src/biometrics. Biometric data needs ATALAYA_DATA_KEY.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { CliError } from '../errors.js';
import { asCli, out } from './users.js';
import { Biometrics } from '../../biometrics/service.js';
import { MissingDataKeyError } from '../../biometrics/crypto.js';
import { exportEncounter, importEncounter, shares, type ShareFormat } from '../../biometrics/share.js';
import type { EncounterInput } from '../../biometrics/encounter-input.js';
import type { Circumstance } from '../../biometrics/policy.js';
import type { Db } from '../../store/db.js';
import type { Principal } from '../../auth/principal.js';

function read(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Runs with the biometrics service; a missing data key is a one-line refusal. */
function withBio<T>(as: string | undefined, fn: (bio: Biometrics, p: Principal, db: Db) => Promise<T>): Promise<T> {
  return asCli(as, async (db, p) => {
    const bio = new Biometrics(db, { dataKey: loadConfig().dataKey });
    try {
      return await fn(bio, p, db);
    } catch (err) {
      if (err instanceof MissingDataKeyError) throw new CliError(err.message);
      throw err;
    } finally {
      await bio.close();
    }
  });
}

const num = (v: string | undefined, name: string) => {
  if (v == null) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new CliError(`${name} must be a number, not "${v}"`);
  return n;
};

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function register(program: Command): void {
  const bio = program.command('biometrics').description('biometric enrolment of encounters, 1:N identification, identities, partner exchange');

  bio.command('enrol')
    .description('enrol an encounter: check and template the face(s), search, link into an identity, alert on watchlist hits')
    .requiredOption('--image <file>', 'live face photograph (JPEG or PNG); repeat for more', collect)
    .option('--document-image <file>', 'photograph of the travel document\'s portrait', collect)
    .option('--name <full name>', 'name as given')
    .option('--surname <surname>').option('--given <given names>')
    .option('--dob <date>', 'birth date, ISO (YYYY, YYYY-MM, YYYY-MM-DD)')
    .option('--sex <M|F|X>').option('--nationality <code>')
    .option('--doc-type <type>').option('--doc-number <number>').option('--doc-country <code>')
    .option('--mrz-file <file>', 'the machine-readable zone as read (text file)')
    .requiredOption('--post <post>', 'border crossing point, reception centre, station')
    .option('--place <place>').option('--lat <degrees>').option('--lon <degrees>')
    .option('--at <iso time>', 'when (default now)')
    .requiredOption('--circumstance <c>', 'border-crossing | migrant-reception | arrest')
    .requiredOption('--legal-basis <text>', 'the law that allows taking the biometric data')
    .option('--officer <name>')
    .option('--as <username>', 'act as this user (default: the CLI system principal)')
    .option('--json', 'JSON output')
    .action(async (o) => {
      const input: EncounterInput = {
        person: {
          ...(o.name ? { fullName: o.name } : {}), ...(o.surname ? { surname: o.surname } : {}), ...(o.given ? { givenNames: o.given } : {}),
          ...(o.dob ? { birthDate: o.dob } : {}), ...(o.sex ? { sex: String(o.sex).toUpperCase() as 'M' } : {}), ...(o.nationality ? { nationality: o.nationality } : {}),
          ...(o.docType ? { documentType: o.docType } : {}), ...(o.docNumber ? { documentNumber: o.docNumber } : {}), ...(o.docCountry ? { documentCountry: o.docCountry } : {}),
        },
        ...(o.mrzFile ? { mrz: read(o.mrzFile).toString('utf8') } : {}),
        post: o.post, ...(o.place ? { place: o.place } : {}),
        ...(o.lat != null ? { latitude: num(o.lat, '--lat')! } : {}), ...(o.lon != null ? { longitude: num(o.lon, '--lon')! } : {}),
        ...(o.at ? { occurredAt: o.at } : {}), ...(o.officer ? { officer: o.officer } : {}),
        circumstance: o.circumstance as Circumstance, legalBasis: o.legalBasis,
        images: [
          ...(o.image as string[]).map((f) => ({ bytes: read(f), kind: 'live' as const, name: path.basename(f) })),
          ...((o.documentImage as string[] | undefined) ?? []).map((f) => ({ bytes: read(f), kind: 'document' as const, name: path.basename(f) })),
        ],
      };
      const r = await withBio(o.as, (b, p) => b.enrol(p, input));
      out(o.json, r, () => [
        `encounter ${r.encounterId}  identity ${r.identityId} (${r.link === 'linked' ? `linked, similarity ${r.linkedScore}` : 'new'})`,
        ...r.candidates.slice(0, 5).map((c, i) => `  ${i + 1}. ${c.score.toFixed(3)} ${c.band.padEnd(6)} ${c.fullName}  ${c.occurredAt.slice(0, 10)} ${c.post}  encounter ${c.encounterId}`),
        ...r.reviews.map((v) => `  review ${v.reviewId}: possible link to identity ${v.identityId} (${v.score.toFixed(3)}), an officer must confirm`),
        ...r.watchlistHits.map((h) => `  WATCHLIST ${h.band}: ${h.name} (${h.score.toFixed(3)}) alert ${h.alertId ?? '(suppressed)'}`),
      ].join('\n'));
    });

  bio.command('identify')
    .description('search a face against every enrolled encounter and the biometric watchlist (1:N)')
    .requiredOption('--image <file>', 'probe photograph')
    .option('-k, --top <n>', 'candidates to list', '10')
    .option('--reason <text>', 'why the search is made (audited)')
    .option('--as <username>').option('--json')
    .action(async (o) => {
      const r = await withBio(o.as, (b, p) => b.identify(p, read(o.image), { k: num(o.top, '--top')!, ...(o.reason ? { reason: o.reason } : {}) }));
      out(o.json, r, () => [
        r.candidates.length ? 'candidates:' : 'no enrolled encounter to compare with',
        ...r.candidates.map((c, i) => `  ${i + 1}. ${c.score.toFixed(3)} ${c.band.padEnd(6)} ${c.fullName}  ${c.occurredAt.slice(0, 10)} ${c.post}  identity ${c.identityId}`),
        ...r.watchlistHits.map((h) => `WATCHLIST ${h.band}: ${h.name} (${h.score.toFixed(3)}) alert ${h.alertId ?? '(suppressed)'}`),
      ].join('\n'));
    });

  bio.command('verify')
    .description('compare a live photograph with the document photograph (1:1)')
    .requiredOption('--live <file>').requiredOption('--document <file>')
    .option('--as <username>').option('--json')
    .action(async (o) => {
      const r = await withBio(o.as, (b, p) => b.verify(p, read(o.live), read(o.document)));
      out(o.json, r, () => `${r.decision} (similarity ${r.score.toFixed(3)}; match from ${r.thresholds.match}, review from ${r.thresholds.review})`);
    });

  bio.command('encounter').argument('<id>').description('show an encounter (audited)')
    .option('--as <username>').option('--json')
    .action(async (id: string, o) => {
      const e = await withBio(o.as, (b, p) => b.encounter(p, id));
      out(o.json, e, () => `${e.person.fullName}  ${e.occurredAt}  ${e.post}${e.place ? ` (${e.place})` : ''}  ${e.circumstance}  by ${e.officer} (${e.agency})\n  identity ${e.identityId}  images ${e.images.length}  kept until ${e.retainUntil.slice(0, 10)}  origin ${e.origin}`);
    });

  bio.command('identity').argument('<id>').description('an identity: its encounters and every name used (audited)')
    .option('--as <username>').option('--json')
    .action(async (id: string, o) => {
      const v = await withBio(o.as, (b, p) => b.identity(p, id));
      out(o.json, v, () => [
        `identity ${v.identityId}${v.underAlert ? `  UNDER ALERT (${v.alertState})` : ''}`,
        'names used:', ...v.names.map((n) => `  ${n.name}  x${n.count}  ${n.firstSeen.slice(0, 10)}..${n.lastSeen.slice(0, 10)}  ${n.documents.join(', ')}`),
        'encounters:', ...v.encounters.map((e) => `  ${e.occurredAt.slice(0, 16)}  ${e.post}  ${e.circumstance}  as ${e.fullName}  (${e.agency}, ${e.origin})`),
      ].join('\n'));
    });

  bio.command('reviews').description('uncertain links waiting for an officer')
    .option('--as <username>').option('--json')
    .action(async (o) => {
      const r = await withBio(o.as, (b, p) => b.pendingReviews(p));
      out(o.json, r, () => r.map((v) => `${v.reviewId}  encounter ${v.encounterId} ~ identity ${v.identityId}  ${v.score.toFixed(3)}`).join('\n') || 'no pending reviews');
    });

  bio.command('review').argument('<review-id>').description('confirm or reject an uncertain link')
    .option('--confirm').option('--reject').option('--reason <text>')
    .option('--as <username>').option('--json')
    .action(async (id: string, o) => {
      if (!!o.confirm === !!o.reject) throw new CliError('give exactly one of --confirm or --reject');
      const r = await withBio(o.as, (b, p) => b.decideReview(p, id, o.confirm ? 'confirm' : 'reject', o.reason));
      out(o.json, r, () => `identity ${r.identityId}${r.alerts.length ? `  alerts ${r.alerts.join(', ')}` : ''}`);
    });

  bio.command('watch-add').description('add a face to the biometric watchlist')
    .requiredOption('--image <file>').requiredOption('--name <name>').requiredOption('--reason <text>')
    .option('--dob <date>').option('--nationality <code>')
    .option('--as <username>').option('--json')
    .action(async (o) => {
      const r = await withBio(o.as, (b, p) => b.addToWatchlist(p, { name: o.name, image: read(o.image), reason: o.reason, ...(o.dob ? { birthDate: o.dob } : {}), ...(o.nationality ? { nationality: o.nationality } : {}) }));
      out(o.json, r, () => [`watchlist entry ${r.watchId}`, ...r.earlierEncounters.map((h) => `  met before: ${h.name} (${h.score.toFixed(3)}) alert ${h.alertId ?? '(suppressed)'}`)].join('\n'));
    });

  bio.command('export').argument('<encounter-id>').description('export an encounter for a partner (recorded)')
    .requiredOption('--partner <agency>').option('--format <f>', 'json | ansi-nist', 'ansi-nist')
    .requiredOption('--out <file>')
    .option('--as <username>').option('--json')
    .action(async (id: string, o) => {
      const r = await withBio(o.as, (b, p) => exportEncounter(b, p, id, o.partner, o.format as ShareFormat));
      fs.writeFileSync(o.out, r.bytes);
      out(o.json, { file: o.out, sha256: r.sha256, bytes: r.bytes.length }, () => `wrote ${o.out} (${r.bytes.length} bytes, sha256 ${r.sha256})`);
    });

  bio.command('import').argument('<file>').description('import a partner\'s encounter (JSON package or ANSI/NIST-ITL) and enrol it')
    .requiredOption('--partner <agency>').requiredOption('--legal-basis <text>', 'our basis for holding the copy')
    .option('--as <username>').option('--json')
    .action(async (file: string, o) => {
      const r = await withBio(o.as, (b, p) => importEncounter(b, p, read(file), { partner: o.partner, legalBasis: o.legalBasis, file: path.basename(file) }));
      out(o.json, r, () => `encounter ${r.encounterId} (${r.format}, their reference ${r.reference ?? '-'})  identity ${r.identityId} (${r.link})${r.watchlistHits.length ? `  WATCHLIST: ${r.watchlistHits.map((h) => h.name).join(', ')}` : ''}`);
    });

  bio.command('shares').argument('[encounter-id]').description('what was shared with whom')
    .option('--as <username>').option('--json')
    .action(async (id: string | undefined, o) => {
      const r = await withBio(o.as, (b) => shares(b, id));
      out(o.json, r, () => r.map((s) => `${s.at}  ${s.direction.padEnd(6)} ${s.format.padEnd(9)} ${s.direction === 'export' ? 'to' : 'from'} ${s.partner}  encounter ${s.encounterId}  by ${s.actor}`).join('\n') || 'nothing shared');
    });

  bio.command('purge').description('delete encounters past their retention period (images and templates with them)')
    .option('--before <iso time>', 'purge what expires before this instant (default now)')
    .option('--as <username>').option('--json')
    .action(async (o) => {
      const at = o.before ? new Date(o.before) : new Date();
      if (Number.isNaN(at.getTime())) throw new CliError(`--before must be an ISO time, not "${o.before}"`);
      const r = await withBio(o.as, (b, p) => b.purge(p, at));
      out(o.json, r, () => `purged ${r.encounters} encounters, ${r.identities} identities left without encounters`);
    });
}
