/**
 * Numbers in organisation and vessel names. A store, branch or yard numbered "No. 2" is one of a
 * series ("ALMACEN JUNIOR NO. 2" is not "ALMACEN JUNIOR"), as a numbered ship is a sister ship; the
 * marker itself ("No.", "Nr.", "#") names nothing. A Roman numeral is a number only at the end of a
 * name, legal forms aside ("MARIE DE LOURDES I", "RIM GROUP II LTD"): inside one, "I" is a Persian
 * or Urdu connector ("TEHREEK-I-TALIBAN") or an initial. Numbers compare by value: "FORTUNE VIII", "FORTUNE 8" and
 * "FORTUNE EIGHT" are one ship, "PELAGOS ONE" is "PELAGOS 1" (a number word, like a Roman numeral, only at the end).
 */

/** Words that announce a number: "No. 2", "Nr. 5", "Numero 3". */
const NUMBER_MARKERS = new Set(['no', 'nr', 'num', 'numero', 'nro', 'nomer']);

/** A number marker followed by a number ("no" in "NO. 2"). */
export function isNumberMarker(text: string, next: string | undefined): boolean {
  return next !== undefined && NUMBER_MARKERS.has(text) && /\d/.test(next);
}

/** Whether a name's tokens number it as one of a series: a number announced by a marker ("NO. 2"). */
export function numberedInSeries(tokens: readonly { text: string; role: string }[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) if (NUMBER_MARKERS.has(tokens[k]!.text) && tokens[k + 1]!.role === 'number') return true;
  return false;
}

/** Number words as vessels and firms end their names ("PELAGOS ONE", "FORTUNE EIGHT"). */
const CARDINALS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', uno: '1', dos: '2', tres: '3', deux: '2', trois: '3',
};

/** Whether a word is a number word (CARDINALS). */
export function isCardinal(text: string): boolean {
  return CARDINALS[text] !== undefined;
}

const ROMAN_VALUES: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };

/** The value of a number token: its digits ("NO.8", "08": 8), a Roman numeral's (VIII 8) or a number word's (EIGHT 8). */
export function numberValue(text: string): string {
  const d = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return d || ROMAN_VALUES[text] || CARDINALS[text] || text;
}

/**
 * Letters that open a vessel's or firm's name as a prefix written with a slash or dots ("M/V FORTUNE STAR",
 * "M.T. ADRIAN DARYA", "S.S. OCEAN"; "M/S" is Messrs before South Asian firms): the kind of ship, no part of
 * its name, like "MV" written together (a generic word).
 */
const PREFIX_LETTERS = new Set(['mv', 'mt', 'ms', 'ss', 'fv', 'my', 'sv']);

/** Whether the word at index is one letter of such a prefix at the start of a name. */
export function isPrefixLetter(texts: readonly string[], index: number): boolean {
  if (index > 1 || texts.length < 3 || texts[0]!.length !== 1 || texts[1]!.length !== 1) return false;
  return PREFIX_LETTERS.has(texts[0]! + texts[1]!);
}
