// The 1:N inner loop, in plain JavaScript so that the main thread and the worker threads run the
// very same code without a compile step. Templates are int8 codes (a unit vector times 127), one
// row of `dim` values per template; the score of a row is its integer dot product with the probe.
//
// Two kernels give the same answer:
// - `scanTopKSimd`: a WebAssembly SIMD function (assembled below from its instructions, so there is
//   no opaque binary in the repository) scoring blocks of rows into a per-thread score slot; about
//   6x faster than plain JavaScript. The rows live in a shared WebAssembly.Memory after a header.
// - `scanTopK`: plain JavaScript, for a dimension that is not a multiple of 16 or an engine without
//   WebAssembly SIMD.

/** Bytes before the first row: probe slots (1 KiB each) and score slots (16 KiB each), per thread. */
export const HEADER = 131072;
export const MAX_SLOTS = 7;
const BLOCK = 4096;
const PROBE_SLOT = 1024, SCORE_BASE = 16384, SCORE_SLOT = BLOCK * 4;

/**
 * (func (export "scan") (param $codes i32) (param $probe i32) (param $dim i32) (param $count i32) (param $out i32)
 *   for r in 0..count: acc = 0 (i32x4)
 *     for i in 0..dim step 16: a = v128.load(codes + i); b = v128.load(probe + i)
 *       acc += i32x4.dot_i16x8_s(i16x8.extend_low_i8x16_s a, i16x8.extend_low_i8x16_s b)
 *       acc += i32x4.dot_i16x8_s(i16x8.extend_high_i8x16_s a, i16x8.extend_high_i8x16_s b)
 *     i32.store(out + 4r, lane0 + lane1 + lane2 + lane3); codes += dim)
 * importing env.mem, a shared memory of at most 32768 pages (2 GiB).
 */
function simdBytes() {
  const u = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
  const s = (n) => { const o = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) { o.push(b); return o; } o.push(b | 0x80); } };
  const str = (t) => [...u(t.length), ...Buffer.from(t)];
  const section = (id, body) => [id, ...u(body.length), ...body];
  const vec = (items) => [...u(items.length), ...items.flat()];
  const I32 = 0x7f, V128 = 0x7b;
  const simd = (op) => [0xfd, ...u(op)];
  const get = (i) => [0x20, i], set = (i) => [0x21, i], c32 = (n) => [0x41, ...s(n)];
  const LOAD = 0x00, CONST = 0x0c, EXTRACT = 0x1b, EXT_LO = 0x87, EXT_HI = 0x88, ADD = 0xae, DOT = 0xba;
  const ADD_I32 = 0x6a, SHL = 0x74, GE_S = 0x4e, BLOCK_OP = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
  // params 0 codes, 1 probe, 2 dim, 3 count, 4 out; locals 5 r, 6 i (i32); 7 acc, 8 a, 9 b (v128)
  const code = [
    ...c32(0), ...set(5),
    BLOCK_OP, VOID, LOOP, VOID,
    ...get(5), ...get(3), GE_S, BR_IF, 1,
    ...simd(CONST), ...new Array(16).fill(0), ...set(7),
    ...c32(0), ...set(6),
    BLOCK_OP, VOID, LOOP, VOID,
    ...get(6), ...get(2), GE_S, BR_IF, 1,
    ...get(0), ...get(6), ADD_I32, ...simd(LOAD), 0, 0, ...set(8),
    ...get(1), ...get(6), ADD_I32, ...simd(LOAD), 0, 0, ...set(9),
    ...get(7),
    ...get(8), ...simd(EXT_LO), ...get(9), ...simd(EXT_LO), ...simd(DOT), ...simd(ADD),
    ...get(8), ...simd(EXT_HI), ...get(9), ...simd(EXT_HI), ...simd(DOT), ...simd(ADD),
    ...set(7),
    ...get(6), ...c32(16), ADD_I32, ...set(6),
    BR, 0, END, END,
    ...get(4), ...get(5), ...c32(2), SHL, ADD_I32,
    ...get(7), ...simd(EXTRACT), 0, ...get(7), ...simd(EXTRACT), 1, ADD_I32, ...get(7), ...simd(EXTRACT), 2, ADD_I32, ...get(7), ...simd(EXTRACT), 3, ADD_I32,
    0x36, 2, 0, // i32.store
    ...get(0), ...get(2), ADD_I32, ...set(0),
    ...get(5), ...c32(1), ADD_I32, ...set(5),
    BR, 0, END, END,
    END,
  ];
  const body = [...vec([[2, I32], [3, V128]]), ...code];
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32]]), 0]])),
    ...section(2, vec([[...str('env'), ...str('mem'), 0x02, 0x03, ...u(2), ...u(32768)]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...str('scan'), 0x00, 0]])),
    ...section(10, vec([[...u(body.length), ...body]])),
  ]);
}

let compiled;
/** The compiled SIMD module, or null where WebAssembly SIMD or shared memory is missing. */
export function simdModule() {
  if (compiled === undefined) {
    try {
      const bytes = simdBytes();
      compiled = WebAssembly.validate(bytes) && typeof SharedArrayBuffer === 'function' ? new WebAssembly.Module(bytes) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** A scanner bound to a shared memory: `scan(codes, probe, dim, count, out)` over byte offsets. */
export function simdScanner(memory) {
  return new WebAssembly.Instance(simdModule(), { env: { mem: memory } }).exports.scan;
}

function insertTop(topRows, topScores, state, k, row, s) {
  let j = state.filled < k ? state.filled++ : k - 1;
  while (j > 0 && topScores[j - 1] < s) { topScores[j] = topScores[j - 1]; topRows[j] = topRows[j - 1]; j--; }
  topScores[j] = s; topRows[j] = row;
  state.worst = state.filled < k ? -2147483648 : topScores[k - 1];
}

/**
 * SIMD scan of rows [start, end) stored from HEADER in `memory`, using probe and score slot `slot`
 * (one per thread). Returns the k best as { rows, scores } (best first).
 */
export function scanTopKSimd(scan, memory, dim, start, end, probe, k, slot) {
  const probeAt = slot * PROBE_SLOT, outAt = SCORE_BASE + slot * SCORE_SLOT;
  new Int8Array(memory.buffer, probeAt, dim).set(probe);
  const out = new Int32Array(memory.buffer, outAt, BLOCK);
  const topRows = new Int32Array(k).fill(-1), topScores = new Int32Array(k).fill(-2147483648);
  const state = { filled: 0, worst: -2147483648 };
  for (let r = start; r < end; r += BLOCK) {
    const n = Math.min(BLOCK, end - r);
    scan(HEADER + r * dim, probeAt, dim, n, outAt);
    for (let i = 0; i < n; i++) {
      const s = out[i];
      if (state.filled < k || s > state.worst) insertTop(topRows, topScores, state, k, r + i, s);
    }
  }
  return { rows: topRows.slice(0, state.filled), scores: topScores.slice(0, state.filled) };
}

/**
 * Plain JavaScript scan of rows [start, end) of `codes` (row 0 at index 0).
 * @param {Int8Array} codes @param {number} dim @param {number} start @param {number} end
 * @param {Int8Array} probe @param {number} k
 */
export function scanTopK(codes, dim, start, end, probe, k) {
  const topRows = new Int32Array(k).fill(-1);
  const topScores = new Int32Array(k).fill(-2147483648);
  const state = { filled: 0, worst: -2147483648 };
  const p = Int32Array.from(probe);
  const unrolled = dim - (dim % 8);
  for (let r = start; r < end; r++) {
    let o = r * dim, s = 0, i = 0;
    for (; i < unrolled; i += 8, o += 8) {
      s += codes[o] * p[i] + codes[o + 1] * p[i + 1] + codes[o + 2] * p[i + 2] + codes[o + 3] * p[i + 3]
        + codes[o + 4] * p[i + 4] + codes[o + 5] * p[i + 5] + codes[o + 6] * p[i + 6] + codes[o + 7] * p[i + 7];
    }
    for (; i < dim; i++, o++) s += codes[o] * p[i];
    if (state.filled < k || s > state.worst) insertTop(topRows, topScores, state, k, r, s);
  }
  return { rows: topRows.slice(0, state.filled), scores: topScores.slice(0, state.filled) };
}

/** A shared memory for the SIMD scanner: rows from HEADER, growable to 2 GiB in place. */
export function sharedMemory(initialPages) {
  return new WebAssembly.Memory({ initial: initialPages, maximum: 32768, shared: true });
}
