/**
 * `atalaya cases ...`: cases, their notes, actions and status; sharing and export packages.
 * Acts as a named user (`--as USERNAME`); logic lives in src/cases.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { addAction, addLink, addNote, createCase, getCase, listCases, setCaseStatus, updateAction } from '../../cases/cases.js';
import { listShares, revokeShare, shareObject } from '../../cases/share.js';
import { exportPackage, renderPackageHtml } from '../../cases/package.js';
import type { CaseStatus } from '../../cases/schema.js';
import { CliError } from '../errors.js';
import { asCli, out } from './users.js';

const kindArg = (k: string): 'alert' | 'case' => {
  if (k !== 'alert' && k !== 'case') throw new CliError('kind must be alert or case');
  return k;
};

export function register(program: Command): void {
  const cases = program.command('cases').description('cases: notes, actions, status, sharing (acting as a user: --as USERNAME)');
  const as = (c: Command) => c.requiredOption('--as <username>', 'act as this user').option('--json', 'print JSON');

  as(cases.command('list').description('your agency\'s cases and those shared with it').option('--status <status>'))
    .action(async (o: { as: string; status?: string; json?: boolean }) => {
      const rows = await asCli(o.as, (db, p) => listCases(db, p, o.status ? { status: o.status as CaseStatus } : {}));
      out(o.json, rows, () => rows.map((c) => `${c.id}  ${c.status.padEnd(10)} ${c.deadline ?? '          '}  ${c.shared ? `[shared by ${c.agency}] ` : ''}${c.title}`).join('\n') || 'no cases');
    });

  as(cases.command('open').description('open a case by hand').requiredOption('--title <t>').requiredOption('--subject-key <k>').requiredOption('--subject-name <n>').option('--deadline <date>'))
    .action(async (o: { as: string; title: string; subjectKey: string; subjectName: string; deadline?: string; json?: boolean }) => {
      const c = await asCli(o.as, (db, p) => createCase(db, p, { title: o.title, subjectKey: o.subjectKey, subjectName: o.subjectName, ...(o.deadline ? { deadline: o.deadline } : {}) }));
      out(o.json, c, () => `case ${c.id} opened`);
    });

  as(cases.command('show <id>').description('a case with its history'))
    .action(async (id: string, o: { as: string; json?: boolean }) => {
      const c = await asCli(o.as, (db, p) => getCase(db, p, id));
      out(o.json, c, () => [
        `${c.title}  [${c.status}]${c.deadline ? `  deadline ${c.deadline}` : ''}  (${c.agency}${c.scope !== 'owner' ? `, shared: ${c.scope}` : ''})`,
        ...c.events.map((e) => `  ${e.at.slice(0, 16)}  #${e.id} ${e.kind.padEnd(6)} ${[e.refKind, e.ref].filter(Boolean).join(' ')}${e.due ? ` due ${e.due}` : ''}${e.actionStatus ? ` [${e.actionStatus}]` : ''}  ${e.text ?? ''}  ${e.by}`),
      ].join('\n'));
    });

  as(cases.command('note <id>').requiredOption('--text <text>').description('add a note'))
    .action(async (id: string, o: { as: string; text: string; json?: boolean }) => {
      const n = await asCli(o.as, (db, p) => addNote(db, p, id, o.text));
      out(o.json, { event: n }, () => `note #${n} added`);
    });

  as(cases.command('link <id>').requiredOption('--kind <kind>', 'alert, encounter, crossing, document, entity, manifest, case').requiredOption('--ref <ref>').option('--text <text>').description('link a record'))
    .action(async (id: string, o: { as: string; kind: string; ref: string; text?: string; json?: boolean }) => {
      const n = await asCli(o.as, (db, p) => addLink(db, p, id, { kind: o.kind, ref: o.ref, ...(o.text ? { text: o.text } : {}) }));
      out(o.json, { event: n }, () => `link #${n} added`);
    });

  as(cases.command('action <id>').requiredOption('--type <type>', 'deny-entry, detain, deport, refer-to-partner, freeze-assets, deflag-vessel, interview, other').option('--due <date>').option('--text <text>').option('--done', 'already done').description('record an action'))
    .action(async (id: string, o: { as: string; type: string; due?: string; text?: string; done?: boolean; json?: boolean }) => {
      const n = await asCli(o.as, (db, p) => addAction(db, p, id, { type: o.type, ...(o.due ? { due: o.due } : {}), ...(o.text ? { text: o.text } : {}), status: o.done ? 'done' : 'planned' }));
      out(o.json, { event: n }, () => `action #${n} recorded`);
    });

  as(cases.command('action-done <id> <actionId>').option('--cancel', 'cancelled rather than done').option('--text <text>').description('mark an action done (or cancelled)'))
    .action(async (id: string, actionId: string, o: { as: string; cancel?: boolean; text?: string; json?: boolean }) => {
      if (!/^\d+$/.test(actionId)) throw new CliError('actionId must be a number');
      await asCli(o.as, (db, p) => updateAction(db, p, id, Number(actionId), o.cancel ? 'cancelled' : 'done', o.text));
      out(o.json, { ok: true }, () => 'updated');
    });

  as(cases.command('status <id>').requiredOption('--status <status>', 'open, action, monitoring, closed').requiredOption('--reason <text>').option('--deadline <date>').description('change status (and deadline)'))
    .action(async (id: string, o: { as: string; status: string; reason: string; deadline?: string; json?: boolean }) => {
      await asCli(o.as, (db, p) => setCaseStatus(db, p, id, o.status as CaseStatus, o.reason, o.deadline));
      out(o.json, { ok: true }, () => `case ${id} ${o.status}`);
    });

  as(cases.command('share <kind> <id>').requiredOption('--to <agency>').requiredOption('--scope <scope>', 'summary, evidence or full').requiredOption('--purpose <text>').option('--expires <date>').option('--output <file>', 'write the package JSON here').description('share an alert or a case'))
    .action(async (kind: string, id: string, o: { as: string; to: string; scope: string; purpose: string; expires?: string; output?: string; json?: boolean }) => {
      const r = await asCli(o.as, (db, p) => shareObject(db, p, { kind: kindArg(kind), id, toAgency: o.to, scope: o.scope as 'summary', purpose: o.purpose, ...(o.expires ? { expiresAt: o.expires } : {}) }));
      if (o.output) fs.writeFileSync(o.output, JSON.stringify(r.package, null, 2) + '\n');
      out(o.json, r.share, () => `shared ${kind} ${id} with ${r.share.toAgency} (${r.share.scope}), share ${r.share.id}`);
    });

  as(cases.command('shares').option('--kind <kind>').option('--id <id>').description('what your agency shared, with whom and when'))
    .action(async (o: { as: string; kind?: string; id?: string; json?: boolean }) => {
      const rows = await asCli(o.as, (db, p) => listShares(db, p, { ...(o.kind ? { kind: kindArg(o.kind) } : {}), ...(o.id ? { id: o.id } : {}) }));
      out(o.json, rows, () => rows.map((s) => `${s.at}  ${s.kind} ${s.objectId} -> ${s.toAgency} (${s.scope}) by ${s.by}${s.revokedAt ? ` revoked ${s.revokedAt}` : ''}: ${s.purpose}`).join('\n') || 'nothing shared');
    });

  as(cases.command('unshare <shareId>').requiredOption('--reason <text>').description('revoke a share'))
    .action(async (shareId: string, o: { as: string; reason: string; json?: boolean }) => {
      await asCli(o.as, (db, p) => revokeShare(db, p, shareId, o.reason));
      out(o.json, { revoked: shareId }, () => `share ${shareId} revoked`);
    });

  as(cases.command('export <kind> <id>').option('--format <f>', 'json or html', 'json').option('--output <file>').description('export a package (JSON per docs/share-package.schema.json, or a printable page)'))
    .action(async (kind: string, id: string, o: { as: string; format: string; output?: string }) => {
      if (!['json', 'html'].includes(o.format)) throw new CliError('--format must be json or html');
      const pkg = await asCli(o.as, (db, p) => exportPackage(db, p, kindArg(kind), id));
      const text = o.format === 'html' ? renderPackageHtml(pkg) : JSON.stringify(pkg, null, 2) + '\n';
      if (o.output) fs.writeFileSync(o.output, text);
      else process.stdout.write(text);
    });
}
