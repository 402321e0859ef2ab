/**
 * Errors for bad input, shared by every door. `where` names the place (file and line, segment and
 * element, request field) so that the CLI, the API (as a 4xx) and the console can all say it.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly where?: { file?: string; line?: number; record?: string; segment?: number; element?: string; field?: string },
  ) {
    super(where ? `${formatWhere(where)}: ${message}` : message);
    this.name = 'InputError';
  }
}

export function formatWhere(w: NonNullable<InputError['where']>): string {
  const parts: string[] = [];
  if (w.file) parts.push(w.file);
  if (w.line != null) parts.push(`line ${w.line}`);
  if (w.record) parts.push(`record ${w.record}`);
  if (w.segment != null) parts.push(`segment ${w.segment}`);
  if (w.element) parts.push(`element ${w.element}`);
  if (w.field) parts.push(`field ${w.field}`);
  return parts.join(', ');
}
