import type { Span } from '../post.js';
import type { NormalizedText } from '../normalize.js';
import { toOriginal } from '../normalize.js';
import type { Token } from '../tokens.js';
import type { Hit, TargetType } from './engine.js';
import { runEngine } from './engine.js';

export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';
export type ThreatKind = 'direct' | 'conditional' | 'incitement' | 'wish' | 'doxxing';
export const SEVERITIES: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];

export interface ThreatAssessment {
  /** 0..1, monotone with the evidence; for ranking and ROC analysis. */
  score: number;
  severity: Severity;
  kind: ThreatKind | null;
  target: { text: string; type: TargetType } | null;
  reasons: string[];
  spans: Span[];
  modelVersion: string;
}

/** A configured person, office or organisation whose threats are raised a level. */
export interface ProtectedEntity {
  name: string;
  aliases: string[];
}

export interface AssessInput {
  original: string;
  normalized: NormalizedText;
  tokens: readonly Token[];
  piiKinds: readonly string[];
  /** Log-odds from the trained model, or undefined when no model is loaded. */
  modelLogit?: number;
  modelVersion: string;
  protectedEntities?: readonly ProtectedEntity[];
  /** Weight of the model in the combined score (0 turns it off, for ablation). */
  modelWeight?: number;
  /** Ablation switch: ignore the engine. */
  engineOff?: boolean;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

const STRONG_STANCES = new Set(['intent', 'fate', 'veiled', 'armed', 'doxxing']);
const PEOPLE = new Set<TargetType>(['person', 'role', 'group', 'place']);

function kindOf(h: Hit, doxx: boolean): ThreatKind {
  if (doxx || h.stance === 'doxxing') return 'doxxing';
  if (h.stance === 'call' || h.stance === 'imperative') return h.conditional ? 'conditional' : 'incitement';
  if (h.stance === 'wish') return 'wish';
  return h.conditional ? 'conditional' : 'direct';
}

function severityOf(h: Hit, doxx: boolean): Severity {
  if (h.logit < 0.5) return h.logit > -2.5 && h.stance !== 'none' ? 'low' : 'none';
  const toPeople = h.target !== undefined && PEOPLE.has(h.target.type);
  if (!toPeople || h.stance === 'none' || h.stance === 'hypothetical' || h.stance === 'prediction') return 'low';
  const specific =
    h.target!.type === 'person' ||
    h.target!.type === 'role' ||
    (h.target!.type === 'group' && (h.stance === 'intent' || h.stance === 'armed'));
  let sev: Severity = 'medium';
  if (STRONG_STANCES.has(h.stance) || doxx || ((h.stance === 'call' || h.stance === 'imperative') && specific)) sev = 'high';
  if (h.target!.type === 'place' && h.stance !== 'armed' && h.specifics.length === 0) sev = 'medium';
  if (sev === 'high' && h.specifics.length > 0) sev = 'critical';
  return sev;
}

function bump(s: Severity): Severity {
  return s === 'medium' ? 'high' : s === 'high' ? 'critical' : s;
}

/** Assesses one post: runs the engine, picks the strongest hit, adds the model, explains. */
export function assessThreat(input: AssessInput): ThreatAssessment {
  const { original, normalized, tokens } = input;
  const engine = input.engineOff
    ? { hits: [] as Hit[] }
    : runEngine(tokens, {
        piiKinds: input.piiKinds,
        obfuscated: normalized.obfuscation.size > 0,
        jokeEmoji: /[\u{1F602}\u{1F923}\u{1F606}\u{1F61C}\u{1F61D}\u{1F643}]/u.test(original),
      });
  const doxxCapable = input.piiKinds.some((k) => k === 'address' || k === 'phone');
  let best: Hit | undefined;
  for (const h of engine.hits) if (!best || h.logit > best.logit) best = h;
  const modelW = input.modelWeight ?? 0.6;
  const m = input.modelLogit ?? -4;
  const engineLogit = best ? best.logit : -6;
  let combined = input.engineOff ? m : engineLogit + modelW * (m + 2);

  let severity: Severity = best ? severityOf(best, doxxCapable && best.logit > 0.5) : 'none';
  const reasons: string[] = [];
  if (best) reasons.push(...best.reasons);
  // The model can lift violent wording the rules saw but could not place (low → medium); it never
  // alerts on a post without violent language.
  if (!input.engineOff && best && severity === 'low' && best.lowered.length === 0 && m > 2.5 && best.target && PEOPLE.has(best.target.type)) {
    severity = 'medium';
    reasons.push('model: threat-like wording');
  }
  if (input.engineOff) severity = m > 1 ? 'medium' : m > -1 ? 'low' : 'none';

  let target: ThreatAssessment['target'] = null;
  const spans: Span[] = [];
  if (best) {
    if (best.target) {
      const o = toOriginal(normalized, tokens[best.target.from]!.start, tokens[best.target.to - 1]!.end);
      target = { text: original.slice(o.start, o.end), type: best.target.type };
    }
    const seen = new Set<string>();
    for (const e of best.evidence) {
      if (e.from < 0 || e.to <= e.from || !tokens[e.from] || !tokens[e.to - 1]) continue;
      const o = toOriginal(normalized, tokens[e.from]!.start, tokens[e.to - 1]!.end);
      const key = `${o.start}:${o.end}:${e.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ start: o.start, end: o.end, label: e.label });
    }
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const l of best.lowered) reasons.push(`${l}: lowered`);
  }
  // Protected entities: a threat (medium or more) against one is raised a level; criticism stays none.
  if (severityRank(severity) >= 2 && input.protectedEntities?.length) {
    const hit = matchProtected(normalized.text, input.protectedEntities);
    if (hit) {
      severity = bump(severity);
      reasons.push(`protected entity: ${hit}`);
      combined += 1;
    }
  }
  if (severity === 'none') combined = Math.min(combined, -1);
  const kind = best && severityRank(severity) >= 1 ? kindOf(best, doxxCapable && best.logit > 0.5) : null;
  return {
    score: Math.round(sigmoid(combined) * 1e4) / 1e4,
    severity,
    kind,
    target: severityRank(severity) >= 1 ? target : null,
    reasons: severity === 'none' && best ? reasons.filter((r) => r.endsWith(': lowered') || r.startsWith('violent act')) : reasons,
    spans: severityRank(severity) >= 1 || (best && best.lowered.length > 0) ? spans : [],
    modelVersion: input.modelVersion,
  };
}

/** Finds the first configured entity named in the normalised text (whole words). */
export function matchProtected(normText: string, entities: readonly ProtectedEntity[]): string | undefined {
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const n = name.toLowerCase().trim();
      if (!n) continue;
      const at = normText.indexOf(n);
      if (at < 0) continue;
      const before = normText[at - 1];
      const after = normText[at + n.length];
      if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) return e.name;
    }
  }
  return undefined;
}
