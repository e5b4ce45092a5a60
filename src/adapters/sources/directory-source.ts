import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PostSource, SourceItem } from '../../ports/post-source.js';
import { SourceReadError } from '../../ports/post-source.js';
import type { FileSourceOptions } from './file-source.js';
import { FileSource } from './file-source.js';

const INPUT_FILE = /\.(jsonl|ndjson|json|csv|txt)(\.gz)?$/i;

/** Every input file of a directory, in name order, read one after another. */
export class DirectorySource implements PostSource {
  readonly name: string;
  private readonly files: FileSource[];
  current = '';

  constructor(dir: string, opts: Omit<FileSourceOptions, 'path'>) {
    this.name = dir;
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => INPUT_FILE.test(n) && statSync(join(dir, n)).isFile())
        .sort();
    } catch (e) {
      throw new SourceReadError(`cannot read directory ${dir}: ${(e as Error).message}`, { cause: e });
    }
    if (names.length === 0)
      throw new SourceReadError(`${dir} holds no input files (.jsonl, .csv, .txt, optionally .gz)`);
    this.files = names.map((n) => new FileSource({ ...opts, path: join(dir, n) }));
  }

  progress(): { bytes: number; totalBytes?: number } {
    let bytes = 0;
    let total = 0;
    for (const f of this.files) {
      const p = f.progress();
      bytes += p.bytes;
      total += p.totalBytes ?? 0;
    }
    return { bytes, totalBytes: total };
  }

  async *items(): AsyncGenerator<SourceItem> {
    for (const f of this.files) {
      this.current = f.name;
      for await (const item of f.items()) yield { ...item, file: f.name };
    }
  }
}

/** A file, standard input ('-') or a directory of files. */
export function openSource(path: string, opts: Omit<FileSourceOptions, 'path'>): PostSource {
  if (path !== '-') {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // FileSource reports the read error with its reason
    }
    if (isDir) return new DirectorySource(path, opts);
  }
  return new FileSource({ ...opts, path });
}
