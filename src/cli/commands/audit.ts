/**
 * `atalaya audit verify|export|head`: check the hash chain (exit 1 and name the entries when it
 * was edited, deleted from or reordered), export it for an inspector, print the head to keep.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { verifyAudit, auditHead } from '../../audit/verify.js';
import { exportAudit } from '../../audit/export.js';
import { appendAudit } from '../../audit/log.js';
import { CliError } from '../errors.js';
import { asCli, out } from './users.js';

function parseHead(v: string | undefined): { seq: number; hash: string } | undefined {
  if (!v) return undefined;
  const m = /^(\d+):([0-9a-f]{64})$/.exec(v);
  if (!m) throw new CliError('--expect-head must be SEQ:HASH as printed by "atalaya audit head"');
  return { seq: Number(m[1]), hash: m[2]! };
}

export function register(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit log');

  audit.command('verify')
    .description('verify the hash chain; exit 1 naming each edited, deleted or reordered entry')
    .option('--expect-head <seq:hash>', 'a head recorded earlier (catches a rewritten or truncated tail)')
    .option('--json', 'print JSON')
    .action(async (o: { expectHead?: string; json?: boolean }) => {
      const expectHead = parseHead(o.expectHead);
      const started = Date.now();
      const v = await asCli(undefined, (db) => verifyAudit(db, expectHead ? { expectHead } : {}));
      out(o.json, { ...v, ms: Date.now() - started }, () => v.ok
        ? `audit log intact: ${v.entries} entries, head ${v.head ? `${v.head.seq}:${v.head.hash}` : '(empty)'}`
        : [`audit log TAMPERED: ${v.problems.length}${v.truncated ? '+' : ''} problem(s) in ${v.entries} entries`, ...v.problems.map((p) => `  ${p.kind.padEnd(13)} ${p.message}`)].join('\n'));
      if (!v.ok) process.exitCode = 1;
    });

  audit.command('export')
    .description('export the log as JSON lines with the chain fields, for an inspector')
    .option('--output <file>', 'write to a file (default stdout)')
    .option('--from <seq>', 'first entry')
    .option('--to <seq>', 'last entry')
    .action(async (o: { output?: string; from?: string; to?: string }) => {
      for (const k of ['from', 'to'] as const) if (o[k] != null && !/^\d+$/.test(o[k]!)) throw new CliError(`--${k} must be an entry number`);
      const stream = o.output ? fs.createWriteStream(o.output) : process.stdout;
      const n = await asCli(undefined, async (db, p) => {
        const count = await exportAudit(db, (l) => { if (!stream.write(l)) return new Promise<void>((r) => stream.once('drain', () => r())); }, {
          ...(o.from ? { fromSeq: Number(o.from) } : {}), ...(o.to ? { toSeq: Number(o.to) } : {}),
        });
        await appendAudit(db, { actor: p, action: 'audit.export', detail: { from: o.from, to: o.to, entries: count } });
        return count;
      });
      if (o.output) {
        await new Promise<void>((r) => (stream as fs.WriteStream).end(r));
        process.stderr.write(`${n} entries written to ${o.output}\n`);
      }
    });

  audit.command('head')
    .description('print the newest entry as SEQ:HASH, to keep outside the system')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const h = await asCli(undefined, (db) => auditHead(db));
      out(o.json, h, () => (h ? `${h.seq}:${h.hash}` : 'the audit log is empty'));
    });
}
