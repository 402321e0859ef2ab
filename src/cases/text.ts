/** Checks for free text given by users (reasons, notes, titles): present, bounded, no control characters. */
import { InputError } from '../errors.js';

export function checkText(v: unknown, field: string, opts: { min?: number; max?: number; optional?: boolean } = {}): string {
  if (v == null || v === '') {
    if (opts.optional) return '';
    throw new InputError(`${field} is required`, { field });
  }
  if (typeof v !== 'string') throw new InputError(`${field} must be text`, { field });
  const s = v.trim();
  const min = opts.min ?? 1, max = opts.max ?? 4000;
  if (s.length < min) throw new InputError(`${field} must have at least ${min} characters`, { field });
  if (s.length > max) throw new InputError(`${field} must have at most ${max} characters`, { field });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s)) throw new InputError(`${field} contains control characters`, { field });
  return s;
}

export function checkDate(v: unknown, field: string): string | null {
  if (v == null || v === '') return null;
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new InputError(`${field} must be an ISO date`, { field });
  }
  return v;
}

/** An id as stored: 1 to 100 characters, no control characters (PostgreSQL text cannot hold NUL). */
export function isId(v: unknown): v is string {
  // eslint-disable-next-line no-control-regex
  return typeof v === 'string' && v.length >= 1 && v.length <= 100 && !/[\u0000-\u001f]/.test(v);
}
