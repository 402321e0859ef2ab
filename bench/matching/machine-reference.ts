/**
 * A fixed CPU workload, measured beside the engine's figures so that runs on different machines
 * (or one machine on a busy day) can be compared: the same commit has measured 2,081 and 846
 * queries per CPU-second on two days here. Plain string work of the engine's kind (edit
 * distances over short names), in code of its own, so that optimising the engine never moves it.
 * Reported as operations per CPU-second, the median of five rounds.
 */
const WORDS = ['mohammed', 'muhammad', 'abdulrahman', 'abdul rahman', 'yevgeny', 'evgeniy', 'tsvetkov', 'zwetkow', 'kim jong un', 'gim jeong eun', 'hassan', 'hasan', 'al-masri', 'elmasri', 'petrochemical', 'petrokimia'];

function editDistance(a: string, b: string, row: Int32Array): number {
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function round(ops: number): number {
  const row = new Int32Array(64);
  let sum = 0;
  const c0 = process.cpuUsage();
  for (let k = 0; k < ops; k++) sum += editDistance(WORDS[k % WORDS.length]!, WORDS[(k * 7 + 3) % WORDS.length]!, row);
  const d = process.cpuUsage(c0);
  if (sum < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  return ops / ((d.user + d.system) / 1e6);
}

/** Edit distances of short names per CPU-second on this machine now (median of five rounds). */
export function machineReference(ops = 400_000): { editDistancesPerCpuSecond: number } {
  round(ops / 4); // warm-up: compiled before it is timed
  const rounds = Array.from({ length: 5 }, () => round(ops)).sort((a, b) => a - b);
  return { editDistancesPerCpuSecond: Math.round(rounds[2]!) };
}
