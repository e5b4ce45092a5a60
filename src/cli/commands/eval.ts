import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import pc from 'picocolors';
import { createAnalyzer } from '../../core/analyze.js';
import { loadConfig } from '../../config/config.js';
import { loadResources } from '../../adapters/models/file-models.js';
import { evaluate, parseLabelled } from '../../pipeline/evaluate.js';
import { SourceReadError } from '../../ports/post-source.js';
import { EXIT } from '../exit-codes.js';

export async function evalCommand(
  file: string,
  opts: { worst: number; json?: boolean; ablation: 'none' | 'model' | 'engine'; config?: string },
): Promise<number> {
  let content: string;
  try {
    const raw = readFileSync(file);
    content = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  } catch (e) {
    throw new SourceReadError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      { cause: e },
    );
  }
  const { posts, errors } = parseLabelled(content);
  for (const e of errors) process.stderr.write(`${pc.yellow('rejected')} ${file} ${e}\n`);
  if (posts.length === 0) {
    process.stderr.write(`brightline: ${file} has no labelled posts\n`);
    return EXIT.usage;
  }
  const { config } = loadConfig(opts.config);
  const analyze = createAnalyzer(loadResources(), {
    minSeverity: config.alertThreshold,
    protectedEntities: config.protectedEntities,
    modelOff: opts.ablation === 'model',
    engineOff: opts.ablation === 'engine',
  });
  const r = evaluate(posts, analyze, opts.worst);
  if (opts.json) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return EXIT.ok;
  }
  const pct = (x: number): string => (Number.isNaN(x) ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const out: string[] = [];
  out.push(
    pc.bold(`${file}: ${r.n} posts${opts.ablation !== 'none' ? ` (ablation: ${opts.ablation} off)` : ''}`),
  );
  out.push(`${'category'.padEnd(24)} ${'expect'.padEnd(9)} ${'n'.padStart(5)}  alert rate`);
  for (const c of r.categories) {
    const bad = c.expect === 'alert' ? c.alertRate < 0.95 : c.alertRate > 0.03;
    out.push(
      `${c.category.padEnd(24)} ${c.expect.padEnd(9)} ${String(c.n).padStart(5)}  ${(bad ? pc.red : pc.green)(pct(c.alertRate))}`,
    );
  }
  out.push('');
  out.push(
    `recall ${pct(r.recall)}   false alert rate ${pct(r.falseAlertRate)}   precision ${pct(r.precision)}   AUC ${Number.isNaN(r.auc) ? 'n/a' : r.auc.toFixed(3)}`,
  );
  if (r.missed.length) {
    out.push(pc.bold('\nmissed threats (lowest score first):'));
    for (const m of r.missed)
      out.push(`  ${m.score.toFixed(3)} ${m.severity.padEnd(8)} [${m.category}] ${m.text}`);
  }
  if (r.falseAlerts.length) {
    out.push(pc.bold('\nfalse alerts (highest score first):'));
    for (const f of r.falseAlerts)
      out.push(
        `  ${f.score.toFixed(3)} ${f.severity.padEnd(8)} [${f.category}] ${f.text}\n      ${pc.dim(f.reasons.join('; '))}`,
      );
  }
  if (r.failures.length) {
    // a failed analysis scores nothing: a measure that hid it would read a crash as a miss
    out.push(pc.red(pc.bold(`\n${r.failures.length} posts whose analysis failed:`)));
    for (const f of r.failures) out.push(`  [${f.category}] ${f.text}\n      ${pc.dim(f.errors.join('; '))}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}
