/**
 * Lists: versioned imports, diffs between versions, and reading the listed entities.
 * See docs/lists.md.
 */
import './tables.js';

export { importList, importReading } from './import.js';
export { listLists, listVersions } from './versions.js';
export { getDiff } from './diff.js';
export { getEntity, searchEntities, activeEntities, type ListedEntity } from './entities.js';
export { exportFtm } from './export.js';
export { ensureBundledLists, readManifest, type BundledList } from './bundled.js';
export { onListVersion, type ListVersionEvent, type ListVersionListener } from './events.js';
export type * from './types.js';
