/**
 * The ICAO 9303 check digit: weights 7, 3, 1 repeating; digits count as themselves, letters A-Z
 * as 10-35, the filler "<" as 0; the digit is the sum modulo 10.
 */
export function charValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return 0; // "<" and anything unreadable
}

const WEIGHTS = [7, 3, 1];

export function checkDigit(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += charValue(s[i]!) * WEIGHTS[i % 3]!;
  return String(sum % 10);
}

/** A check digit matches; a filler "<" counts as 0 only where ICAO allows an empty field. */
export function checks(field: string, digit: string, emptyMayBeFiller = false): boolean {
  if (emptyMayBeFiller && digit === '<' && /^<*$/.test(field)) return true;
  return checkDigit(field) === digit;
}
