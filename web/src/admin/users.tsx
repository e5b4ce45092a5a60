import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { UserView } from '../api/types.js';
import { ErrorNote, fmtTime } from '../ui.js';

const ROLES = ['triage', 'analyst', 'supervisor', 'auditor', 'admin'];

export function Users() {
  const [users, setUsers] = useState<UserView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ username: '', role: 'triage', password: '' });
  const load = useCallback(() => {
    api.users().then(
      (r) => setUsers(r.users),
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(load, [load]);
  const run = (p: Promise<unknown>): void => {
    setError(null);
    p.then(load, (e: Error) => setError(e.message));
  };
  return (
    <section aria-labelledby="users-h">
      <h1 id="users-h">Users and roles</h1>
      <ErrorNote error={error} />
      <table>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Added</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>
                <select
                  aria-label={`Role of ${u.username}`}
                  value={u.role}
                  disabled={u.disabled}
                  onChange={(e) => run(api.changeUser(u.username, { role: e.target.value }))}
                >
                  {ROLES.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </td>
              <td>{u.disabled ? 'disabled' : 'active'}</td>
              <td>{fmtTime(u.createdAt)}</td>
              <td>
                {!u.disabled && (
                  <button
                    type="button"
                    className="small secondary"
                    onClick={() => run(api.changeUser(u.username, { disabled: true }))}
                  >
                    Disable
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="panel inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            api
              .addUser(form.username, form.role, form.password)
              .then(() => setForm({ username: '', role: 'triage', password: '' })),
          );
        }}
      >
        <h2>Add a user</h2>
        <label>
          Username
          <input
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.target.value })}
            required
          />
        </label>
        <label>
          Role
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Password (12+ characters)
          <input
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            required
            minLength={12}
          />
        </label>
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
