import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.js';
import type { AuditRecord, VerifyResult } from '../api/types.js';
import { ErrorNote, fmtTime } from '../ui.js';

/** The audit log for auditors: search, and the chain's verification status. No post content. */
export function AuditLogPage() {
  const [records, setRecords] = useState<AuditRecord[]>([]);
  const [q, setQ] = useState({ action: '', actor: '', target: '' });
  const [verify, setVerify] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(
    (e?: FormEvent) => {
      e?.preventDefault();
      api
        .audit({
          action: q.action || undefined,
          actor: q.actor || undefined,
          target: q.target || undefined,
          limit: 200,
        })
        .then(
          (r) => setRecords(r.records),
          (err: Error) => setError(err.message),
        );
    },
    [q],
  );
  useEffect(() => {
    search();
    api.verifyAudit().then(setVerify, (err: Error) => setError(err.message));
  }, []);

  return (
    <section aria-labelledby="audit-h">
      <h1 id="audit-h">Audit log</h1>
      {verify && (
        <p role="status" className={verify.ok ? 'ok' : 'error'} data-testid="verify">
          {verify.ok
            ? `Chain intact: ${verify.records} records, head ${verify.headHash.slice(0, 16)}…`
            : `Chain broken at record ${verify.seq} (${verify.problem}): ${verify.message}`}
        </p>
      )}
      <ErrorNote error={error} />
      <form className="filters" onSubmit={search} role="search">
        <label>
          Action
          <input
            name="action"
            value={q.action}
            onChange={(e) => setQ({ ...q, action: e.target.value })}
            placeholder="case.reveal"
          />
        </label>
        <label>
          Actor
          <input
            name="actor"
            value={q.actor}
            onChange={(e) => setQ({ ...q, actor: e.target.value })}
            placeholder="user:ana"
          />
        </label>
        <label>
          Target
          <input
            name="target"
            value={q.target}
            onChange={(e) => setQ({ ...q, target: e.target.value })}
            placeholder="case:12"
          />
        </label>
        <button type="submit">Search</button>
      </form>
      <table className="audit">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.seq} data-action={r.action}>
              <td>{r.seq}</td>
              <td>{fmtTime(r.at)}</td>
              <td>{r.actor}</td>
              <td>{r.action}</td>
              <td>{r.target ?? ''}</td>
              <td className="details">{JSON.stringify(r.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
