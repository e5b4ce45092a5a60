/**
 * A linear model over hashed features: one weight row per class (softmax), or a single row
 * (logistic). Weights are Float32 so a model file stays small; scoring is a sparse dot product.
 */
export interface LinearModel {
  name: string;
  version: string;
  classes: readonly string[];
  dims: number;
  /** `weights[c * dims + f]`; a binary model has one row. */
  weights: Float32Array;
  /** Extra dense features appended after the hashed ones, by name. */
  dense: readonly string[];
  denseWeights: Float32Array;
  bias: Float32Array;
  /** How the threat model joins the engine: logit = engine + blendWeight × model, then a·logit + b. */
  blendWeight?: number;
  calibration?: { a: number; b: number };
  /** 'sqrt': the hashed part is divided by √(number of features), so long posts weigh no more. */
  hashedScale?: 'sqrt';
}

/** Scores of each row: sparse hashed part plus dense part plus bias. */
export function linearScores(
  m: LinearModel,
  features: Uint32Array,
  dense: readonly number[] = [],
): Float64Array {
  const rows = m.bias.length;
  const out = new Float64Array(rows);
  for (let c = 0; c < rows; c++) {
    let s = m.bias[c]!;
    const base = c * m.dims;
    // a model may use a smaller power-of-two space than the features: fold the indices into it
    const mask = m.dims - 1;
    let h = 0;
    for (let i = 0; i < features.length; i++) h += m.weights[base + (features[i]! & mask)]!;
    s += m.hashedScale === 'sqrt' && features.length > 0 ? h / Math.sqrt(features.length) : h;
    for (let d = 0; d < dense.length; d++) s += m.denseWeights[c * m.dense.length + d]! * dense[d]!;
    out[c] = s;
  }
  return out;
}

export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp(z[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

/** The JSON form of a model file (weights as base64 of little-endian Float32). */
export interface LinearModelFile {
  name: string;
  version: string;
  classes: string[];
  dims: number;
  dense: string[];
  weights: string;
  denseWeights: number[];
  bias: number[];
  blendWeight?: number;
  calibration?: { a: number; b: number };
  hashedScale?: 'sqrt';
  trainedOn?: Record<string, unknown>;
}

export function modelFromFile(f: LinearModelFile, decodeBase64: (s: string) => Uint8Array): LinearModel {
  const bytes = decodeBase64(f.weights);
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return {
    name: f.name,
    version: f.version,
    classes: f.classes,
    dims: f.dims,
    weights: new Float32Array(weights),
    dense: f.dense,
    denseWeights: Float32Array.from(f.denseWeights),
    bias: Float32Array.from(f.bias),
    blendWeight: f.blendWeight,
    calibration: f.calibration,
    // (always present, so every model has one shape and scoring stays monomorphic)
    hashedScale: f.hashedScale,
  };
}
