/**
 * The in-memory matching index over the active list versions, as the running service holds it.
 * One instance lives in the AppContext; `/readyz` reports `ready` once the first build is done.
 * The build itself lives in src/screening/index-build.ts (it needs src/lists and src/matching).
 */
export class IndexState {
  /** True once the index has been built from the active list versions at least once. */
  ready = false;
  /** When the current index was built (ISO time), and from how many listed entities. */
  builtAt: string | undefined;
  entities = 0;
  /** The list versions the current index was built from: list id -> version number. */
  versions: Record<string, number> = {};
}
