import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, waitForWorkbench, watchPage } from './support/browser';
import type { PageProblems } from './support/browser';
import type { WebHost } from './support/webHost';
import { startWebHost } from './support/webHost';

/**
 * How the workbench shows a long job and cancels it. The real sample job ends in about a
 * second, too fast to watch, so here the jobs.* calls are answered by the test with a job held
 * at 40% (the page, the rest of the API and the host are real).
 */
describe('a running job', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  const job = {
    id: 'job-e2e-1',
    kind: 'sample.create',
    title: 'Create the sample project',
    state: 'running',
    done: 1_200,
    total: 3_000,
    message: 'Importing the sample survey: 1,200 responses',
    startedAt: new Date().toISOString(),
  };
  let jobs: (typeof job & { finishedAt?: string })[] = [];
  const cancelled: string[] = [];
  const answer = (route: Route, result: unknown) => route.fulfill({ json: { ok: true, result } });

  beforeAll(async () => {
    host = await startWebHost();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    problems = watchPage(page);
    await page.route('**/api/jobs.list', (route) => answer(route, jobs));
    await page.route('**/api/jobs.start', (route) => {
      jobs = [job];
      return answer(route, job);
    });
    await page.route('**/api/jobs.cancel', (route) => {
      const { id } = route.request().postDataJSON() as { id: string };
      cancelled.push(id);
      jobs = [{ ...job, state: 'cancelled', message: 'Cancelled', finishedAt: new Date().toISOString() }];
      return answer(route, jobs[0]);
    });
    await page.goto(host.url);
    await waitForWorkbench(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows its progress on the Welcome page, in the status bar and in the Jobs panel', async () => {
    await page.getByRole('button', { name: 'Open Sample Project' }).first().click();
    const welcome = page.locator('.welcome-sample-progress');
    await welcome.waitFor();
    expect(await welcome.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1200');
    expect(await welcome.textContent()).toContain('40%Importing the sample survey: 1,200 responses');

    const status = page.locator('.statusbar').getByRole('button', { name: /Create the sample project/ });
    expect(await status.textContent()).toContain('40%');

    await status.click();
    const row = page.getByRole('table', { name: 'Jobs' }).locator('tbody tr[data-state="running"]');
    await row.waitFor();
    expect(await row.locator('.job-count').textContent()).toBe('1,200 / 3,000');
    expect(await page.getByRole('tab', { name: /Jobs/ }).locator('.badge').textContent()).toBe('1');
    await screenshot(page, 'job-running-light');
  });

  it('cancels it from the Jobs panel and says the project is unchanged', async () => {
    await page.getByRole('table', { name: 'Jobs' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('table', { name: 'Jobs' }).locator('tbody tr[data-state="cancelled"]').waitFor();
    expect(cancelled).toEqual(['job-e2e-1']);
    const toast = page.locator('.notification.warning');
    expect(await toast.textContent()).toContain('Create the sample project was cancelled; the project is as it was before.');
    await page.getByRole('button', { name: 'Open Sample Project' }).first().waitFor();
    expect(await page.locator('.statusbar').getByRole('button', { name: /Create the sample project/ }).count()).toBe(0);
    expect(problems.errors).toEqual([]);
  });
});
