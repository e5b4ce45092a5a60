import type { Post, Span } from './post.js';
import { normalizeText } from './normalize.js';
import { tokenize } from './tokens.js';
import type { Respeller } from './spelling.js';
import { detectPii, redactPii, spansInRedacted } from './pii.js';
import type { PiiKind, PiiMatch } from './pii.js';
import type { ProtectedEntity, Severity, ThreatAssessment } from './threat/assess.js';
import { assessThreat, severityRank } from './threat/assess.js';
import type { LinearModel } from './linear-model.js';
import { extractFeatures } from './features.js';
import type { Sentiment } from './sentiment.js';
import { assessSentiment, lexiconSentiment } from './sentiment.js';
import { detectSelfHarm } from './self-harm.js';
import type { Topic } from './topics.js';
import { createTopicMatcher } from './topics.js';

/** What Brightline says about one post. The shape is the command-line contract. */
export interface Analysis {
  id: string;
  alert: boolean;
  threat: ThreatAssessment;
  selfHarm: boolean;
  sentiment: Sentiment;
  /** Personal data kinds found and the text with them redacted; `evidence` is `threat.spans` moved onto that text. */
  pii: { kinds: PiiKind[]; redactedText: string; evidence: Span[] };
  /** Configured topics the post mentions (for aggregate trends only). */
  topics: string[];
  /** Analyzers that failed on this post (the others still ran). */
  errors?: string[];
}

/** Models and lexicons, loaded once by the caller (the core does no I/O). */
export interface AnalyzerResources {
  threatModel?: LinearModel;
  sentimentModel?: LinearModel;
  vaderLexicon: ReadonlyMap<string, number>;
  /** Lets misspelled and run-together violent words be read ("klil", "killall"); built from a word list. */
  spelling?: Respeller;
}

export interface AnalyzerOptions {
  /** Alert threshold (default medium). */
  minSeverity?: Severity;
  protectedEntities?: readonly ProtectedEntity[];
  topics?: readonly Topic[];
  /** Ablation switches for `eval`, and `sentimentOff` for measuring sentiment's cost in `bench`. */
  modelOff?: boolean;
  sentimentOff?: boolean;
  engineOff?: boolean;
}

export type Analyzer = (post: Pick<Post, 'id' | 'text'>) => Analysis;

/** The version string every assessment carries: engine rules plus the trained model. */
export const ENGINE_VERSION = 'engine-1';

/** Builds the analysis function. Pure: the same post and resources give the same result. */
export function createAnalyzer(res: AnalyzerResources, opts: AnalyzerOptions = {}): Analyzer {
  const threshold = severityRank(opts.minSeverity ?? 'medium');
  const matchTopics = createTopicMatcher(opts.topics ?? []);
  const modelVersion = `${ENGINE_VERSION}+${res.threatModel ? res.threatModel.version : 'no-model'}`;
  return (post) => {
    const errors: string[] = [];
    const text = post.text;
    const normalized = normalizeText(text);
    const tokens = tokenize(normalized, text);
    const features = extractFeatures(tokens, text);

    let pii: Analysis['pii'] = { kinds: [], redactedText: text, evidence: [] };
    let piiMatches: PiiMatch[] = [];
    try {
      const r = redactPii(text, detectPii(text));
      piiMatches = r.matches;
      pii = { kinds: r.kinds, redactedText: r.redactedText, evidence: [] };
    } catch (e) {
      errors.push(`pii: ${String(e)}`);
      pii = { kinds: [], redactedText: '[REDACTION FAILED]', evidence: [] };
    }

    let threat: ThreatAssessment;
    try {
      threat = assessThreat({
        original: text,
        normalized,
        tokens,
        piiKinds: pii.kinds,
        features,
        model: res.threatModel,
        modelVersion,
        protectedEntities: opts.protectedEntities,
        spelling: res.spelling,
        modelOff: opts.modelOff,
        engineOff: opts.engineOff,
      });
    } catch (e) {
      errors.push(`threat: ${String(e)}`);
      threat = {
        score: 0,
        severity: 'none',
        kind: null,
        target: null,
        reasons: ['analysis failed'],
        spans: [],
        modelVersion,
      };
    }

    let selfHarm = false;
    try {
      selfHarm = detectSelfHarm(tokens);
    } catch (e) {
      errors.push(`selfHarm: ${String(e)}`);
    }

    let sentiment: Sentiment = { label: 'neutral', compound: 0 };
    if (!opts.sentimentOff)
      try {
        sentiment = assessSentiment(
          features,
          lexiconSentiment(tokens, text, res.vaderLexicon),
          res.sentimentModel,
        );
      } catch (e) {
        errors.push(`sentiment: ${String(e)}`);
      }

    pii.evidence = threat.spans.length ? spansInRedacted(threat.spans, piiMatches) : [];
    const alert = severityRank(threat.severity) >= threshold && threshold > 0;
    let topics: string[] = [];
    try {
      topics = matchTopics(normalized.text);
    } catch (e) {
      errors.push(`topics: ${String(e)}`);
    }
    const out: Analysis = { id: post.id, alert, threat, selfHarm, sentiment, pii, topics };
    if (errors.length) out.errors = errors;
    return out;
  };
}
