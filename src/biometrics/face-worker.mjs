// Bootstrap of a face-pipeline worker thread: TypeScript through tsx (as bin/atalaya.mjs does),
// then the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./face-worker.ts');
