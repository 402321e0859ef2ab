/**
 * Dates as the lists write them -> ISO prefixes and the EDTF forms of the entity model
 * ("1965", "1965-03-12", "1965~", "1960/1965").
 */

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', sept: '09', oct: '10', nov: '11', dec: '12',
};

function pad(n: string): string {
  return n.padStart(2, '0');
}

/**
 * One date in the shapes the lists use: "1965", "1965-03-12", "1965-03", "12 Mar 1965",
 * "Mar 1965", "12.03.1965", "12/03/1965" (day first, as UN/EU/UK write). undefined when not a date.
 */
export function parseDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim().replace(/\.$/, '');
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$/.exec(s);
  if (m) return [m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-');
  m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS[m[2]!.slice(0, m[2]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    if (!mon) return undefined;
    return m[1] ? `${m[3]}-${mon}-${pad(m[1])}` : `${m[3]}-${mon}`;
  }
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  return undefined;
}

/** "about this date" in EDTF. */
export function approximately(d: string): string {
  return d.endsWith('~') ? d : `${d}~`;
}

/** A range in EDTF; a single value when both ends are equal. */
export function between(from: string, to: string): string {
  return from === to ? from : `${from}/${to}`;
}

/**
 * A date of birth as OFAC, EU and UK write it, to EDTF: "1962", "circa 1962" -> "1962~",
 * "01 Jan 1960 to 31 Dec 1965" -> "1960-01-01/1965-12-31", "1960 - 1965" -> "1960/1965".
 */
export function parseListDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let s = raw.trim().replace(/\.$/, '');
  let approx = false;
  const c = /^(circa|ca\.|approximately|approx\.?|about)\s+/i.exec(s);
  if (c) {
    approx = true;
    s = s.slice(c[0].length);
  }
  const range = /^(.+?)\s+(?:to|-|–)\s+(.+)$/.exec(s) ?? /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(s);
  if (range) {
    const a = parseDate(range[1]);
    const b = parseDate(range[2]);
    return a && b ? between(a, b) : undefined;
  }
  const d = parseDate(s);
  if (!d) return undefined;
  return approx ? approximately(d) : d;
}
