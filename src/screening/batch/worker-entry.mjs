// Entry of a batch worker thread: loads TypeScript through tsx (as bin/atalaya.mjs does), then
// the worker itself. A Worker's `--import tsx` is not honoured everywhere, so this is explicit.
import { register } from 'tsx/esm/api';
register();
await import('./worker.ts');
