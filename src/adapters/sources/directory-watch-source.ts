import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { CursorStore, LiveSource, LiveSourceStatus, PostSink } from '../../ports/live-source.js';
import type { ParsedLine } from './formats.js';
import { parseJsonLine } from './formats.js';
import { BatchSubmitter, SourceHealth, sleep } from './live-common.js';

export interface DirectoryWatchOptions {
  name: string;
  path: string;
  /** File names to tail (default: *.jsonl and *.ndjson). */
  pattern?: RegExp;
  pollMs?: number;
  batchLines?: number;
  maxLineBytes?: number;
  cursors: CursorStore;
  log?: Logger;
}

/** Where each file was read to: bytes of complete lines, and how many lines that is. */
type Offsets = Record<string, { offset: number; line: number }>;

/**
 * Tails JSONL files dropped into a directory. Only complete lines are read (a line still being
 * written waits for its newline); the byte offset of each file is saved once its lines are
 * committed, so a crash resumes at the right line. A file that shrinks is read again from the start.
 */
export class DirectoryWatchSource implements LiveSource {
  readonly name: string;
  private readonly health: SourceHealth;

  constructor(private readonly o: DirectoryWatchOptions) {
    this.name = o.name;
    this.health = new SourceHealth(o.name, 'directory');
  }

  status(): LiveSourceStatus {
    return this.health.snapshot();
  }

  async run(sink: PostSink, signal: AbortSignal): Promise<void> {
    const submitter = new BatchSubmitter(this.name, sink, this.o.cursors, this.health, this.o.log);
    const saved = await this.o.cursors.get(this.name);
    let offsets: Offsets = {};
    try {
      offsets = saved ? (JSON.parse(saved) as Offsets) : {};
    } catch {
      this.o.log?.error({ source: this.name }, 'saved cursor is damaged; reading every file from the start');
    }
    this.health.s.cursor = saved;
    const pattern = this.o.pattern ?? /\.(jsonl|ndjson)$/;
    while (!signal.aborted) {
      try {
        const names = (await readdir(this.o.path)).filter((n) => pattern.test(n)).sort();
        this.health.s.state = 'connected';
        this.health.s.lastError = null;
        for (const n of Object.keys(offsets)) if (!names.includes(n)) delete offsets[n];
        for (const name of names) {
          if (signal.aborted) break;
          offsets = await this.readFile(name, offsets, submitter, signal);
        }
      } catch (e) {
        this.health.s.state = 'backoff';
        this.health.s.lastError = (e as Error).message;
        this.o.log?.warn(
          { source: this.name, err: (e as Error).message },
          'cannot read the watched directory',
        );
      }
      await sleep(this.o.pollMs ?? 1000, signal);
    }
    await submitter.flushed();
    this.health.s.state = 'stopped';
  }

  private async readFile(
    name: string,
    offsets: Offsets,
    submitter: BatchSubmitter,
    signal: AbortSignal,
  ): Promise<Offsets> {
    const path = join(this.o.path, name);
    const size = (await stat(path)).size;
    let { offset, line } = offsets[name] ?? { offset: 0, line: 0 };
    if (size < offset) {
      this.o.log?.warn({ source: this.name, file: name }, 'file shrank: reading it again from the start');
      offset = 0;
      line = 0;
    }
    if (size === offset) return offsets;
    const maxLine = this.o.maxLineBytes ?? 1 << 20;
    const fh = await open(path, 'r');
    try {
      let carry = Buffer.alloc(0);
      let pos = offset;
      const chunk = Buffer.alloc(1 << 20);
      while (pos < size && !signal.aborted) {
        const { bytesRead } = await fh.read(chunk, 0, Math.min(chunk.length, size - pos), pos);
        if (bytesRead === 0) break;
        pos += bytesRead;
        let buf = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
        const items: ParsedLine[] = [];
        let nl: number;
        while ((nl = buf.indexOf(10)) >= 0) {
          const raw = buf.subarray(0, nl);
          buf = buf.subarray(nl + 1);
          offset += nl + 1;
          line++;
          this.health.event();
          const text = raw.toString('utf8').replace(/\r$/, '');
          if (!text.trim()) continue;
          const parsed: ParsedLine =
            raw.length > maxLine
              ? { kind: 'reject', reason: `line longer than ${maxLine} bytes` }
              : parseJsonLine(text);
          if (parsed.kind === 'reject') {
            this.health.s.malformed++;
            this.o.log?.warn({ source: this.name, file: name, line, reason: parsed.reason }, 'line rejected');
          }
          items.push(parsed);
          if (items.length >= (this.o.batchLines ?? 500)) {
            offsets = { ...offsets, [name]: { offset, line } };
            await submitter.submit(items.splice(0), JSON.stringify(offsets), signal);
          }
        }
        carry = Buffer.from(buf);
        if (carry.length > maxLine) {
          // A line that never ends: skip what there is of it and say so.
          this.health.s.malformed++;
          this.o.log?.warn({ source: this.name, file: name, line: line + 1 }, 'line too long: skipped');
          offset += carry.length;
          carry = Buffer.alloc(0);
        }
        offsets = { ...offsets, [name]: { offset, line } };
        if (items.length) await submitter.submit(items, JSON.stringify(offsets), signal);
      }
    } finally {
      await fh.close();
    }
    return offsets;
  }
}
