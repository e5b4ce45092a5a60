import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { TransparencyReport } from '../api/types.js';
import { ErrorNote } from '../ui.js';

function Counts({ title, data }: { title: string; data: Record<string, number> }) {
  return (
    <table className="counts">
      <caption>{title}</caption>
      <tbody>
        {Object.entries(data).map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k.replace('_', ' ')}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Counts only: suitable for publishing. */
export function Transparency() {
  const [r, setR] = useState<TransparencyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.transparency().then(setR, (e: Error) => setError(e.message));
  }, []);
  return (
    <section aria-labelledby="tr-h">
      <h1 id="tr-h">Transparency report</h1>
      <ErrorNote error={error} />
      {r && (
        <>
          <p className="muted">
            Generated {r.generatedAt}. Model {r.modelVersion}. No post content, no authors.
          </p>
          <div className="count-grid">
            <Counts title={`Alerts (${r.alerts.total})`} data={r.alerts.bySeverity} />
            <Counts title="By kind" data={r.alerts.byKind} />
            <Counts title="Outcomes" data={r.outcomes} />
            <Counts
              title="Oversight"
              data={{
                reveals: r.reveals,
                'reveals refused': r.revealsRefused,
                'referrals requested': r.referralRequests,
                'referrals approved': r.referrals,
                'purge runs': r.purgeRuns,
                'cases purged': r.purgedCases,
              }}
            />
            <Counts title="Dismissal reasons" data={r.dismissReasons} />
          </div>
          <h2>Measured alert rates per category</h2>
          <p className="muted small">Measured on {r.measuredOn}.</p>
          <table className="counts wide">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Should</th>
                <th scope="col">Posts</th>
                <th scope="col">Alert rate</th>
              </tr>
            </thead>
            <tbody>
              {r.measuredAlertRates.map((c) => (
                <tr key={c.category}>
                  <td>{c.category.replace(/_/g, ' ')}</td>
                  <td>{c.expect === 'alert' ? 'alert' : 'not alert'}</td>
                  <td>{c.n}</td>
                  <td>{(c.alertRate * 100).toFixed(0)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            Audit log head:{' '}
            {'headHash' in r.audit ? `record ${r.audit.headSeq}, ${r.audit.headHash}` : r.audit.error}
          </p>
        </>
      )}
    </section>
  );
}
