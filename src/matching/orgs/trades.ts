/**
 * Lines of business in organisation names. One owner's firms are often named alike but for their
 * trade ("ELLISSA SHIPPING" / "ELLISSA HOLDING", "KOREA DAESONG GENERAL TRADING CORPORATION" /
 * "KOREA DAESONG BANK", "TRANSPORTES DEL ESPIRITU SANTO" / "INDUSTRIAS DEL ESPIRITU SANTO"): two
 * names that agree but for two different trades are two firms, not one firm spelt two ways. A
 * trade word more on one side only says less ("KORYO BANK" / "KORYO CREDIT BANK" stays as it is).
 */
import type { PreparedName } from '../prepare.js';

/** A name this close but for its trades is capped here: below review. */
export const TRADES_CAP = 0.55;

/**
 * Glossary concepts (orgs/translations.ts) that name a line of business, by trade: concepts of one
 * trade are not told apart. Money changers are listed as trading companies ("ROSHAN MONEY
 * EXCHANGE" / "Rushaan Trading Company"); a holding is an investment company; industry, technology
 * and engineering name one another ("MALEK ASHTAR INDUSTRIAL UNIVERSITY" / "MALEK ASHTAR
 * UNIVERSITY OF TECHNOLOGY").
 */
const TRADES = new Map<string, string>([
  ['trading', 'trading'], ['exchange', 'trading'], ['holding', 'investment'], ['investment', 'investment'],
  ['industry', 'industry'], ['technology', 'industry'], ['engineering', 'industry'],
  ...['construction', 'transport', 'shipping', 'shipbuilding', 'aircraft', 'oil', 'gas',
    'petrochemical', 'chemical', 'energy', 'electronics', 'machine', 'metals', 'mining', 'aviation', 'airline', 'insurance',
    'leasing', 'bank', 'real_estate', 'pharmaceutical', 'telecommunications', 'tobacco', 'logistics', 'consulting',
    'refinery', 'housing'].map((c) => [c, c] as [string, string]),
]);

/** The trades named by the words of `n`, those paired with the other name's words (used) or those not. */
function tradesOf(n: PreparedName, used: Uint8Array, paired: boolean): string[] {
  const out: string[] = [];
  for (let k = 0; k < n.tokens.length; k++) {
    const concept = n.tokens[k]!.concept;
    const trade = concept === undefined ? undefined : TRADES.get(concept);
    if (trade && !used[k] === !paired && !out.includes(trade)) out.push(trade);
  }
  return out;
}

/**
 * True when each name has a trade the other lacks, neither names the other's, and they share no
 * trade word ("KOREAN MINING AND INDUSTRIAL DEVELOPMENT" / "KOREA MINING DEVELOPMENT TRADING" is one
 * mining firm with its other lines of business): two firms.
 */
export function tradesApart(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  const a = tradesOf(q, usedQ, false);
  if (!a.length) return false;
  const b = tradesOf(c, usedC, false);
  if (!b.length || tradesOf(q, usedQ, true).length) return false;
  return !a.some((x) => b.includes(x));
}
