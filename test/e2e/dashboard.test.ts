/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * End to end in real headless Chromium (Debian's /usr/bin/chromium through playwright-core):
 * the dashboard served by `brightline serve --demo`, driven as analysts, auditors and triage
 * users would. Screenshots go to docs/screenshots/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brightline');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
const PW = 'e2e password 1234';
const env = { ...process.env, NO_COLOR: '1', BRIGHTLINE_LOG_LEVEL: 'warn' };

let server: ChildProcess;
let url = '';
let browser: Browser;
let ingestToken = '';
const dir = mkdtempSync(join(tmpdir(), 'brightline-e2e-'));
const cli = (...args: string[]): string =>
  spawnSync(process.execPath, [BIN, ...args, '--data-dir', dir], { encoding: 'utf8', env }).stdout.trim();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (CI does)`);
  cli('users', 'add', 'ana', '--role', 'analyst', '--password', PW);
  cli('users', 'add', 'tri', '--role', 'triage', '--password', PW);
  cli('users', 'add', 'aud', '--role', 'auditor', '--password', PW);
  ingestToken = cli('tokens', 'add', 'e2e', '--role', 'ingest');
  server = spawn(
    process.execPath,
    [
      BIN,
      'serve',
      '--port',
      '0',
      '--data-dir',
      dir,
      '--config',
      join(ROOT, 'examples', 'brightline.yaml'),
      '--demo',
      '--demo-rate',
      '8',
    ],
    { env },
  );
  let banner = '';
  url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start: ${banner}`)), 20_000);
    server.stderr!.on('data', (d: Buffer) => {
      banner += d.toString();
      const m = /on (http:\/\/\S+)/.exec(banner);
      if (m) {
        clearTimeout(t);
        resolve(m[1]!);
      }
    });
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

async function signIn(user: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(url);
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(PW);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

async function ingest(posts: object[]): Promise<void> {
  const r = await fetch(`${url}/v1/posts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ingestToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(posts),
  });
  if (r.status !== 202) throw new Error(`ingest: ${r.status} ${await r.text()}`);
}

const total = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('queue-total').textContent());

describe('the dashboard in Chromium', () => {
  let caseIds: number[] = [];

  it('an analyst signs in and sees threats arrive live from the demo source, without reloading', async () => {
    const page = await signIn('ana');
    await page.waitForURL('**/queue');
    await page.waitForFunction(
      () => !Number.isNaN(Number(document.querySelector('[data-testid=queue-total]')?.textContent)),
    );
    const before = await total(page);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=queue-total]')?.textContent) > n,
      before,
      { timeout: 45_000 },
    );
    expect(await total(page)).toBeGreaterThan(before);
    await expect.poll(() => page.locator('[role=listitem][data-case-id]').count()).toBeGreaterThan(0);
    caseIds = await page
      .locator('[role=listitem][data-case-id]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-case-id'))));
    await page.screenshot({ path: join(SHOTS, 'queue.png') });
    await page.close();
  }, 90_000);

  it('opens a case from the keyboard and sees the evidence highlighted with its labels', async () => {
    const page = await signIn('ana');
    await page.waitForURL('**/queue');
    await page.locator('[role=listitem][data-case-id]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases\/\d+$/);
    const marks = page.getByTestId('post-text').locator('mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await marks.first().getAttribute('data-labels')).toMatch(/\w/);
    await expect.poll(() => page.locator('.reasons li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'case.png'), fullPage: true });
    await page.close();
  });

  it('dismisses one case with a reason and confirms another, from the queue', async () => {
    await ingest([
      { id: 'two-1', text: 'I will burn down the clerk office with the clerk inside tonight', author: 'a1' },
      { id: 'two-2', text: 'Going to stab the council chair at the meeting on monday', author: 'a2' },
    ]);
    const page = await signIn('ana');
    await page.waitForURL('**/queue');
    const rows = page.locator('[role=listitem][data-case-id]');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const statusOf = (id: number): Promise<string> =>
      page.evaluate(
        async (i) => ((await (await fetch(`/v1/cases/${i}`)).json()) as { status: string }).status,
        id,
      );
    const selectedId = async (): Promise<number> =>
      Number(await page.locator('[role=listitem][aria-current=true]').getAttribute('data-case-id'));
    // the selected case: d, pick reason 1, submit
    const first = await selectedId();
    await page.keyboard.press('d');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('1');
    await page.getByRole('dialog').getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => statusOf(first)).toBe('dismissed');
    // the next one: j, c
    await page.keyboard.press('j');
    const second = await selectedId();
    expect(second).not.toBe(first);
    await page.keyboard.press('c');
    await expect.poll(() => statusOf(second)).toBe('confirmed');
    await expect
      .poll(() => page.locator(`[data-case-id="${second}"] .status`).textContent())
      .toBe('confirmed');
    await page.close();
  });

  it('reveals an author with a justification, and the auditor finds the reveal in the audit log', async () => {
    const page = await signIn('ana');
    const id = caseIds[0]!;
    await page.goto(`${url}/cases/${id}`);
    await page.getByRole('button', { name: 'Reveal author…' }).click();
    await page
      .getByLabel(/Justification/)
      .fill('Specific threat with a time and place; the referral needs the account.');
    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect.poll(() => page.getByTestId('revealed').textContent()).toMatch(/Revealed: \S+/);
    await page.close();

    const aud = await signIn('aud');
    const nav = await aud.getByRole('navigation', { name: 'Main' }).textContent();
    expect(nav).toContain('Audit log');
    expect(nav).not.toContain('Queue');
    await aud.getByRole('link', { name: 'Audit log' }).click();
    await expect.poll(() => aud.getByTestId('verify').textContent()).toMatch(/Chain intact/);
    const reveal = aud.locator('tr[data-action="case.reveal"]').first();
    await reveal.waitFor();
    expect(await reveal.textContent()).toContain('user:ana');
    expect(await reveal.textContent()).toContain(`case:${id}`);
    await aud.close();
  });

  it('a triage user cannot reveal', async () => {
    const page = await signIn('tri');
    await page.goto(`${url}/cases/${caseIds[0]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Reveal author…' }).count()).toBe(0);
    const status = await page.evaluate(async (id) => {
      const me = (await (await fetch('/v1/auth/me')).json()) as { csrfToken: string };
      const r = await fetch(`/v1/cases/${id}/reveal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ justification: 'I would like to know who wrote this one please' }),
      });
      return r.status;
    }, caseIds[0]);
    expect(status).toBe(403);
    await page.close();
  });

  it('a post carrying HTML or a script renders as text', async () => {
    await ingest([
      {
        id: 'xss-1',
        text: 'I will shoot the mayor tomorrow <img src=x onerror=alert(1)> <script>alert(2)</script>',
        author: 'x',
      },
    ]);
    const page = await signIn('ana');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.waitForURL('**/queue');
    const row = page.locator('[role=listitem]', { hasText: 'onerror' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.dblclick();
    const text = page.getByTestId('post-text');
    await text.waitFor();
    expect(await text.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await text.textContent()).toContain('<script>alert(2)</script>');
    expect(await page.locator('[data-testid=post-text] img, [data-testid=post-text] script').count()).toBe(0);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('shows trends with suppressed cells marked', async () => {
    const page = await signIn('ana');
    await page.getByRole('link', { name: 'Trends' }).click();
    // hourly counts are written every 2 s; reload until the first ones are there
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.locator('.chart svg, .empty').first().waitFor();
          return page.locator('.chart svg').count();
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    // topics from examples/brightline.yaml have few authors: their hours are suppressed, not shown
    await expect.poll(() => page.locator('td', { hasText: '< 50 authors' }).count()).toBeGreaterThan(0);
    expect(await page.locator('section.panel h2').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(SHOTS, 'trends.png'), fullPage: true });
    await page.close();
  });

  it('has no serious accessibility problems (axe-core) and fits a tablet screen', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 }, bypassCSP: true });
    await page.goto(url);
    await page.getByLabel('Username').fill('ana');
    await page.getByLabel('Password').fill(PW);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[role=listitem][data-case-id]').first().waitFor();
    const problems: string[] = [];
    for (const path of ['/queue', `/cases/${caseIds[0]}`, '/trends', '/transparency']) {
      await page.goto(`${url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(300);
      await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
      const found = await page.evaluate(async () => {
        const r = await (
          window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe.run();
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
      problems.push(...found.map((f) => `${path}: ${f}`));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways on a tablet`).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('the queue stays responsive with 10,000 open cases (virtualised)', async () => {
    const verbs = ['shoot', 'stab', 'kill', 'hurt'];
    for (let b = 0; b < 10; b++)
      await ingest(
        Array.from({ length: 1000 }, (_, i) => ({
          id: `load-${b}-${i}`,
          text: `I am going to ${verbs[i % 4]} councillor number ${b * 1000 + i} tomorrow at the depot`,
          author: `load${i}`,
        })),
      );
    const page = await signIn('ana');
    const t0 = Date.now();
    await page.waitForURL('**/queue');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=queue-total]')?.textContent) >= 10_000,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.locator('[role=listitem][data-case-id]').first().waitFor();
    const firstPaint = Date.now() - t0;
    const domRows = await page.locator('[role=listitem]').count();
    expect(domRows).toBeLessThan(100); // only what is on screen is rendered

    const t1 = Date.now();
    for (let i = 0; i < 50; i++) await page.keyboard.press('j');
    await expect
      .poll(() => page.locator('[role=listitem][aria-current=true]').getAttribute('data-case-id'))
      .toBeTruthy();
    const fiftyMoves = Date.now() - t1;

    const t2 = Date.now();
    await page.locator('.list').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[role=listitem]')];
      return rows.length > 0 && rows.every((r) => r.hasAttribute('data-case-id'));
    });
    const toBottom = Date.now() - t2;
    const report = `queue with ${await total(page)} cases: first rows ${firstPaint} ms after sign-in, ${domRows} rows in the DOM, 50 × j ${fiftyMoves} ms, jump to the end and load its rows ${toBottom} ms`;
    console.log(report);
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'out', 'dashboard-e2e.txt'), report + '\n');
    await page.close();
  }, 180_000);
});
