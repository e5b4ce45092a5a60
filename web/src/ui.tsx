import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DISMISS_REASONS } from './api/types.js';

const SEVERITY_WORDS: Record<string, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Severity as colour and as a word (never colour alone). */
export function Severity({ value }: { value: string }) {
  return <span className={`sev sev-${value}`}>{SEVERITY_WORDS[value] ?? value}</span>;
}

export function Kind({ value }: { value: string | null }) {
  return <span className="kind">{value ? `${value} threat` : 'threat'}</span>;
}

export function Status({ value }: { value: string }) {
  return <span className={`status status-${value}`}>{value.replace('_', ' ')}</span>;
}

export const fmtTime = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

/** A modal dialog on the native <dialog> element (focus is trapped and Escape closes it). */
export function Modal({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    const close = (): void => onClose();
    d.addEventListener('close', close);
    return () => d.removeEventListener('close', close);
  }, [onClose]);
  return (
    <dialog ref={ref} aria-labelledby="modal-title" className="modal">
      <h2 id="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}

export const REASON_LABELS: Record<(typeof DISMISS_REASONS)[number], string> = {
  hyperbole: 'Hyperbole or venting',
  figurative: 'Figurative or idiom',
  quote_or_news: 'Quote, news or report of a threat',
  fiction_or_gaming: 'Fiction, lyrics or gaming',
  criticism_or_protest: 'Criticism or protest',
  negated_or_condemning: 'Negated or condemning violence',
  no_identifiable_target: 'No identifiable target',
  duplicate: 'Duplicate',
  other: 'Other (say why)',
};

/** Pick a dismissal reason from the list (keys 1–9), with optional free text. */
export function DismissDialog({
  onDismiss,
  onClose,
}: {
  onDismiss: (reason: string, text: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState<string>('');
  const [text, setText] = useState('');
  return (
    <Modal title="Dismiss this case" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason) onDismiss(reason, text);
        }}
        onKeyDown={(e) => {
          const n = Number(e.key);
          if (e.target instanceof HTMLTextAreaElement) return;
          if (n >= 1 && n <= DISMISS_REASONS.length) setReason(DISMISS_REASONS[n - 1]!);
        }}
      >
        <fieldset>
          <legend>Reason</legend>
          {DISMISS_REASONS.map((r, i) => (
            <label key={r} className="radio">
              <input
                type="radio"
                name="reason"
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              <kbd>{i + 1}</kbd> {REASON_LABELS[r]}
            </label>
          ))}
        </fieldset>
        <label>
          Note (optional)
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        </label>
        <div className="buttons">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={!reason}>
            Dismiss
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function ErrorNote({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="error">
      {error}
    </p>
  ) : null;
}
