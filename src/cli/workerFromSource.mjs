// Starts worker.ts in a worker thread when ziping runs from source through tsx (npm run
// bench, the process tests): tsx's loader does not reach worker threads by itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
