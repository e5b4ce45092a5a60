import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { PostSource, SourceItem } from '../../ports/post-source.js';
import { SourceReadError } from '../../ports/post-source.js';
import { parseJsonLine } from './formats.js';

export type InputFormat = 'auto' | 'jsonl' | 'csv' | 'text';

export interface FileSourceOptions {
  /** A path, or '-' for standard input. */
  path: string;
  format?: InputFormat;
  textColumn?: string;
  idColumn?: string;
  /** Lines longer than this are rejected without being held in memory (default 1 MiB). */
  maxLineBytes?: number;
  stdin?: Readable;
}

const DEFAULT_MAX_LINE = 1 << 20;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads posts from a file or standard input: JSON lines of any supported platform format, CSV with
 * a header, or plain text lines; gzip when the name ends in `.gz` or the bytes say so. Memory stays
 * constant whatever the input size: an over-long line is counted and dropped as it streams past.
 */
export class FileSource implements PostSource {
  readonly name: string;
  private bytes = 0;
  private readonly totalBytes?: number;

  constructor(private readonly opts: FileSourceOptions) {
    this.name = opts.path === '-' ? 'stdin' : opts.path;
    if (opts.path !== '-') {
      try {
        const st = statSync(opts.path);
        if (st.isDirectory()) throw new SourceReadError(`${opts.path} is a directory`);
        this.totalBytes = st.size;
      } catch (e) {
        if (e instanceof SourceReadError) throw e;
        throw new SourceReadError(
          `cannot read ${opts.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
          { cause: e },
        );
      }
    }
  }

  progress(): { bytes: number; totalBytes?: number } {
    return { bytes: this.bytes, totalBytes: this.totalBytes };
  }

  private async open(): Promise<AsyncIterable<Buffer>> {
    const raw: Readable =
      this.opts.path === '-' ? (this.opts.stdin ?? process.stdin) : createReadStream(this.opts.path);
    const counted = raw.on('data', (b: Buffer) => {
      this.bytes += b.length;
    });
    const iter = counted[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let first: IteratorResult<Buffer>;
    try {
      first = await iter.next();
    } catch (e) {
      throw new SourceReadError(`cannot read ${this.name}: ${(e as Error).message}`, { cause: e });
    }
    const gz =
      this.opts.path.endsWith('.gz') || (!first.done && first.value[0] === 0x1f && first.value[1] === 0x8b);
    async function* replay(): AsyncGenerator<Buffer> {
      if (!first.done) yield first.value;
      for (;;) {
        const n = await iter.next();
        if (n.done) return;
        yield n.value;
      }
    }
    if (!gz) return replay();
    const gunzip = createGunzip();
    const pump = async (): Promise<void> => {
      try {
        for await (const chunk of replay())
          if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    };
    void pump();
    return gunzip;
  }

  async *items(): AsyncGenerator<SourceItem> {
    const chunks = await this.open();
    const format = this.opts.format ?? 'auto';
    const lines = splitLines(chunks, this.opts.maxLineBytes ?? DEFAULT_MAX_LINE, this.name);
    const name = this.opts.path.replace(/\.gz$/, '').toLowerCase();
    let mode: Exclude<InputFormat, 'auto'> | undefined =
      format !== 'auto'
        ? format
        : name.endsWith('.csv')
          ? 'csv'
          : name.endsWith('.txt')
            ? 'text'
            : name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')
              ? 'jsonl'
              : undefined;
    if (mode === 'csv' || (mode === undefined && this.opts.textColumn)) {
      yield* this.csvItems(lines);
      return;
    }
    for await (const l of lines) {
      if (l.kind === 'reject') {
        yield { kind: 'reject', line: l.line, reason: l.reason };
        continue;
      }
      const text = l.text;
      if (mode === undefined) {
        // Standard input or an unknown name: sniff the first non-empty line.
        const t = text.trimStart();
        if (!t) continue;
        mode = t.startsWith('{') || t.startsWith('[') ? 'jsonl' : 'text';
      }
      if (text.trim() === '') {
        yield { kind: 'reject', line: l.line, reason: 'empty line' };
        continue;
      }
      if (mode === 'text') {
        yield { kind: 'post', line: l.line, post: { id: String(l.line), text, source: 'text' } };
        continue;
      }
      const parsed = parseJsonLine(text);
      if (parsed.kind === 'post') yield { kind: 'post', line: l.line, post: parsed.post };
      else if (parsed.kind === 'skip') yield { kind: 'skip', line: l.line, reason: parsed.reason };
      else yield { kind: 'reject', line: l.line, reason: parsed.reason, excerpt: text.slice(0, 120) };
    }
  }

  private async *csvItems(lines: AsyncIterable<Line>): AsyncGenerator<SourceItem> {
    const textCol = this.opts.textColumn ?? 'text';
    const idCol = this.opts.idColumn ?? 'id';
    const parser = parseCsv({
      columns: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      info: true,
    });
    // Feed decoded lines into the CSV parser; records can span lines (quoted newlines).
    const rejects: SourceItem[] = [];
    const feed = async (): Promise<void> => {
      try {
        for await (const l of lines) {
          if (l.kind === 'reject') {
            rejects.push({ kind: 'reject', line: l.line, reason: l.reason });
            continue;
          }
          if (!parser.write(l.text + '\n')) await new Promise((r) => parser.once('drain', r));
        }
        parser.end();
      } catch (e) {
        parser.destroy(e as Error);
      }
    };
    void feed();
    let header: string[] | undefined;
    try {
      for await (const rec of parser as AsyncIterable<{
        record: Record<string, string>;
        info: { lines: number };
      }>) {
        while (rejects.length) yield rejects.shift()!;
        const line = rec.info.lines;
        if (!header) {
          header = Object.keys(rec.record);
          if (!header.includes(textCol))
            throw new SourceReadError(
              `CSV header has no "${textCol}" column (columns: ${header.join(', ')}); use --text-column`,
            );
        }
        const text = rec.record[textCol];
        if (text === undefined || text.trim() === '') {
          yield { kind: 'reject', line, reason: 'post has no text' };
          continue;
        }
        const id = rec.record[idCol] || String(line);
        yield {
          kind: 'post',
          line,
          post: {
            id,
            text,
            source: 'csv',
            author: rec.record.author || undefined,
            createdAt: rec.record.createdAt || rec.record.created_at || undefined,
            url: rec.record.url || undefined,
          },
        };
      }
    } catch (e) {
      if (e instanceof SourceReadError) throw e;
      throw new SourceReadError(`CSV in ${this.name} cannot be parsed: ${(e as Error).message}`, {
        cause: e,
      });
    }
    while (rejects.length) yield rejects.shift()!;
  }
}

type Line = { kind: 'line'; line: number; text: string } | { kind: 'reject'; line: number; reason: string };

/**
 * Splits a byte stream into lines without ever holding more than `maxBytes` of one line. Each line
 * is decoded strictly: invalid UTF-8 and NUL bytes (binary data) are rejected with a reason.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
  name = 'input',
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (): Line => {
    lineNo++;
    if (tooLong)
      return { kind: 'reject', line: lineNo, reason: `line longer than ${maxBytes} bytes (${size} bytes)` };
    let buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (buf.length && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    if (buf.includes(0)) return { kind: 'reject', line: lineNo, reason: 'binary data (NUL byte)' };
    try {
      return { kind: 'line', line: lineNo, text: utf8.decode(buf) };
    } catch {
      return { kind: 'reject', line: lineNo, reason: 'invalid UTF-8' };
    }
  };
  try {
    for await (const chunk of chunks) {
      let at = 0;
      while (at < chunk.length) {
        const nl = chunk.indexOf(0x0a, at);
        const end = nl < 0 ? chunk.length : nl;
        const piece = chunk.subarray(at, end);
        if (!tooLong) {
          if (size + piece.length > maxBytes) {
            tooLong = true;
            parts = [];
          } else if (piece.length) parts.push(Buffer.from(piece));
        }
        size += piece.length;
        if (nl < 0) break;
        yield finish();
        parts = [];
        size = 0;
        tooLong = false;
        at = nl + 1;
      }
    }
  } catch (e) {
    throw new SourceReadError(`cannot read ${name}: ${(e as Error).message}`, { cause: e });
  }
  if (size > 0 || parts.length > 0) yield finish();
}
