import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { ensureWebBuild, webDist } from '../../api/src/web-build.js';
import { launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';

/**
 * Issue 13, finding 8: over plain http on a host that is not localhost, the page must not ask the
 * browser to upgrade its requests to https (the scripts would then fail to load).
 */
const shots = path.resolve(import.meta.dirname, '../../.artifacts/e2e');
let db: Database;
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  await ensureWebBuild(() => {});
  app = await startTestApp(db, { webDist });
  browser = await launchChromium([`--host-resolver-rules=MAP liaison.test 127.0.0.1`]);
  mkdirSync(shots, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

describe('the web app over plain http on a named host', () => {
  it('loads its scripts and renders, without upgrade-insecure-requests', async () => {
    const url = `http://liaison.test:${new URL(app.baseUrl).port}/`;
    const page = await browser.newPage();
    const failed: string[] = [];
    // Requests the app itself cancels (an effect re-run aborts its fetch) are ERR_ABORTED; an
    // upgraded script fails otherwise (blocked or refused), and any script or style failure counts.
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      if (reason === 'net::ERR_ABORTED' && !['script', 'stylesheet'].includes(request.resourceType())) return;
      failed.push(`${request.resourceType()} ${request.url()} ${reason}`);
    });
    const loaded: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') loaded.push(request.url());
    });
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
      expect(response?.headers()['strict-transport-security']).toBeUndefined();
      // The app renders: its search box appears (it exists only once the scripts ran).
      await page.locator('input[type="search"], [role="searchbox"], [role="combobox"]').first().waitFor({ timeout: 120_000 });
      expect(failed, failed.join('\n')).toEqual([]);
      expect(loaded.length).toBeGreaterThan(0);
      for (const url of loaded) expect(url).toMatch(/^http:\/\/liaison\.test:/);
      expect(page.url()).toMatch(/^http:\/\/liaison\.test:/);
      await page.screenshot({ path: path.join(shots, 'plain-http-host.png') });
    } finally {
      await page.close();
    }
  }, 300_000);

  it('asks for the upgrade (and HSTS) when PUBLIC_URL is https', async () => {
    const secure = await startTestApp(db, { webDist, https: true });
    try {
      const response = await fetch(`${secure.baseUrl}/`);
      expect(response.headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    } finally {
      await secure.close();
    }
  });
});
