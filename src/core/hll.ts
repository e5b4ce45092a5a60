/**
 * HyperLogLog (Flajolet et al. 2007) for distinct authors per bucket: 2^p one-byte registers,
 * standard error about 1.04/sqrt(2^p) (1.6% at p = 12). Sketches merge by register-wise maximum,
 * so buckets from several workers and hours combine. Registers hold no author data.
 */
export class HyperLogLog {
  readonly registers: Uint8Array;
  constructor(
    readonly p = 12,
    registers?: Uint8Array,
  ) {
    this.registers = registers ?? new Uint8Array(1 << p);
    if (this.registers.length !== 1 << p)
      throw new RangeError(`HyperLogLog: ${this.registers.length} registers for p=${p}`);
  }

  /** Adds a value (any string: the count is of distinct strings). */
  add(value: string): void {
    const [h1, h2] = hash64(value);
    const idx = h1 >>> (32 - this.p);
    // rank: position of the first 1 bit in the remaining 64 - p bits
    const rest = ((h1 << this.p) | 0) >>> 0;
    let rank: number;
    if (rest !== 0) rank = Math.clz32(rest) + 1;
    else rank = 32 - this.p + Math.clz32(h2) + 1;
    if (rank > this.registers[idx]!) this.registers[idx] = rank;
  }

  /** Estimated number of distinct values added. */
  count(): number {
    const m = this.registers.length;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < m; i++) {
      const r = this.registers[i]!;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = m >= 128 ? 0.7213 / (1 + 1.079 / m) : m === 64 ? 0.709 : m === 32 ? 0.697 : 0.673;
    const estimate = (alpha * m * m) / sum;
    // small range: linear counting
    if (estimate <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
    return Math.round(estimate);
  }

  /** Union with another sketch of the same precision, in place. */
  merge(other: HyperLogLog): this {
    if (other.p !== this.p) throw new RangeError('HyperLogLog: cannot merge sketches of different precision');
    for (let i = 0; i < this.registers.length; i++)
      if (other.registers[i]! > this.registers[i]!) this.registers[i] = other.registers[i]!;
    return this;
  }

  /** Compact text form: precision, then the registers in base64. */
  serialize(): string {
    let bin = '';
    for (let i = 0; i < this.registers.length; i++) bin += String.fromCharCode(this.registers[i]!);
    return `${this.p}:${btoa(bin)}`;
  }

  static deserialize(s: string): HyperLogLog {
    const colon = s.indexOf(':');
    const p = Number(s.slice(0, colon));
    if (!Number.isInteger(p) || p < 4 || p > 18)
      throw new RangeError(`HyperLogLog: bad precision in "${s.slice(0, 10)}"`);
    const bin = atob(s.slice(colon + 1));
    const regs = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) regs[i] = bin.charCodeAt(i);
    return new HyperLogLog(p, regs);
  }
}

/** Two independent 32-bit hashes (FNV-1a and a murmur3-style finaliser over a second pass). */
function hash64(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [fmix(a), fmix(b ^ s.length)];
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
