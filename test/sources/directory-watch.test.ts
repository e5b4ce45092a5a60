import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from './until.js';
import { DirectoryWatchSource } from '../../src/adapters/sources/directory-watch-source.js';
import { SqlCursorStore } from '../../src/adapters/stores/sql-cursor-store.js';
import { harness, type Harness } from '../server/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  h = undefined;
});

const line = (i: number): string =>
  JSON.stringify({
    id: `f${i}`,
    text: i % 10 === 0 ? `I will stab the sheriff tonight, note ${i}` : `just a note ${i}`,
  }) + '\n';

function watch(
  h: Harness,
  dir: string,
): { src: DirectoryWatchSource; stop: AbortController; running: Promise<void> } {
  const src = new DirectoryWatchSource({
    name: 'drops',
    path: dir,
    pollMs: 20,
    batchLines: 30,
    cursors: new SqlCursorStore(h.b.services.db),
    log: pino({ level: 'silent' }),
  });
  const stop = new AbortController();
  const running = src.run(
    { submit: (i) => h.b.services.pipeline.offer(i), committed: (s) => h.b.services.pipeline.committed(s) },
    stop.signal,
  );
  return { src, stop, running };
}

describe('directory watcher', () => {
  it('tails new JSONL files line by line, waits for a line still being written, rejects bad lines with a reason', async () => {
    h = await harness();
    const dir = mkdtempSync(join(tmpdir(), 'bl-watch-'));
    writeFileSync(join(dir, 'a.jsonl'), Array.from({ length: 100 }, (_, i) => line(i)).join(''));
    writeFileSync(join(dir, 'ignored.txt'), 'not for us\n');
    const { src, stop, running } = watch(h, dir);
    await until(() => h!.b.services.pipeline.stats.analysed === 100);
    appendFileSync(join(dir, 'a.jsonl'), '{"id":"broken",' + '\n' + line(100) + '{"id":"half", "te');
    await until(() => h!.b.services.pipeline.stats.received === 102);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.b.services.pipeline.stats.received).toBe(102); // the half line is not read yet
    appendFileSync(join(dir, 'a.jsonl'), 'xt": "the end of it"}\n');
    await until(() => h!.b.services.pipeline.stats.analysed === 102);
    stop.abort();
    await running;
    expect(h.b.services.pipeline.stats).toMatchObject({ accepted: 102, rejected: 1 });
    expect(src.status().malformed).toBe(1);
  });

  it('resumes at the right line after a restart', async () => {
    h = await harness();
    const dataDir = h.dir;
    const dir = mkdtempSync(join(tmpdir(), 'bl-watch-'));
    writeFileSync(join(dir, 'b.jsonl'), Array.from({ length: 250 }, (_, i) => line(i)).join(''));
    let w = watch(h, dir);
    await until(() => h!.b.services.pipeline.stats.analysed === 250);
    await until(
      async () =>
        JSON.parse((await new SqlCursorStore(h!.b.services.db).get('drops')) ?? '{}')['b.jsonl']?.line ===
        250,
    );
    w.stop.abort();
    await w.running;
    await h.close();

    appendFileSync(join(dir, 'b.jsonl'), Array.from({ length: 40 }, (_, i) => line(250 + i)).join(''));
    h = await harness({}, { dir: dataDir });
    w = watch(h, dir);
    await until(() => h!.b.services.pipeline.stats.analysed === 40);
    await new Promise((r) => setTimeout(r, 100));
    w.stop.abort();
    await w.running;
    expect(h.b.services.pipeline.stats.accepted).toBe(40); // only the new lines
    const alerts = await h.b.services.db.selectFrom('alerts').select('post_id').execute();
    expect(alerts).toHaveLength(29); // 25 from the first run, 4 new; none twice
  });
});
