/**
 * Border management from the command line: `atalaya mrz` reads a machine-readable zone,
 * `atalaya paxlst` reads an API manifest, `atalaya manifest screen` reads and screens one, and
 * `atalaya crossings counts|overstays` report on entries and exits. Thin: src/travel decides.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { CliError } from '../errors.js';
import { print } from '../print.js';
import { parseMrz, type MrzDocument } from '../../travel/mrz/parse.js';
import { parsePaxlst } from '../../travel/paxlst/parse.js';
import type { Manifest } from '../../travel/paxlst/types.js';
import { readOverstays, screenManifest, type ManifestResult } from '../../travel/service.js';
import { countCrossings } from '../../travel/store/crossings.js';
import { createContext } from '../../app/context.js';
import { loadConfig } from '../../config.js';
import { buildIndex } from '../../screening/index-build.js';
import { asCli } from './users.js';

function pure<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof InputError) throw new CliError(err.message);
    throw err;
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
}

function mrzText(d: MrzDocument): string {
  const st = (s: MrzDocument['issuingState']) => (s ? `${s.code}${s.country ? ` (${s.country})` : ''}${s.meaning ? ` ${s.meaning}` : ''}` : '-');
  const lines = [
    `${d.format} ${d.kind}${d.specimen ? ' (SPECIMEN)' : ''}: ${d.valid ? 'valid' : 'INVALID'}`,
    `  name          ${d.lastName}, ${d.firstNames}${d.namesTruncated ? ' (probably truncated)' : ''}`,
    `  document      ${d.documentCode} ${d.documentNumber}, issued by ${st(d.issuingState)}`,
    `  nationality   ${st(d.nationality)}`,
    `  born          ${d.birthDate ?? '?'}   sex ${d.sex ?? '?'}   expires ${d.expiryDate ?? '?'}`,
    `  check digits  ${d.checks.map((c) => `${c.field} ${c.valid ? 'ok' : `FAILED (${c.read}, expected ${c.computed})`}`).join(', ')}`,
  ];
  for (const p of d.problems) lines.push(`  ! ${p.message}`);
  return lines.join('\n');
}

function manifestText(m: Manifest): string {
  const lines = [`PAXLST ${m.version} ${m.kind} list, flight ${m.flight}${m.airline ? ` (${m.airline})` : ''}, ${m.travellers.length} travellers`];
  for (const l of m.legs) lines.push(`  leg ${l.flight} ${l.from ?? '?'} ${l.departure ?? ''} -> ${l.to ?? '?'} ${l.arrival ?? ''}`);
  for (const t of m.travellers) {
    const doc = t.documents[0];
    lines.push(`  ${String(t.index).padStart(4)} ${t.lastName}, ${t.firstNames}  ${t.birthDate ?? '?'} ${t.sex ?? '?'} ${t.nationality ?? '?'}  ${doc ? `${doc.type} ${doc.number}` : 'no document'}  ${t.embarkation ?? '?'}-${t.debarkation ?? '?'}`);
  }
  for (const w of m.warnings) lines.push(`  warning${w.segment != null ? ` (segment ${w.segment}${w.element ? `, element ${w.element}` : ''})` : ''}: ${w.message}`);
  return lines.join('\n');
}

function screeningText(r: ManifestResult): string {
  const lines = [`flight ${r.manifest.flight}: ${r.travellers.length} travellers, ${r.counts.refuse} to refuse, ${r.counts.refer} to refer, ${r.counts.clear} clear${r.manifestId ? ` (manifest ${r.manifestId})` : ''}`];
  if (r.toMeet.length) lines.push('meet first:');
  for (const t of r.toMeet) {
    lines.push(`  ${t.verdict.toUpperCase().padEnd(6)} #${t.index} ${t.name} (${t.birthDate ?? '?'}, ${t.nationality ?? '?'}, ${t.document?.number ?? 'no document'})`);
    for (const reason of t.reasons) lines.push(`         - ${reason}`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('mrz')
    .description('read a machine-readable zone (ICAO 9303 TD1, TD2, TD3, MRV-A, MRV-B); exit code 1 when it does not validate')
    .argument('<line1>')
    .argument('<line2>')
    .argument('[line3]')
    .option('--json', 'print the reading as JSON')
    .action((l1: string, l2: string, l3: string | undefined, o: { json?: boolean }) => {
      const d = pure(() => parseMrz([l1, l2, ...(l3 ? [l3] : [])]));
      print(o.json, d, () => mrzText(d));
      if (!d.valid) process.exitCode = 1;
    });

  program
    .command('paxlst')
    .description('read a PAXLST (UN/EDIFACT D:02B or D:05B) message into a flight manifest')
    .argument('<file>')
    .option('--json', 'print the manifest (flight, legs, travellers, warnings) as JSON')
    .action((file: string, o: { json?: boolean }) => {
      const m = pure(() => parsePaxlst(readText(file), { file: path.basename(file) }));
      print(o.json, m, () => manifestText(m));
    });

  const manifest = program.command('manifest').description('advance passenger manifests');
  manifest
    .command('screen')
    .description('read a PAXLST manifest and screen every traveller (watchlists, lost and stolen documents, earlier crossings, document, risk rules)')
    .argument('<file>')
    .option('--as <user>', 'act as this user (alerts go to their agency)')
    .option('--no-store', 'do not keep the manifest and its results')
    .option('--json', "print each traveller's verdict and reasons as JSON")
    .action(async (file: string, o: { as?: string; store: boolean; json?: boolean }) => {
      const text = readText(file);
      const r = await asCli(o.as, async (db, actor) => {
        const ctx = await createContext(loadConfig(), { db });
        await buildIndex(ctx);
        return screenManifest(ctx, actor, text, { file: path.basename(file), store: o.store });
      });
      const { manifest: m, ...rest } = r;
      print(o.json, { ...rest, flight: m.flight, legs: m.legs, warnings: m.warnings }, () => screeningText(r));
    });

  const crossings = program.command('crossings').description('entries and exits at the border posts');
  crossings
    .command('counts')
    .description('crossings counted by day, post or nationality')
    .option('--by <key>', 'day, post or nationality', 'day')
    .option('--from <date>', 'from this ISO date or time')
    .option('--to <date>', 'before this ISO date or time')
    .option('--json', 'print as JSON')
    .action(async (o: { by: string; from?: string; to?: string; json?: boolean }) => {
      if (!['day', 'post', 'nationality'].includes(o.by)) throw new CliError('--by must be day, post or nationality');
      const rows = await asCli(undefined, (db) => countCrossings(db, o.by as 'day', { ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) }));
      print(o.json, rows, () => rows.map((r) => `${r.key.padEnd(12)} entries ${r.entries}  exits ${r.exits}  admitted ${r.admitted}  referred ${r.referred}  refused ${r.refused}`).join('\n') || 'no crossings');
    });
  crossings
    .command('overstays')
    .description('travellers who stayed or are staying beyond their allowed date')
    .option('--as <user>', 'act as this user (the read is audited under their name)')
    .option('--json', 'print as JSON')
    .action(async (o: { as?: string; json?: boolean }) => {
      const rows = await asCli(o.as, (db, actor) => readOverstays(db, actor));
      print(o.json, rows, () => rows.map((s) => `${s.overstayDays} days over: ${s.entry.lastName}, ${s.entry.firstNames} (${s.entry.document.number}) entered ${s.entry.at.slice(0, 10)} at ${s.entry.post}, allowed until ${s.allowedUntil}${s.exit ? `, left ${s.exit.at.slice(0, 10)}` : ', still here'}`).join('\n') || 'no overstays');
    });
}
