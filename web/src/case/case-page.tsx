import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type Reasoning } from '../api/client.js';
import type { CaseDetail, Principal } from '../api/types.js';
import { useLiveFeed } from '../live.js';
import { can } from '../roles.js';
import { onLink } from '../router.js';
import { DismissDialog, ErrorNote, Kind, Modal, Severity, Status, fmtTime } from '../ui.js';
import { EvidenceText } from './evidence-text.js';

const CHECKLIST: { key: keyof Reasoning; label: string; hint: string }[] = [
  { key: 'target', label: 'Target', hint: 'Who is threatened? Identifiable person or group?' },
  { key: 'intent', label: 'Intent', hint: 'What shows intent (first person, call to others, wish)?' },
  { key: 'conditionality', label: 'Conditionality', hint: 'Is it conditional? On what?' },
  { key: 'context', label: 'Context', hint: 'Quote, news, joke, fiction, gaming? Thread context?' },
  { key: 'specificity', label: 'Specificity', hint: 'Time, place, means, preparation, personal details?' },
];

export function CasePage({ id, me }: { id: number; me: Principal }) {
  const [c, setCase] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [revealing, setRevealing] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const refresh = useCallback(() => {
    api.case(id).then(setCase, (e: Error) => setError(e.message));
  }, [id]);
  useEffect(refresh, [refresh]);
  useLiveFeed((e) => {
    if (e.type === 'case' && e.caseId === id) refresh();
  });

  const act = async (body: Record<string, unknown>): Promise<boolean> => {
    setError(null);
    try {
      setCase(await api.act(id, body));
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };

  if (!c)
    return (
      <section>
        <ErrorNote error={error} />
        {!error && <p className="loading">Loading case…</p>}
      </section>
    );

  const open = c.status === 'open' || c.status === 'escalated';
  const refer = c.events.filter((e) => e.type === 'refer').at(-1);

  return (
    <article className="case" aria-labelledby="case-title">
      <p>
        <a href="/queue" onClick={onLink('/queue')}>
          ← Queue
        </a>
      </p>
      <h1 id="case-title">Case #{c.id}: possible threat — needs review</h1>
      <p className="badges">
        <Severity value={c.severity} /> <Kind value={c.kind} /> <Status value={c.status} />
        {c.legalHold && <span className="hold">legal hold</span>}
        {c.selfHarm && <span className="hold">self-harm flag</span>}
      </p>
      <ErrorNote error={error} />
      <div className="case-grid">
        <section aria-labelledby="post-h">
          <h2 id="post-h">The post</h2>
          <EvidenceText text={c.text} evidence={c.evidence} />
          {c.piiKinds.length > 0 && (
            <p className="muted small">Personal data redacted before storage: {c.piiKinds.join(', ')}.</p>
          )}
          <h3>Why it was raised</h3>
          <ul className="reasons">
            {c.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {c.evidence.length > 0 && (
            <>
              <h3>Evidence</h3>
              <ul className="evidence-list">
                {c.evidence.map((e, i) => (
                  <li key={i}>
                    <span className="chip">{e.label}</span> “{c.text.slice(e.start, e.end)}”
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <aside aria-label="Assessment and actions">
          <dl className="facts">
            <dt>Target</dt>
            <dd>{c.target ? `${c.target.text} (${c.target.type})` : '—'}</dd>
            {c.protectedEntity && (
              <>
                <dt>Protected entity</dt>
                <dd>{c.protectedEntity}</dd>
              </>
            )}
            <dt>Score</dt>
            <dd>{c.score.toFixed(2)}</dd>
            <dt>Model</dt>
            <dd className="small">{c.modelVersion}</dd>
            <dt>Source</dt>
            <dd>
              {c.source}
              {c.url && (
                <>
                  {' '}
                  ·{' '}
                  <a href={c.url} rel="noreferrer noopener" target="_blank">
                    original
                  </a>
                </>
              )}
            </dd>
            <dt>Captured</dt>
            <dd>{fmtTime(c.capturedAt)}</dd>
            <dt>Author</dt>
            <dd>
              <span className="mono" title="keyed pseudonym">
                {c.authorPseudonym ?? 'none recorded'}
              </span>
              {revealed && (
                <div className="revealed" data-testid="revealed">
                  Revealed: <strong>{revealed}</strong>
                </div>
              )}
              {can.reveal(me.role) && c.authorPseudonym && !revealed && (
                <div>
                  <button type="button" className="small secondary" onClick={() => setRevealing(true)}>
                    Reveal author…
                  </button>
                </div>
              )}
            </dd>
            <dt>Assignee</dt>
            <dd>{c.assignee ?? 'nobody'}</dd>
          </dl>
          <div className="actions" role="group" aria-label="Case actions">
            {open && me.kind === 'user' && c.assignee !== me.username && (
              <button type="button" className="secondary" onClick={() => void act({ action: 'claim' })}>
                Claim
              </button>
            )}
            {open && (
              <button type="button" className="secondary" onClick={() => setDismissing(true)}>
                Dismiss…
              </button>
            )}
            {c.status === 'open' && (
              <button type="button" className="secondary" onClick={() => void act({ action: 'escalate' })}>
                Escalate
              </button>
            )}
            {open && can.confirm(me.role) && (
              <button type="button" onClick={() => void act({ action: 'confirm' })}>
                Confirm
              </button>
            )}
            {(c.status === 'confirmed' || c.status === 'referred') && can.confirm(me.role) && (
              <button type="button" className="secondary" onClick={() => void act({ action: 'close' })}>
                Close
              </button>
            )}
            {can.approve(me.role) && (
              <button
                type="button"
                className="secondary"
                onClick={() => void act({ action: 'hold', on: !c.legalHold })}
              >
                {c.legalHold ? 'Lift legal hold' : 'Legal hold'}
              </button>
            )}
          </div>
          {can.export(me.role) && (
            <p className="exports">
              Evidence: <a href={`/v1/cases/${c.id}/export?format=html`}>printable page</a> ·{' '}
              <a href={`/v1/cases/${c.id}/export?format=json`}>JSON</a>
            </p>
          )}
        </aside>
      </div>

      {c.status === 'confirmed' && can.refer(me.role) && (
        <ReferralForm
          title="Request an external referral"
          withDestination
          onSubmit={(r, destination) => act({ action: 'refer', destination, reasoning: r })}
        />
      )}
      {c.status === 'referral_pending' && (
        <section className="panel">
          <h2>Referral requested</h2>
          <p>
            By {refer?.actor ?? '?'} to {String(refer?.details.destination ?? '?')}. A supervisor other than
            the requester must approve it.
          </p>
          {can.approve(me.role) && (
            <>
              <ReferralForm
                title="Approve the referral"
                onSubmit={(r) => act({ action: 'approve-referral', reasoning: r })}
              />
              <button
                type="button"
                className="secondary"
                onClick={() => void act({ action: 'reject-referral', text: 'sent back for review' })}
              >
                Send back
              </button>
            </>
          )}
        </section>
      )}

      <section className="panel" aria-labelledby="notes-h">
        <h2 id="notes-h">Notes and history</h2>
        {can.workCases(me.role) && (
          <form
            className="note-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (note.trim()) void act({ action: 'note', text: note }).then((ok) => ok && setNote(''));
            }}
          >
            <label>
              Add a note
              <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
            </label>
            <button type="submit" className="secondary">
              Add note
            </button>
          </form>
        )}
        <ol className="history">
          {c.events.map((e) => (
            <li key={e.id}>
              <span className="muted small">{fmtTime(e.at)}</span> <strong>{e.actor ?? 'system'}</strong>{' '}
              {e.type.replace('-', ' ')}
              {typeof e.details.reason === 'string' && <> — {e.details.reason}</>}
              {typeof e.details.text === 'string' && <> — “{e.details.text}”</>}
              {typeof e.details.destination === 'string' && <> — to {e.details.destination}</>}
            </li>
          ))}
        </ol>
      </section>

      {dismissing && (
        <DismissDialog
          onClose={() => setDismissing(false)}
          onDismiss={(reason, text) => {
            setDismissing(false);
            void act({ action: 'dismiss', reason, ...(text ? { text } : {}) });
          }}
        />
      )}
      {revealing && (
        <RevealDialog
          onClose={() => setRevealing(false)}
          onReveal={async (justification) => {
            try {
              const r = await api.reveal(c.id, justification);
              setRevealed(r.author);
              setRevealing(false);
              return null;
            } catch (e) {
              return (e as Error).message;
            }
          }}
        />
      )}
    </article>
  );
}

function RevealDialog({
  onClose,
  onReveal,
}: {
  onClose: () => void;
  onReveal: (j: string) => Promise<string | null>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title="Reveal the author of this case" onClose={onClose}>
      <p>
        This shows the account handle for <strong>this case only</strong>. Your name, this case and your
        justification are written to the audit log.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onReveal(text).then(setError);
        }}
      >
        <label>
          Justification (at least 20 characters)
          <textarea
            name="justification"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            required
          />
        </label>
        <ErrorNote error={error} />
        <div className="buttons">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Reveal</button>
        </div>
      </form>
    </Modal>
  );
}

function ReferralForm({
  title,
  withDestination,
  onSubmit,
}: {
  title: string;
  withDestination?: boolean;
  onSubmit: (r: Reasoning, destination: string) => Promise<boolean>;
}) {
  const [r, setR] = useState<Reasoning>({
    target: '',
    intent: '',
    conditionality: '',
    context: '',
    specificity: '',
  });
  const [destination, setDestination] = useState('');
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void onSubmit(r, destination);
  };
  return (
    <section className="panel">
      <h2>{title}</h2>
      <p className="muted">Each approver records their own reasoning. Nothing is sent automatically.</p>
      <form onSubmit={submit} className="checklist">
        {withDestination && (
          <label>
            Refer to
            <input
              value={destination}
              onChange={(e) => setDestination(e.target.value)}
              required
              minLength={2}
            />
          </label>
        )}
        {CHECKLIST.map((f) => (
          <label key={f.key}>
            {f.label} <span className="muted small">{f.hint}</span>
            <textarea
              value={r[f.key]}
              onChange={(e) => setR({ ...r, [f.key]: e.target.value })}
              rows={2}
              required
              minLength={3}
            />
          </label>
        ))}
        <button type="submit">{title}</button>
      </form>
    </section>
  );
}
