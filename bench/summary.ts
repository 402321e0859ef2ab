/**
 * Prints the headline figures of every bench/results/*.json as a markdown table for
 * docs/benchmarks.md, so the summary there is generated from what was measured, never typed:
 *   npx tsx bench/summary.ts            # print
 *   npx tsx bench/summary.ts --write    # replace the table in docs/benchmarks.md
 * Each row names the command that produced the figure and when it ran.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function load(name: string): { at: string; command: string; r: Json } | undefined {
  const file = path.join(dir, `${name}.json`);
  if (!fs.existsSync(file)) return undefined;
  const d = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  return { at: String(d.at ?? '').slice(0, 16).replace('T', ' '), command: String(d.command ?? `npm run bench -- ${name}`), r: (d.result ?? d) as Json };
}

/** A value read by path, or "–" when the bench did not record it. */
function at(r: Json, p: string, unit = ''): string {
  let v: unknown = r;
  for (const k of p.split('.')) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  if (v === undefined || v === null) return '–';
  return `${typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toString()) : String(v)}${unit}`;
}

const rows: string[][] = [];
function row(bench: string, what: string, value: string, target: string): void {
  const b = load(bench);
  if (!b) return;
  rows.push([what, value, target, `\`${b.command}\` (${b.at} UTC)`]);
}

const imp = load('import')?.r;
if (imp) {
  row('import', 'OFAC SDN CSV 2024 import (SQLite): median time, records/s, peak RSS', `${at(imp, 'ofac_sdn_csv_2024.medianMs', ' ms')}, ${at(imp, 'ofac_sdn_csv_2024.recordsPerSec')}/s, ${at(imp, 'ofac_sdn_csv_2024.peakRssMB', ' MB')}`, '< 5 s, < 300 MB');
  row('import', 'OFAC CSV set 2021 / UN XML import: records/s', `${at(imp, 'ofac_csv_set_2021.recordsPerSec')}/s / ${at(imp, 'un_xml_2026.recordsPerSec')}/s`, '');
}
const mq = load('matching-quality')?.r?.summary?.['engine (src/matching)'];
if (mq) {
  row('matching-quality', 'Labelled pairs (test split): precision / recall / F1', `${at(mq, 'precisionTest')} / ${at(mq, 'recallTest')} / ${at(mq, 'f1Test')}`, 'F1 ≥ 0.92');
  row('matching-quality', 'Alias with a typo found at review threshold (recall)', at(mq, 'aliasTypoRecall'), '≥ 0.99');
  const ar = load('matching-quality')?.r?.engine?.aliasRetrieval ?? {};
  row('matching-quality', 'Cross-script alias retrieval recall: original script → Latin / Latin → original script', `${at(ar, 'originalScriptToLatin.recallAtReview')} / ${at(ar, 'latinToOriginalScript.recallAtReview')}`, '≥ 0.95');
  row('matching-quality', 'Ordinary people flagged at review', at(mq, 'falseAlarmShare'), '< 0.01');
  const tw = load('matching-quality')?.r?.engine?.transliteratedWords;
  if (tw) row('matching-quality', 'Single name words against their transcription, recall at review: Arabic / Chinese / Russian / Hebrew / Korean', ['arabic', 'chinese', 'russian', 'hebrew', 'korean'].map((k) => at(tw, `${k}.recallAtReview`)).join(' / '), '');
}
const ms = load('matching-speed')?.r;
if (ms) {
  row('matching-speed', 'UN + OFAC: query CPU p50 / p99; queries per CPU-second over the latency run (first queries of the process included)', `${at(ms, 'unOfac.cpuMs.p50', ' ms')} / ${at(ms, 'unOfac.cpuMs.p99', ' ms')}; ${at(ms, 'unOfac.queriesPerCpuSecond')}`, '< 1 ms / < 10 ms');
  row('matching-speed', 'UN + OFAC batch: 20,000 new queries in a row, queries per CPU-second (per wall-second, load average; per CPU-second of the main thread)', `${at(ms, 'unOfacBatch.queriesPerCpuSecond')} (${at(ms, 'unOfacBatch.queriesPerSecondWall')}, ${at(ms, 'unOfacBatch.loadAverage')}; ${at(ms, 'unOfacBatch.queriesPerMainThreadCpuSecond')})`, '≥ 2,000 per core');
  row('matching-speed', 'UN + OFAC, warm process (3,000 new queries after the batch): query CPU p50 / p99; wall p50 / p99', `${at(ms, 'unOfacWarm.cpuMs.p50', ' ms')} / ${at(ms, 'unOfacWarm.cpuMs.p99', ' ms')}; ${at(ms, 'unOfacWarm.wallMs.p50', ' ms')} / ${at(ms, 'unOfacWarm.wallMs.p99', ' ms')}`, '< 1 ms / < 10 ms');
  row('matching-speed', 'UN + OFAC: query wall p50 / p99 (load average)', `${at(ms, 'unOfac.wallMs.p50', ' ms')} / ${at(ms, 'unOfac.wallMs.p99', ' ms')} (${at(ms, 'unOfac.loadAverage')})`, '');
  row('matching-speed', 'Machine reference: edit distances of short names per CPU-second, measured in the same run (compare runs across days and machines by it)', `${at(ms, 'machineReference.editDistancesPerCpuSecond')}`, '');
  row('matching-speed', '1M names: build CPU; RSS; query CPU p99', `${at(ms, 'synthetic.buildCpuMs', ' ms')}; ${at(ms, 'synthetic.rssMB', ' MB')}; ${at(ms, 'synthetic.cpuMs.p99', ' ms')}`, '< 60 s; < 2 GB; < 25 ms');
}
const lb = load('matching-long-batch')?.r;
if (lb) {
  row('matching-long-batch', 'UN + OFAC, a long batch: queries 20,001–60,000 after start-up, per CPU-second of the process; of its main thread (the first 20,000, as in the speed benchmark: process; main thread)', `${at(lb, 'later.queriesPerCpuSecond')}; ${at(lb, 'later.queriesPerMainThreadCpuSecond')} (${at(lb, 'stretches.0.queriesPerCpuSecond')}; ${at(lb, 'stretches.0.queriesPerMainThreadCpuSecond')})`, '≥ 2,000 per core');
}
const api = load('api')?.r;
if (api) {
  row('api', 'HTTP screening: per second, p99 (load average)', `${at(api, 'screeningsPerSecond')}/s, ${at(api, 'latencyMs.p99', ' ms')} (${at(api, 'loadAverage1m')})`, '≥ 1,000/s, p99 < 50 ms');
  row('api', 'HTTP screening: server CPU per screening; projected on 2 idle cores', `${at(api, 'serverCpuMsPerScreening', ' ms')}; ${at(api, 'projectedScreeningsPerSecondOnIdleCores')}/s`, '');
}
const batch = load('batch')?.r;
if (batch) row('batch', 'Customer file end to end: rows, rows/s, CPU per row, projected 1M on idle cores, peak RSS', `${at(batch, 'rows')}, ${at(batch, 'rowsPerSecond')}/s, ${at(batch, 'cpuMsPerRow', ' ms')}, ${at(batch, 'projectedSecondsFor1MOnIdleCores', ' s')}, ${at(batch, 'peakRssMB', ' MB')}`, '1M < 600 s, < 1.5 GB');
const tr = load('travel')?.r;
if (tr) {
  row('travel', '400-traveller PAXLST manifest parsed and screened: median / p99 (CPU median)', `${at(tr, 'manifest400EndToEnd.medianMs', ' ms')} / ${at(tr, 'manifest400EndToEnd.p99Ms', ' ms')} (${at(tr, 'manifest400EndToEndCpu.medianMs', ' ms')})`, '< 300 ms');
  row('travel', 'Scanned passport answered: median / p99', `${at(tr, 'scan.medianMs', ' ms')} / ${at(tr, 'scan.p99Ms', ' ms')}`, 'p99 < 50 ms');
}
const cs = load('cases')?.r;
if (cs) {
  row('cases', 'Alert queue with 1M alerts (SQLite): worst p99 over filters', at(cs, 'queueWorstP99Ms', ' ms'), '< 100 ms');
  row('cases', 'Audit verification of 1M entries', `${at(cs, 'auditVerifyS', ' s')} (CPU ${at(cs, 'auditVerifyCpuS', ' s')})`, '< 30 s');
}
const bio = load('biometrics')?.r;
if (bio) {
  row('biometrics', 'Face template extraction per image (pipeline median; CPU)', `${at(bio, 'pipelinePerImage.medianMs', ' ms')} (${at(bio, 'pipelinePerImage.cpuMedianMs', ' ms')})`, '');
  row('biometrics', '1:N search, 10k / 100k / 1M templates (median)', `${at(bio, 'search.n10000.oneThread.medianMs', ' ms')} / ${at(bio, 'search.n100000.oneThread.medianMs', ' ms')} / ${at(bio, 'search.n1000000.oneThread.medianMs', ' ms')}`, '1M < 500 ms');
  row('biometrics', 'Whole enrolment (detect, check, template, search): median / p99', `${at(bio, 'wholeEnrolment.medianMs', ' ms')} / ${at(bio, 'wholeEnrolment.p99Ms', ' ms')}`, '< 2 s');
}

const out = ['| figure | measured | target | command (when) |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
const table = out.join('\n') + '\n';
if (process.argv.includes('--write')) {
  const doc = path.join(dir, '..', '..', 'docs', 'benchmarks.md');
  const text = fs.readFileSync(doc, 'utf8');
  const start = '<!-- summary:start -->';
  const end = '<!-- summary:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/benchmarks.md has no ${start} ... ${end} markers`);
  fs.writeFileSync(doc, text.slice(0, i + start.length) + '\n' + table + text.slice(j));
} else {
  process.stdout.write(table);
}
