import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, type CaseQuery } from '../api/client.js';
import type { CaseSummary, Principal } from '../api/types.js';
import { useLiveFeed } from '../live.js';
import { SourcesStrip } from './sources-strip.js';
import { can } from '../roles.js';
import { navigate } from '../router.js';
import { DismissDialog, ErrorNote, Kind, Modal, Severity, Status, fmtTime } from '../ui.js';

const PAGE = 100;
const ROW = 76;

type Filters = Required<Pick<CaseQuery, 'status' | 'minSeverity' | 'kind' | 'sort'>>;

/**
 * The live queue: a virtualised list over the whole filtered queue (pages fetched as they scroll
 * into view), new alerts arriving over SSE, keyboard-driven triage.
 */
export function Queue({ me }: { me: Principal }) {
  const [filters, setFilters] = useState<Filters>({
    status: 'active',
    minSeverity: '',
    kind: '',
    sort: 'severity',
  });
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, CaseSummary[]>>(new Map());
  const [selected, setSelected] = useState(0);
  const [dismissing, setDismissing] = useState<CaseSummary | null>(null);
  const [help, setHelp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [arrived, setArrived] = useState(0);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const parent = useRef<HTMLDivElement>(null);

  const load = useCallback(
    async (page: number, gen: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      try {
        const r = await api.cases({ ...filters, limit: PAGE, offset: page * PAGE });
        if (gen !== generation.current) return;
        setTotal(r.total);
        setPages((old) => new Map(old).set(page, r.cases));
      } catch (e) {
        setError((e as Error).message);
      } finally {
        loading.current.delete(page);
      }
    },
    [filters],
  );

  const reload = useCallback(() => {
    generation.current++;
    loading.current.clear();
    setPages(new Map());
    void load(0, generation.current);
  }, [load]);

  useEffect(reload, [reload]);

  const rowAt = (i: number): CaseSummary | undefined => pages.get(Math.floor(i / PAGE))?.[i % PAGE];

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    for (const it of items) {
      const p = Math.floor(it.index / PAGE);
      if (!pages.has(p)) void load(p, generation.current);
    }
  }, [items, pages, load]);

  // New alerts: refresh the list (their place depends on the sort); case changes: update the row.
  const refreshSoon = useRef<number | null>(null);
  useLiveFeed((e) => {
    if (e.type === 'alert') {
      setArrived((n) => n + 1);
      if (refreshSoon.current === null)
        refreshSoon.current = window.setTimeout(() => {
          refreshSoon.current = null;
          generation.current++;
          loading.current.clear();
          const keep = [...pages.keys()];
          setPages(new Map());
          for (const p of keep.length ? keep : [0]) void load(p, generation.current);
        }, 250);
    } else {
      setPages((old) => {
        const next = new Map(old);
        for (const [p, rows] of next)
          next.set(
            p,
            rows.map((c) =>
              c.id === e.caseId
                ? {
                    ...c,
                    status: e.status as CaseSummary['status'],
                    assignee: e.assignee,
                    legalHold: e.legalHold,
                  }
                : c,
            ),
          );
        return next;
      });
    }
  });

  const act = useCallback(async (c: CaseSummary, body: Record<string, unknown>) => {
    setError(null);
    try {
      const after = await api.act(c.id, body);
      setPages((old) => {
        const next = new Map(old);
        for (const [p, rows] of next)
          next.set(
            p,
            rows.map((r) => (r.id === c.id ? { ...r, ...after } : r)),
          );
        return next;
      });
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  // Keep the selection on the same case when live updates reorder the list.
  const selectedId = useRef<number | null>(null);
  useEffect(() => {
    const at = rowAt(selected);
    if (selectedId.current === null || at?.id === selectedId.current) {
      if (at) selectedId.current = at.id;
      return;
    }
    for (const [p, rows] of pages) {
      const i = rows.findIndex((r) => r.id === selectedId.current);
      if (i >= 0) {
        setSelected(p * PAGE + i);
        return;
      }
    }
  }, [pages, selected]);
  const select = (i: number): void => {
    selectedId.current = rowAt(i)?.id ?? null;
    setSelected(i);
  };

  const current = rowAt(selected);
  const keyHandler = useMemo(
    () => (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (
        dismissing ||
        help ||
        t.closest('input, textarea, select, dialog') ||
        e.metaKey ||
        e.ctrlKey ||
        e.altKey
      )
        return;
      const n = total ?? 0;
      const move = (to: number): void => {
        const i = Math.max(0, Math.min(n - 1, to));
        select(i);
        virtualizer.scrollToIndex(i, { align: 'auto' });
      };
      if (e.key === 'j') move(selected + 1);
      else if (e.key === 'k') move(selected - 1);
      else if (e.key === 'Enter' && current) navigate(`/cases/${current.id}`);
      else if (e.key === 'c' && current && can.confirm(me.role)) void act(current, { action: 'confirm' });
      else if (e.key === 'e' && current) void act(current, { action: 'escalate' });
      else if (e.key === 'd' && current) setDismissing(current);
      else if (e.key === '?') setHelp(true);
      else return;
      e.preventDefault();
    },
    [dismissing, help, total, selected, current, me.role, act, virtualizer],
  );
  useEffect(() => {
    document.addEventListener('keydown', keyHandler);
    return () => document.removeEventListener('keydown', keyHandler);
  }, [keyHandler]);

  const set = (k: keyof Filters) => (e: { target: { value: string } }) => {
    selectedId.current = null;
    setSelected(0);
    setFilters((f) => ({ ...f, [k]: e.target.value }));
  };

  return (
    <section aria-labelledby="queue-title" className="queue">
      <div className="queue-head">
        <h1 id="queue-title">
          Queue{' '}
          <span className="count" data-testid="queue-total">
            {total ?? '…'}
          </span>
        </h1>
        <p className="muted">
          Every item is a possible threat — needs review. Nothing is acted on automatically.
        </p>
        <SourcesStrip />
        <div className="filters" role="group" aria-label="Filters">
          <label>
            Status
            <select value={filters.status} onChange={set('status')}>
              <option value="active">Active</option>
              <option value="open">Open</option>
              <option value="escalated">Escalated</option>
              <option value="confirmed">Confirmed</option>
              <option value="referral_pending">Referral pending</option>
              <option value="referred">Referred</option>
              <option value="dismissed">Dismissed</option>
              <option value="closed">Closed</option>
            </select>
          </label>
          <label>
            Severity
            <select value={filters.minSeverity} onChange={set('minSeverity')}>
              <option value="">Any</option>
              <option value="medium">Medium and above</option>
              <option value="high">High and above</option>
              <option value="critical">Critical</option>
            </select>
          </label>
          <label>
            Kind
            <select value={filters.kind} onChange={set('kind')}>
              <option value="">Any</option>
              <option value="direct">Direct</option>
              <option value="conditional">Conditional</option>
              <option value="incitement">Incitement</option>
              <option value="wish">Wish</option>
              <option value="doxxing">Doxxing</option>
            </select>
          </label>
          <label>
            Sort
            <select value={filters.sort} onChange={set('sort')}>
              <option value="severity">Severity, then newest</option>
              <option value="recent">Newest first</option>
            </select>
          </label>
          <button type="button" className="secondary" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            Keyboard <kbd>?</kbd>
          </button>
        </div>
        <p aria-live="polite" className="live-note">
          {arrived > 0 ? `${arrived} new alert${arrived === 1 ? '' : 's'} arrived while you were here.` : ''}
        </p>
        <ErrorNote error={error} />
      </div>
      <div
        ref={parent}
        className="list"
        role="list"
        aria-label="Cases"

        tabIndex={0}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((it) => {
            const c = rowAt(it.index);
            return (
              <div
                key={it.key}
                className={`row${it.index === selected ? ' selected' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW,
                  transform: `translateY(${it.start}px)`,
                }}
                role="listitem"
                aria-current={it.index === selected ? 'true' : undefined}
                id={c ? `case-${c.id}` : undefined}
                data-case-id={c?.id}
                onClick={() => select(it.index)}
                onDoubleClick={() => c && navigate(`/cases/${c.id}`)}
              >
                {c ? (
                  <Row c={c} me={me} onAct={act} onDismiss={() => setDismissing(c)} />
                ) : (
                  <span className="muted">Loading…</span>
                )}
              </div>
            );
          })}
        </div>
        {total === 0 && <p className="empty">No cases match. New alerts appear here as they arrive.</p>}
      </div>
      {dismissing && (
        <DismissDialog
          onClose={() => setDismissing(null)}
          onDismiss={(reason, text) => {
            const c = dismissing;
            setDismissing(null);
            void act(c, { action: 'dismiss', reason, ...(text ? { text } : {}) });
          }}
        />
      )}
      {help && (
        <Modal title="Keyboard shortcuts" onClose={() => setHelp(false)}>
          <dl className="keys">
            <dt>
              <kbd>j</kbd> / <kbd>k</kbd>
            </dt>
            <dd>next / previous case</dd>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>open the case</dd>
            <dt>
              <kbd>c</kbd>
            </dt>
            <dd>confirm (analyst and above)</dd>
            <dt>
              <kbd>d</kbd>
            </dt>
            <dd>dismiss, with a reason</dd>
            <dt>
              <kbd>e</kbd>
            </dt>
            <dd>escalate</dd>
            <dt>
              <kbd>?</kbd>
            </dt>
            <dd>this help</dd>
          </dl>
          <form method="dialog">
            <button type="submit">Close</button>
          </form>
        </Modal>
      )}
    </section>
  );
}

function Row({
  c,
  me,
  onAct,
  onDismiss,
}: {
  c: CaseSummary;
  me: Principal;
  onAct: (c: CaseSummary, body: Record<string, unknown>) => Promise<void>;
  onDismiss: () => void;
}) {
  const open = c.status === 'open' || c.status === 'escalated';
  return (
    <>
      <div className="row-main">
        <Severity value={c.severity} /> <Kind value={c.kind} /> <Status value={c.status} />
        {c.target && <span className="target">→ {c.target.text}</span>}
        <a
          href={`/cases/${c.id}`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`/cases/${c.id}`);
          }}
          className="excerpt"
        >
          {c.text}
        </a>
      </div>
      <div className="row-side">
        <span className="muted small">
          #{c.id} · {fmtTime(c.capturedAt)} {c.assignee ? `· ${c.assignee}` : ''}
        </span>
        {open && (
          <span className="row-actions">
            {me.kind === 'user' && !c.assignee && (
              <button
                type="button"
                className="small secondary"
                onClick={() => void onAct(c, { action: 'claim' })}
              >
                Claim
              </button>
            )}
            <button type="button" className="small secondary" onClick={onDismiss}>
              Dismiss
            </button>
            {c.status === 'open' && (
              <button
                type="button"
                className="small secondary"
                onClick={() => void onAct(c, { action: 'escalate' })}
              >
                Escalate
              </button>
            )}
            {can.confirm(me.role) && (
              <button type="button" className="small" onClick={() => void onAct(c, { action: 'confirm' })}>
                Confirm
              </button>
            )}
          </span>
        )}
      </div>
    </>
  );
}
