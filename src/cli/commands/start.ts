import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { start } from '../../app/start.js';
import { CliError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('start')
    .description('serve the API and the console (HOST, PORT, DATABASE_URL); imports the bundled lists on first start')
    .option('--log', 'log every HTTP request to stdout')
    .option('--workers <n>', 'HTTP worker processes, one per core for throughput (default ATALAYA_HTTP_WORKERS or 1)')
    .action(async (opts: { log?: boolean; workers?: string }) => {
      const n = opts.workers ?? process.env.ATALAYA_HTTP_WORKERS ?? '1';
      if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 64) throw new CliError(`--workers must be a whole number from 1 to 64, not "${n}"`);
      const s = await start(loadConfig(), { logger: !!opts.log, workers: Number(n) });
      const shutdown = () => {
        void s.stop().then(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      try {
        await s.ready;
      } catch (err) {
        process.stderr.write(`atalaya: start-up failed: ${(err as Error).message}\n`);
        await s.stop();
        process.exit(1);
      }
    });
}
