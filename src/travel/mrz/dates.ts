/**
 * MRZ dates are YYMMDD without a century. A birth date is in the past: the latest century that
 * does not put it after today. An expiry date is taken within fifty years of today either way
 * (documents run at most ten years, so "12" is 2012, long expired, and "99" is 1999, not 2099).
 * ICAO lets an unknown day or month be "<<": the date then narrows to a month or a year.
 */
export type DateKind = 'birth' | 'expiry';

export interface MrzDate {
  /** ISO 8601 prefix: "1974-08-12", or "1974-08"/"1974" when the day/month are unknown */
  iso: string | null;
  error?: string;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseMrzDate(raw: string, kind: DateKind, today: Date = new Date()): MrzDate {
  if (!/^\d\d(\d\d|<<)(\d\d|<<)$/.test(raw)) {
    return { iso: null, error: `"${raw}" is not a date (YYMMDD digits expected)` };
  }
  const yy = Number(raw.slice(0, 2));
  const mm = raw.slice(2, 4) === '<<' ? null : Number(raw.slice(2, 4));
  const dd = raw.slice(4, 6) === '<<' ? null : Number(raw.slice(4, 6));
  if (mm == null && dd != null) return { iso: null, error: `"${raw}" has a day but no month` };
  if (mm != null && (mm < 1 || mm > 12)) return { iso: null, error: `month ${raw.slice(2, 4)} does not exist` };
  const thisYear = today.getUTCFullYear();
  const todayKey = thisYear * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  let year: number;
  if (kind === 'birth') {
    year = Math.floor(thisYear / 100) * 100 + yy;
    const key = year * 10000 + (mm ?? 1) * 100 + (dd ?? 1);
    if (key > todayKey) year -= 100;
  } else {
    year = Math.floor(thisYear / 100) * 100 + yy;
    if (year - thisYear > 50) year -= 100;
    else if (thisYear - year > 50) year += 100;
  }
  if (mm != null && dd != null && (dd < 1 || dd > daysIn(year, mm))) {
    return { iso: null, error: `day ${raw.slice(4, 6)} does not exist in ${year}-${String(mm).padStart(2, '0')}` };
  }
  const iso = [String(year).padStart(4, '0'), mm != null ? String(mm).padStart(2, '0') : null, dd != null ? String(dd).padStart(2, '0') : null]
    .filter((p) => p != null)
    .join('-');
  return { iso };
}
