import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { start } from '../../app/start.js';

export function register(program: Command): void {
  program
    .command('start')
    .description('serve the API and the console (HOST, PORT, DATABASE_URL); imports the bundled lists on first start')
    .option('--log', 'log every HTTP request to stdout')
    .action(async (opts: { log?: boolean }) => {
      const s = await start(loadConfig(), { logger: !!opts.log });
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
