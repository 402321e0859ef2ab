export declare function scanTopK(codes: Int8Array, dim: number, start: number, end: number, probe: Int8Array, k: number): { rows: Int32Array; scores: Int32Array };
