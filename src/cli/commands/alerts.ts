/**
 * `atalaya alerts queue|show|assign|adjudicate|approve`: alert work from the command line, acting
 * as a named user (`--as USERNAME`) so that agency scoping, four-eyes and the audit apply as in
 * the console. Logic lives in src/cases.
 */
import type { Command } from 'commander';
import { alertQueue, type QueueFilter } from '../../cases/queue.js';
import { adjudicateAlert, approveAlert, assignAlert, getAlert } from '../../cases/adjudicate.js';
import type { AlertStatus, Decision } from '../../cases/schema.js';
import { CliError } from '../errors.js';
import { asCli, out } from './users.js';

const int = (v: string | undefined, name: string) => {
  if (v == null) return undefined;
  if (!/^\d+$/.test(v)) throw new CliError(`--${name} must be a number`);
  return Number(v);
};

export function register(program: Command): void {
  const alerts = program.command('alerts').description('the alert queue and adjudication (acting as a user: --as USERNAME)');

  alerts.command('queue')
    .description("your agency's alerts, best first")
    .requiredOption('--as <username>', 'act as this user')
    .option('--status <status>', 'active (default), open, assigned, pending_approval, confirmed, false_positive, inconclusive, closed')
    .option('--channel <channel>').option('--band <band>').option('--list <id>').option('--assignee <userId|none>')
    .option('--from <date>').option('--to <date>').option('--limit <n>', 'page size', '50').option('--offset <n>')
    .option('--json', 'print JSON')
    .action(async (o: Record<string, string | undefined> & { json?: boolean }) => {
      const f: QueueFilter = {
        ...(o.status ? { status: o.status as AlertStatus } : {}), ...(o.channel ? { channel: o.channel } : {}), ...(o.band ? { band: o.band } : {}),
        ...(o.list ? { listId: o.list } : {}), ...(o.assignee ? { assignee: o.assignee } : {}), ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}),
        limit: int(o.limit, 'limit')!, ...(o.offset ? { offset: int(o.offset, 'offset')! } : {}),
      };
      const page = await asCli(o.as, (db, p) => alertQueue(db, p, f));
      out(o.json, page, () => page.items.map((a) => `${a.id}  ${String(a.priority).padStart(3)}  ${a.status.padEnd(16)} ${a.channel.padEnd(10)} ${(a.score * 100).toFixed(0).padStart(3)}% ${a.band.padEnd(6)} ${a.subjectName} ~ ${a.listedName} (${a.listId})`).join('\n') || 'queue empty');
    });

  alerts.command('show <id>')
    .description('an alert with its frozen evidence')
    .requiredOption('--as <username>', 'act as this user')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { as: string; json?: boolean }) => {
      const a = await asCli(o.as, (db, p) => getAlert(db, p, id));
      out(o.json, a, () => [
        `${a.id}  ${a.status}  ${a.channel}  ${(a.score * 100).toFixed(0)}% ${a.band}  raised ${a.createdAt}`,
        `subject: ${a.subjectName} (${a.subjectKey})`, `listed:  ${a.listedName} (${a.listedId}, ${a.listId} v${a.listVersion})`,
        ...(a.reasons ?? []).map((r) => `  - ${r.text}`),
        ...(a.decision?.decision ? [`decision: ${a.decision.decision} by ${a.decision.by}: ${a.decision.reason}`] : []),
        ...(a.caseId ? [`case: ${a.caseId}`] : []),
      ].join('\n'));
    });

  alerts.command('assign <id>')
    .description('assign to a user id (or "none"; officers may take an alert for themselves with "me")')
    .requiredOption('--as <username>', 'act as this user')
    .requiredOption('--to <userId|me|none>', 'assignee')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { as: string; to: string; json?: boolean }) => {
      const a = await asCli(o.as, (db, p) => assignAlert(db, p, id, o.to === 'none' ? null : o.to === 'me' ? p.id : o.to));
      out(o.json, a, () => `${a.id} ${a.status}${a.assignee ? ` to ${a.assignee}` : ''}`);
    });

  alerts.command('adjudicate <id>')
    .description('decide: confirmed, false_positive or inconclusive, with a reason')
    .requiredOption('--as <username>', 'act as this user')
    .requiredOption('--decision <decision>', 'confirmed | false_positive | inconclusive')
    .requiredOption('--reason <text>', 'why')
    .option('--suppress', 'false positive: ask a supervisor to suppress this pair for good')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { as: string; decision: string; reason: string; suppress?: boolean; json?: boolean }) => {
      const a = await asCli(o.as, (db, p) => adjudicateAlert(db, p, id, { decision: o.decision as Decision, reason: o.reason, suppress: !!o.suppress }));
      out(o.json, a, () => `${a.id} ${a.status}${a.status === 'pending_approval' ? ' (a supervisor other than you must approve)' : ''}`);
    });

  alerts.command('approve <id>')
    .description('second pair of eyes: approve (or --reject) a confirmed match or a suppression')
    .requiredOption('--as <username>', 'act as this user (a supervisor, not the first adjudicator)')
    .requiredOption('--reason <text>', 'why')
    .option('--reject', 'send the decision back to the queue')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { as: string; reason: string; reject?: boolean; json?: boolean }) => {
      const a = await asCli(o.as, (db, p) => approveAlert(db, p, id, { approve: !o.reject, reason: o.reason }));
      out(o.json, a, () => `${a.id} ${a.status}${a.caseId ? `, case ${a.caseId}` : ''}`);
    });
}
