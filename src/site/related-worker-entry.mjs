// Worker threads on Node 20 do not run the parent's `--import tsx`, so the TypeScript worker
// is loaded through tsx's API from this small JavaScript entry point (see workerUrl).
import { register } from "tsx/esm/api";

register();
await import("./related-worker.ts");
