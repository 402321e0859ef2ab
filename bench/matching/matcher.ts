/**
 * One interface over the engine (src/matching, once it lands) and our baseline, so that every
 * figure is measured the same way for both. The engine is loaded dynamically: this benchmark
 * must run before the engine exists, and must not break while its API settles.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../../src/model/entity.js';
import type { Hit, MatchResult, Thresholds } from '../../src/matching/types.js';
import { BASELINE_THRESHOLDS, BaselineIndex, baselineCompare } from './baseline.js';

export interface SearchIndex {
  add(e: Entity): void;
  search(query: Entity, opts: { limit?: number; thresholds?: Thresholds; minScore?: number }): Hit[];
}

export interface Matcher {
  name: string;
  /** For the engine: the last commit of src/matching, "+wip" when the working tree differs. */
  version?: string;
  thresholds: Thresholds;
  compare(a: Entity, b: Entity): MatchResult;
  newIndex(): SearchIndex;
}

export const baseline: Matcher = {
  name: 'baseline (Jaro-Winkler on normalised names)',
  thresholds: BASELINE_THRESHOLDS,
  compare: (a, b) => baselineCompare(a, b),
  newIndex: () => new BaselineIndex(),
};

type EngineModule = {
  compare?: (q: Entity, c: Entity, t?: Thresholds) => MatchResult;
  MatchIndex?: new (...args: unknown[]) => SearchIndex & { build?: () => void };
  DEFAULT_THRESHOLDS?: Thresholds;
  defaultThresholds?: Thresholds;
  PROFILES?: Record<string, Thresholds>;
};

/** The engine from src/matching/index.ts, or undefined while it has not landed. */
export async function loadEngine(): Promise<Matcher | undefined> {
  const file = path.resolve(process.cwd(), 'src/matching/index.ts');
  if (!fs.existsSync(file)) return undefined;
  let mod: EngineModule;
  try {
    mod = (await import(pathToFileURL(file).href)) as EngineModule;
  } catch (err) {
    console.log(`engine did not load: ${(err as Error).message}`);
    return undefined;
  }
  const { compare, MatchIndex } = mod;
  if (!compare || !MatchIndex) return undefined;
  const thresholds = mod.DEFAULT_THRESHOLDS ?? mod.defaultThresholds ?? mod.PROFILES?.default ?? { review: 0.7, block: 0.9 };
  return {
    name: 'engine (src/matching)',
    version: engineVersion(),
    thresholds,
    compare: (a, b) => compare(a, b, thresholds),
    newIndex: () => new MatchIndex(),
  };
}

/** Which engine was measured: the engine changes while it is tuned, so a figure needs its version. */
function engineVersion(): string | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('log', '-1', '--format=%h', '--', 'src/matching');
    return commit + (git('status', '--porcelain', '--', 'src/matching') ? '+wip' : '');
  } catch {
    return undefined;
  }
}

let counter = 0;
/** A pair entity ({schema, properties}) as a model Entity (ids are needed by the engine only). */
export function asEntity(e: { schema: string; properties: Record<string, string[]> }, prefix = 'q'): Entity {
  return { id: `${prefix}-${++counter}`, schema: e.schema, properties: e.properties };
}
