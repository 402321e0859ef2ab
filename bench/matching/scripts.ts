/**
 * Which writing systems a name uses, so that quality can be reported per script
 * ("arabic+latin" = an Arabic-script name against a Latin one).
 */
const RANGES: [string, RegExp][] = [
  ['arabic', /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u],
  ['cyrillic', /[\u0400-\u052F]/u],
  ['greek', /[\u0370-\u03FF]/u],
  ['hebrew', /[\u0590-\u05FF]/u],
  ['han', /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u],
  ['hangul', /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u],
  ['kana', /[\u3040-\u30FF]/u],
  ['devanagari', /[\u0900-\u097F]/u],
  ['georgian', /[\u10A0-\u10FF]/u],
  ['armenian', /[\u0530-\u058F]/u],
  ['thai', /[\u0E00-\u0E7F]/u],
  ['latin', /[A-Za-z\u00C0-\u024F]/u],
];

/** The main script of one string: the first non-Latin script found, else latin (or "other"). */
export function scriptOf(text: string): string {
  for (const [name, re] of RANGES) if (name !== 'latin' && re.test(text)) return name;
  return RANGES[RANGES.length - 1]![1].test(text) ? 'latin' : 'other';
}

/** The script label of a pair of names: "latin", or the two scripts sorted and joined by "+". */
export function pairScript(a: string, b: string): string {
  const s = [...new Set([scriptOf(a), scriptOf(b)])].sort();
  return s.join('+');
}
