/**
 * The in-memory matching index over the active list versions, as the running service holds it.
 * One instance lives in the AppContext; `/readyz` reports `ready` once the first build is done.
 * Built and refreshed by src/screening/index-build.ts.
 */
import type { Engine } from './engine.js';

export class IndexState {
  /** True once the index has been built from the active list versions at least once. */
  ready = false;
  /** When the current index was built (ISO time), and from how many listed entities. */
  builtAt: string | undefined;
  entities = 0;
  /** The list versions the current index was built from: list id -> version seq. */
  versions: Record<string, number> = {};
  /** The active version ids the index reflects, to notice imports made by other processes. */
  versionIds = '';
  engine: Engine | undefined;
}
