/**
 * Numbers in organisation and vessel names. A store, branch or yard numbered "No. 2" is one of a
 * series ("ALMACEN JUNIOR NO. 2" is not "ALMACEN JUNIOR"), as a numbered ship is a sister ship; the
 * marker itself ("No.", "Nr.", "#") names nothing. A Roman numeral is a number only at the end of a
 * name, legal forms aside ("MARIE DE LOURDES I", "RIM GROUP II LTD"): inside one, "I" is a Persian
 * or Urdu connector ("TEHREEK-I-TALIBAN") or an initial.
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
