/**
 * The `atalaya` command line. Each file in ./commands registers its own sub-commands, so a
 * domain adds a command by adding a file. Commands only translate arguments to calls into the
 * core and print results (`--json` for scripts); no business logic lives here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CliError } from './errors.js';
import { InputError } from '../errors.js';

export interface CommandModule {
  register(program: Command): void;
}

const program = new Command();
program
  .name('atalaya')
  .description('Atalaya: counter-terrorism screening and border management')
  .showHelpAfterError()
  .exitOverride();

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as CommandModule;
  mod.register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof CliError) {
    process.stderr.write(`atalaya: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  // Bad input found by the core (a file, a mapping...) is the user's to fix, not a bug.
  if (err instanceof InputError) {
    process.stderr.write(`atalaya: ${err.message}\n`);
    process.exit(2);
  }
  // Anything else is a bug: say so plainly, with the stack, and fail.
  process.stderr.write(`atalaya: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(70);
}
