/**
 * A plain token-overlap engine, used only when src/matching's MatchIndex is not in the build
 * (the project is built in parallel) and by tests that need an engine whose answers they can
 * predict. Names are folded to ASCII tokens; candidates come from an inverted token index; the
 * score is the share of tokens the best pair of names has in common, moved by identifiers.
 */
import type { Entity } from '../model/entity.js';
import { NAME_PROPERTIES } from '../model/schema.js';
import type { Reason } from '../matching/types.js';
import type { Engine, EngineHit } from './engine.js';

export function foldTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

const IDENTIFIERS = ['passportNumber', 'idNumber', 'imoNumber', 'registrationNumber', 'mmsi'];
const normId = (v: string) => v.replace(/[^0-9a-z]/gi, '').toUpperCase();

function names(e: Entity): string[] {
  return NAME_PROPERTIES.flatMap((p) => e.properties[p] ?? []);
}

export function createFallbackEngine(entities: Entity[]): Engine {
  const byToken = new Map<string, number[]>();
  const byId = new Map<string, number[]>();
  const nameTokens: { name: string; tokens: Set<string> }[][] = [];
  entities.forEach((e, i) => {
    const ns = names(e).map((name) => ({ name, tokens: new Set(foldTokens(name)) }));
    nameTokens.push(ns);
    for (const t of new Set(ns.flatMap((n) => [...n.tokens]))) {
      if (t.length < 2) continue;
      let l = byToken.get(t);
      if (!l) byToken.set(t, (l = []));
      l.push(i);
    }
    for (const p of IDENTIFIERS) for (const v of e.properties[p] ?? []) {
      const k = `${p}:${normId(v)}`;
      let l = byId.get(k);
      if (!l) byId.set(k, (l = []));
      l.push(i);
    }
  });

  function search(q: Entity, limit: number): EngineHit[] {
    const qNames = names(q).map((name) => ({ name, tokens: new Set(foldTokens(name)) }));
    const candidates = new Set<number>();
    for (const n of qNames) for (const t of n.tokens) for (const i of byToken.get(t) ?? []) candidates.add(i);
    const idHits = new Map<number, string>();
    for (const p of IDENTIFIERS) for (const v of q.properties[p] ?? []) {
      for (const i of byId.get(`${p}:${normId(v)}`) ?? []) { candidates.add(i); idHits.set(i, `${p} ${v}`); }
    }
    const out: EngineHit[] = [];
    for (const i of candidates) {
      const e = entities[i]!;
      let best = 0;
      let bestPair: [string, string] | undefined;
      for (const a of qNames) for (const b of nameTokens[i]!) {
        let common = 0;
        for (const t of a.tokens) if (b.tokens.has(t)) common++;
        const s = (2 * common) / (a.tokens.size + b.tokens.size || 1);
        if (s > best) { best = s; bestPair = [a.name, b.name]; }
      }
      const explanation: Reason[] = [];
      let score = best;
      if (bestPair) explanation.push({ feature: 'name', text: `Listed name "${bestPair[1]}" shares ${Math.round(best * 100)}% of its words with "${bestPair[0]}"`, weight: best, query: bestPair[0], candidate: bestPair[1] });
      const id = idHits.get(i);
      if (id) { score = Math.max(score, 0.95); explanation.push({ feature: 'identifier', text: `Same ${id}`, weight: 0.95 - best }); }
      const qy = (q.properties.birthDate ?? []).map((d) => d.slice(0, 4));
      const ey = (e.properties.birthDate ?? []).map((d) => d.slice(0, 4));
      if (qy.length && ey.length) {
        if (qy.some((y) => ey.includes(y))) { score = Math.min(1, score + 0.05); explanation.push({ feature: 'birthDate', text: 'Same year of birth', weight: 0.05 }); }
        else { score = Math.max(0, score - 0.15); explanation.push({ feature: 'birthDate', text: 'Different year of birth', weight: -0.15 }); }
      }
      out.push({ entity: e, score: Math.round(score * 1000) / 1000, ...(bestPair ? { matchedName: bestPair[1] } : {}), explanation });
    }
    out.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
    return out.slice(0, limit);
  }

  return { kind: 'fallback', size: entities.length, search };
}
