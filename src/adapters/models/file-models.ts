import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AnalyzerResources } from '../../core/analyze.js';
import type { LinearModelFile } from '../../core/linear-model.js';
import { modelFromFile } from '../../core/linear-model.js';
import { respellerFrom } from '../../core/spelling.js';
import type { Respeller, RespellerFile } from '../../core/spelling.js';

/** The repository's `models/` folder, where `npm run train` writes and the analyzer reads. */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models');

export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
}

/**
 * The typo table for violent words (`models/spelling.json.gz`, built by `npm run train -- spelling`
 * from an English word list so that no real word is read as a typo); undefined when absent.
 */
export function loadRespeller(dir = MODELS_DIR): Respeller | undefined {
  const path = join(dir, 'spelling.json.gz');
  if (!existsSync(path)) return undefined;
  try {
    return respellerFrom(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as RespellerFile);
  } catch (e) {
    throw new ModelLoadError(`cannot read typo table ${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** Reads the VADER lexicon shipped by the `vader-sentiment` package (word → valence). */
export function loadVaderLexicon(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
  const lex = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const v = Number(line.slice(tab + 1, line.indexOf('\t', tab + 1)));
    if (Number.isFinite(v)) lex.set(line.slice(0, tab), v);
  }
  return lex;
}

export function readModelFile(path: string): LinearModelFile {
  try {
    const raw = readFileSync(path);
    const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    return JSON.parse(text) as LinearModelFile;
  } catch (e) {
    throw new ModelLoadError(`cannot read model ${path}: ${(e as Error).message}`, { cause: e });
  }
}

const decode = (s: string): Uint8Array => {
  const b = Buffer.from(s, 'base64');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
};

/** Loads the committed models and lexicons. A missing model file falls back to rules alone. */
export function loadResources(dir = MODELS_DIR): AnalyzerResources {
  const res: AnalyzerResources = { vaderLexicon: loadVaderLexicon(), spelling: loadRespeller(dir) };
  const threat = join(dir, 'threat.json.gz');
  const sentiment = join(dir, 'sentiment.json.gz');
  if (existsSync(threat)) res.threatModel = modelFromFile(readModelFile(threat), decode);
  if (existsSync(sentiment)) res.sentimentModel = modelFromFile(readModelFile(sentiment), decode);
  return res;
}
