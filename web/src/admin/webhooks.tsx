import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { DeliveryView, WebhookView } from '../api/types.js';
import { ErrorNote, fmtTime } from '../ui.js';

export function Webhooks() {
  const [hooks, setHooks] = useState<WebhookView[]>([]);
  const [dead, setDead] = useState<DeliveryView[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ name: '', url: '', minSeverity: 'high' });
  const load = useCallback(() => {
    api.webhooks().then(
      (r) => setHooks(r.webhooks),
      (e: Error) => setError(e.message),
    );
    api.deliveries('dead').then(
      (r) => setDead(r.deliveries),
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(load, [load]);
  const run = (p: Promise<unknown>): void => {
    setError(null);
    p.then(load, (e: Error) => setError(e.message));
  };
  return (
    <section aria-labelledby="wh-h">
      <h1 id="wh-h">Webhooks</h1>
      <p className="muted">
        Notifications carry severity, kind, reasons and a case link — never the author or the post.
      </p>
      <ErrorNote error={error} />
      {secret && (
        <p role="status" className="ok">
          Signing secret (shown once): <code>{secret}</code>
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">URL</th>
            <th scope="col">Threshold</th>
            <th scope="col">Pending</th>
            <th scope="col">Delivered</th>
            <th scope="col">Dead</th>
            <th scope="col">Last error</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {hooks.map((h) => (
            <tr key={h.id}>
              <td>{h.name}</td>
              <td className="mono small">{h.url}</td>
              <td>{h.minSeverity}</td>
              <td>{h.deliveries.pending}</td>
              <td>{h.deliveries.delivered}</td>
              <td>{h.deliveries.dead}</td>
              <td>{h.lastError ?? '—'}</td>
              <td>
                <button
                  type="button"
                  className="small secondary"
                  onClick={() => run(api.deleteWebhook(h.id))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Dead letters</h2>
      {dead.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Delivery</th>
              <th scope="col">Case</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last error</th>
              <th scope="col">Created</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {dead.map((d) => (
              <tr key={d.id}>
                <td>{d.id}</td>
                <td>#{d.caseId}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError}</td>
                <td>{fmtTime(d.createdAt)}</td>
                <td>
                  <button type="button" className="small" onClick={() => run(api.replay(d.id))}>
                    Replay
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="panel inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          api.addWebhook(form.name, form.url, form.minSeverity).then(
            (r) => {
              setSecret(r.secret);
              setForm({ name: '', url: '', minSeverity: 'high' });
              load();
            },
            (err: Error) => setError(err.message),
          );
        }}
      >
        <h2>Add a webhook</h2>
        <label>
          Name
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        </label>
        <label>
          URL
          <input
            type="url"
            value={form.url}
            onChange={(e) => setForm({ ...form, url: e.target.value })}
            required
          />
        </label>
        <label>
          Minimum severity
          <select
            value={form.minSeverity}
            onChange={(e) => setForm({ ...form, minSeverity: e.target.value })}
          >
            <option>medium</option>
            <option>high</option>
            <option>critical</option>
          </select>
        </label>
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
