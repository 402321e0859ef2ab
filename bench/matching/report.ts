/**
 * Renders bench/results/matching-quality.json as the markdown tables of
 * docs/benchmarks/matching-quality.md:  npx tsx bench/matching/report.ts
 */
import fs from 'node:fs';
import path from 'node:path';

type Any = Record<string, any>;
const file = path.resolve(process.cwd(), 'bench/results/matching-quality.json');
const rec = JSON.parse(fs.readFileSync(file, 'utf8')) as Any;
const res = rec.result as Any;
const matchers = [res.engine, res.baseline].filter(Boolean) as Any[];
const f = (x: number) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3));
const out: string[] = [];
const table = (head: string[], rows: (string | number)[][]) => {
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
};

out.push(`Measured ${rec.at} on Node ${rec.node} with \`${rec.command}\`.`, '');
out.push('### Summary (test split, at each matcher\'s review threshold)', '');
table(['matcher', 'review thr.', 'P', 'R', 'F1 test', 'F1 dev', 'best F1 (thr.)', 'alias+typo recall', 'cross-script recall (min of both ways)', 'ordinary people flagged'],
  matchers.map((m) => {
    const s = res.summary[m.matcher];
    return [m.matcher, m.thresholds.review, f(s.precisionTest), f(s.recallTest), f(s.f1Test), f(s.f1Dev), `${f(s.bestF1Test)} (${s.bestF1Threshold})`, f(s.aliasTypoRecall), f(s.crossScriptRecall), `${(s.falseAlarmShare * 100).toFixed(2)}%`];
  }));

for (const m of matchers) {
  out.push(`### ${m.matcher}${m.version ? ` at ${m.version}` : ''}`, '');
  for (const split of ['test', 'dev']) {
    const p = m[`pairs_${split}`];
    out.push(`**Pairs, ${split} split** (${p.pairs} pairs; review threshold ${p.reviewThreshold}: P ${f(p.atReview.precision)}, R ${f(p.atReview.recall)}, F1 ${f(p.atReview.f1)}; best F1 ${f(p.bestF1.f1)} at ${p.bestF1.threshold})`, '');
    table(['by schema', 'pairs', 'same', 'P', 'R', 'F1'], Object.entries(p.bySchema as Any).map(([k, v]: [string, Any]) => [k, v.n, v.positives, f(v.precision), f(v.recall), f(v.f1)]));
    table(['by script', 'pairs', 'same', 'P', 'R', 'F1'], Object.entries(p.byScript as Any).map(([k, v]: [string, Any]) => [k, v.n, v.positives, f(v.precision), f(v.recall), f(v.f1)]));
    if (split === 'test') table(['by kind of pair', 'pairs', 'measure', 'value'], Object.entries(p.byKind as Any).map(([k, v]: [string, Any]) => [k, v.n, v.label, f(v.share)]));
  }
  const r = m.aliasRetrieval;
  out.push(`**Alias retrieval** (${r.indexedEntities} UN + OFAC entities, ${r.indexedNames} names; index built in ${r.indexBuildMs} ms; the two cross-script rows against the ${r.crossScriptIndexedEntities ?? '?'} UN entities alone)`, '');
  table(['query', 'queries', 'recall at review', 'recall@1', 'recall@10', 'mean rank (when found)', 'MRR'],
    ['plain', 'typo', 'droppedPart', 'swappedOrder', 'originalScriptToLatin', 'latinToOriginalScript'].map((k) => [k, r[k].queries, f(r[k].recallAtReview), f(r[k].recallAt1), f(r[k].recallAt10), f(r[k].meanRankWhenRetrieved), f(r[k].mrr)]));
  const tw = m.transliteratedWords as Any | undefined;
  if (tw) {
    out.push('**Single transcribed words** (a Wikidata name word against its own transcription, and against another word\'s; the sets have some misaligned rows)', '');
    table(['script', 'words', 'recall at review', 'false matches at review'], Object.entries(tw).map(([k, v]: [string, Any]) => [k, v.words, f(v.recallAtReview), f(v.falseMatchAtReview)]));
  }
  const fa = m.falseAlarms;
  out.push(`**False alarms**: ${fa.people} ordinary people, ${fa.flaggedAtReview} (${(fa.shareAtReview * 100).toFixed(2)}%) with a top hit at review or above, ${fa.flaggedAtBlock} (${(fa.shareAtBlock * 100).toFixed(2)}%) at block; search p50 ${fa.searchMs.p50} ms, p99 ${fa.searchMs.p99} ms (machine shared, indicative only).`, '');
  table(['locale', 'people', 'flagged', 'share'], Object.entries(fa.byLocale as Any).map(([k, v]: [string, Any]) => [k, v.people, v.flagged, `${(v.share * 100).toFixed(2)}%`]));
}
console.log(out.join('\n'));
