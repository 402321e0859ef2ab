/**
 * How every command prints a result: JSON for scripts with --json, else the command's own text.
 * One place, so the JSON form (two-space indent, one trailing newline) is the same everywhere.
 */
export function print(json: boolean | undefined, value: unknown, human: () => string): void {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : human() + '\n');
}
