/**
 * `atalaya match --pairs`: JSON lines `{"a": ENTITY, "b": ENTITY}` on standard input, one JSON
 * line `{"score", "band", "explanation"}` per pair on standard output, in order. A bad line gives
 * `{"error": "line N: ..."}` in its place and the run goes on (exit code 0). See docs/matching.md.
 */
import readline from 'node:readline';
import type { Command } from 'commander';
import { DEFAULT_THRESHOLDS } from '../../matching/index.js';
import { matchPairLine } from '../../matching/pairs.js';
import { CliError } from '../errors.js';

function threshold(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new CliError(`--${name} must be a number between 0 and 1`);
  return n;
}

export function register(program: Command): void {
  program
    .command('match')
    .description('Compare entities: with --pairs, read JSON lines {"a": ENTITY, "b": ENTITY} on stdin and write one result line per pair')
    .option('--pairs', 'read pairs of FtM-shaped entities as JSON lines on standard input')
    .option('--review <score>', `review threshold (default ${DEFAULT_THRESHOLDS.review})`)
    .option('--block <score>', `block threshold (default ${DEFAULT_THRESHOLDS.block})`)
    .option('--json', 'output JSON lines (always on; accepted for consistency)')
    .action(async (opts: { pairs?: boolean; review?: string; block?: string }) => {
      if (!opts.pairs) throw new CliError('say what to match: --pairs (read {"a": ENTITY, "b": ENTITY} lines on stdin)');
      const thresholds = { review: threshold(opts.review, 'review', DEFAULT_THRESHOLDS.review), block: threshold(opts.block, 'block', DEFAULT_THRESHOLDS.block) };
      const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNo = 0;
      let buf = '';
      for await (const line of rl) {
        lineNo++;
        if (!line.trim()) continue;
        buf += JSON.stringify(matchPairLine(line, lineNo, thresholds)) + '\n';
        if (buf.length > 1 << 16) {
          if (!process.stdout.write(buf)) await new Promise((r) => process.stdout.once('drain', r));
          buf = '';
        }
      }
      if (buf) process.stdout.write(buf);
    });
}
