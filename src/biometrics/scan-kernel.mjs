// The 1:N inner loop, in plain JavaScript so that the main thread and the worker threads run the
// very same code without a compile step. Templates are int8 codes (a unit vector times 127), one
// row of `dim` values per template; the score of a row is its integer dot product with the probe.

/**
 * Scans rows [start, end) and returns the k best as { rows, scores } (best first).
 * @param {Int8Array} codes @param {number} dim @param {number} start @param {number} end
 * @param {Int8Array} probe @param {number} k
 */
export function scanTopK(codes, dim, start, end, probe, k) {
  const topRows = new Int32Array(k).fill(-1);
  const topScores = new Int32Array(k).fill(-2147483648);
  let worst = -2147483648, filled = 0;
  const p = Int32Array.from(probe);
  const unrolled = dim - (dim % 8);
  for (let r = start; r < end; r++) {
    let o = r * dim, s = 0, i = 0;
    for (; i < unrolled; i += 8, o += 8) {
      s += codes[o] * p[i] + codes[o + 1] * p[i + 1] + codes[o + 2] * p[i + 2] + codes[o + 3] * p[i + 3]
        + codes[o + 4] * p[i + 4] + codes[o + 5] * p[i + 5] + codes[o + 6] * p[i + 6] + codes[o + 7] * p[i + 7];
    }
    for (; i < dim; i++, o++) s += codes[o] * p[i];
    if (filled < k || s > worst) {
      // insertion into the small sorted list (k is tens at most)
      let j = filled < k ? filled++ : k - 1;
      while (j > 0 && topScores[j - 1] < s) { topScores[j] = topScores[j - 1]; topRows[j] = topRows[j - 1]; j--; }
      topScores[j] = s; topRows[j] = r;
      worst = filled < k ? -2147483648 : topScores[k - 1];
    }
  }
  return { rows: topRows.slice(0, filled), scores: topScores.slice(0, filled) };
}
