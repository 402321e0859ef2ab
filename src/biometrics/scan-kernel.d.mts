// Types of scan-kernel.mjs. WebAssembly's own types are not in this project's libs (no DOM), so
// the shared memory is described by the little we use of it.
export interface WasmMemory {
  readonly buffer: SharedArrayBuffer;
  grow(deltaPages: number): number;
}
export declare const HEADER: number;
export declare const MAX_SLOTS: number;
export type SimdScan = (codes: number, probe: number, dim: number, count: number, out: number) => void;
export declare function simdModule(): object | null;
export declare function sharedMemory(initialPages: number): WasmMemory;
export declare function simdScanner(memory: WasmMemory): SimdScan;
export declare function scanTopKSimd(scan: SimdScan, memory: WasmMemory, dim: number, start: number, end: number, probe: Int8Array, k: number, slot: number): { rows: Int32Array; scores: Int32Array };
export declare function scanTopK(codes: Int8Array, dim: number, start: number, end: number, probe: Int8Array, k: number): { rows: Int32Array; scores: Int32Array };
