import type { Span } from '../post.js';
import type { NormalizedText } from '../normalize.js';
import { toOriginal } from '../normalize.js';
import type { Token } from '../tokens.js';
import type { Respeller } from '../spelling.js';
import type { Hit, Stance, TargetType } from './engine.js';
import { GENERIC_TIME, runEngine } from './engine.js';
import type { LinearModel } from '../linear-model.js';
import { linearScores } from '../linear-model.js';
import { ACTS, HARM_NOUNS, ROLE_NOUNS, WEAPONS } from './lexicon.js';

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
  /** The configured protected entity the threat names, when one does. */
  protectedEntity?: string;
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
  /** Hashed features of the post, for the trained model. */
  features?: Uint32Array;
  /** The trained model that turns engine evidence and words into one calibrated score. */
  model?: LinearModel;
  modelVersion: string;
  protectedEntities?: readonly ProtectedEntity[];
  /** Ablation switches for `eval`: score without the model, or without the engine. */
  modelOff?: boolean;
  engineOff?: boolean;
  /** Reads misspelled and run-together violent words. */
  spelling?: Respeller;
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
  // harm foretold to the reader for a set time ("you're dead tomorrow") is a threat put as a forecast
  if (
    h.stance === 'prediction' &&
    toPeople &&
    h.lowered.length === 0 &&
    (h.target!.text === 'you' || h.target!.text === 'yall') &&
    h.specifics.some((s) => s.startsWith('time') && !GENERIC_TIME.test(s))
  )
    return 'medium';
  // ("the mayor will be shot at the parade tomorrow", "… getting shot when he leaves": a killing
  // foretold for a set time)
  if (h.foretold && toPeople && h.lowered.length === 0) return 'medium';
  if (!toPeople || h.stance === 'none' || h.stance === 'hypothetical' || h.stance === 'prediction')
    return 'low';
  const specific =
    h.target!.type === 'person' ||
    h.target!.type === 'role' ||
    (h.target!.type === 'group' && (h.stance === 'intent' || h.stance === 'armed'));
  let sev: Severity = 'medium';
  if (
    STRONG_STANCES.has(h.stance) ||
    doxx ||
    ((h.stance === 'call' || h.stance === 'imperative') && specific)
  )
    sev = 'high';
  if (h.target!.type === 'place' && h.stance !== 'armed' && h.specifics.length === 0) sev = 'medium';
  if (sev === 'high' && h.specifics.length > 0) sev = 'critical';
  return sev;
}

function bump(s: Severity): Severity {
  return s === 'medium' ? 'high' : s === 'high' ? 'critical' : s;
}

/** Runs the engine on a post and picks its strongest hit. */
export function engineHits(
  original: string,
  normalized: NormalizedText,
  tokens0: readonly Token[],
  piiKinds: readonly string[],
  spelling?: Respeller,
): { hits: Hit[]; best: Hit | undefined; tokens: readonly Token[] } {
  const { hits, tokens } = runEngine(tokens0, {
    piiKinds,
    obfuscated: normalized.obfuscation.size > 0,
    // (the laughing emoji are all astral: most posts have no surrogate to look at)
    jokeEmoji:
      (original.includes('\uD83D') || original.includes('\uD83E')) &&
      /[\u{1F602}\u{1F923}\u{1F606}\u{1F61C}\u{1F61D}\u{1F643}]/u.test(original),
    spelling,
  });
  let best: Hit | undefined;
  for (const h of hits) if (!best || h.logit > best.logit) best = h;
  return { hits, best, tokens };
}

/** Assesses one post: runs the engine, picks the strongest hit, adds the model, explains. */
export function assessThreat(input: AssessInput): ThreatAssessment {
  const { original, normalized } = input;
  const engine = input.engineOff
    ? { hits: [] as Hit[], best: undefined, tokens: input.tokens }
    : engineHits(original, normalized, input.tokens, input.piiKinds, input.spelling);
  // (the hits point into these: respelled when a misspelling was read)
  const tokens = engine.tokens;
  const best = engine.best;
  const doxxCapable = input.piiKinds.some((k) => k === 'address' || k === 'phone');
  const dense = threatDenseFeatures(engine.hits, best, tokens);
  const engineLogit = 4 * dense[0]!;
  const useModel = input.model !== undefined && !input.modelOff && input.features !== undefined;
  const modelLogit = useModel ? linearScores(input.model!, input.features!, dense)[0]! : undefined;
  // One calibrated score: the engine's log-odds, the model breaking ties among what the rules saw
  // alike, then Platt scaling fitted at training time.
  let combined: number;
  if (input.engineOff) combined = modelLogit ?? -6;
  else {
    const m = input.model;
    const blended = engineLogit + (modelLogit !== undefined ? (m?.blendWeight ?? 0.05) * modelLogit : 0);
    combined =
      modelLogit !== undefined && m?.calibration ? m.calibration.a * blended + m.calibration.b : blended;
  }

  let severity: Severity = best ? severityOf(best, doxxCapable && best.logit > 0.5) : 'none';
  const reasons: string[] = [];
  if (best) reasons.push(...best.reasons);
  // The model can lift violent wording the rules saw but could not place (low → medium); it never
  // alerts on a post without violent language.
  const p = modelLogit === undefined ? 0 : sigmoid(modelLogit);
  if (
    !input.engineOff &&
    best &&
    severity === 'low' &&
    best.lowered.length === 0 &&
    best.weight >= 0.6 &&
    p > 0.9 &&
    best.target &&
    PEOPLE.has(best.target.type)
  ) {
    severity = 'medium';
    reasons.push('model: threat-like wording');
  }
  if (input.engineOff) severity = p > 0.5 ? 'medium' : p > 0.2 ? 'low' : 'none';

  let target: ThreatAssessment['target'] = null;
  const spans: Span[] = [];
  if (best) {
    if (best.target) {
      const last = tokens[Math.min(best.target.to, tokens.length) - 1]!;
      const o = toOriginal(normalized, tokens[best.target.from]!.start, last.end);
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
  let protectedEntity: string | undefined;
  if (severityRank(severity) >= 2 && input.protectedEntities?.length) {
    const hit = matchProtected(normalized.text, input.protectedEntities);
    if (hit) {
      protectedEntity = hit;
      severity = bump(severity);
      reasons.push(`protected entity: ${hit}`);
    }
  }
  const score = sigmoid(combined);
  const kind = best && severityRank(severity) >= 1 ? kindOf(best, doxxCapable && best.logit > 0.5) : null;
  return {
    score: Math.round(score * 1e4) / 1e4,
    severity,
    kind,
    target: severityRank(severity) >= 1 ? target : null,
    reasons:
      severity === 'none' && best
        ? reasons.filter((r) => r.endsWith(': lowered') || r.startsWith('violent act'))
        : reasons,
    spans: severityRank(severity) >= 1 || (best && best.lowered.length > 0) ? spans : [],
    modelVersion: input.modelVersion,
    ...(protectedEntity ? { protectedEntity } : {}),
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
      if (
        (before === undefined || !/[a-z0-9]/.test(before)) &&
        (after === undefined || !/[a-z0-9]/.test(after))
      )
        return e.name;
    }
  }
  return undefined;
}

const STANCES: readonly Stance[] = [
  'intent',
  'desire',
  'hypothetical',
  'fate',
  'prediction',
  'call',
  'imperative',
  'wish',
  'veiled',
  'armed',
  'doxxing',
  'none',
];
const TARGET_TYPES: readonly (TargetType | 'none')[] = [
  'person',
  'role',
  'group',
  'place',
  'object',
  'self',
  'unknown',
  'none',
];
const SECOND_PERSON = new Set(['you', 'yall', 'your']);
/** One look-up per token for the dense features: 1 violent word, 2 weapon, 4 second person, 8 people. */
const TOKEN_FLAGS = (() => {
  const m = new Map<string, number>();
  const set = (w: string, bit: number): void => void m.set(w, (m.get(w) ?? 0) | bit);
  for (const [w, a] of ACTS) if (a.weight > 0) set(w, 1);
  for (const w of HARM_NOUNS.keys()) set(w, 1);
  for (const w of WEAPONS) set(w, 2);
  for (const w of SECOND_PERSON) set(w, 4);
  for (const w of ROLE_NOUNS) set(w, 8);
  return m;
})();

/** Names of the dense features the trained model reads beside the hashed words, in order. */
export const THREAT_DENSE_NAMES: readonly string[] = [
  'engineLogit',
  'hasHit',
  ...STANCES.map((x) => `stance:${x}`),
  ...TARGET_TYPES.map((x) => `target:${x}`),
  'hits',
  'lowered',
  'negated',
  'reported',
  'register',
  'specifics',
  'violentWords',
  'weapons',
  'secondPerson',
  'peopleNouns',
];

/**
 * What the engine saw, as numbers for the trained model: the best hit's log-odds, stance, target,
 * the context that lowered it, and counts of violent words, weapons and people in the post.
 */
export function threatDenseFeatures(
  hits: readonly Hit[],
  best: Hit | undefined,
  tokens: readonly Token[],
): number[] {
  let violent = 0;
  let weapons = 0;
  let second = 0;
  let people = 0;
  for (const t of tokens) {
    const f = TOKEN_FLAGS.get(t.w);
    if (f === undefined) continue;
    if (f & 1) violent++;
    if (f & 2) weapons++;
    if (f & 4) second = 1;
    if (f & 8) people++;
  }
  const lowered = best?.lowered ?? [];
  const has = (re: RegExp): number => (lowered.some((l) => re.test(l)) ? 1 : 0);
  return [
    best ? Math.max(-8, Math.min(6, best.logit)) / 4 : -2,
    best ? 1 : 0,
    ...STANCES.map((x) => (best?.stance === x ? 1 : 0)),
    ...TARGET_TYPES.map((x) => ((best?.target?.type ?? 'none') === x ? 1 : 0)),
    Math.min(hits.length, 3) / 3,
    Math.min(lowered.length, 3) / 3,
    has(/negat/),
    has(/quot|report|past/),
    has(/game|fiction|contest|joke|figurative|question/),
    Math.min(best?.specifics.length ?? 0, 4) / 4,
    Math.min(violent, 3) / 3,
    Math.min(weapons, 2) / 2,
    second,
    Math.min(people, 3) / 3,
  ];
}
