import { describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { exploreContext } from './explore/setup.js';

const ctx = exploreContext();

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every exploration route', async () => {
    const { status, body } = await ctx.get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/search',
      '/api/nodes/{id}',
      '/api/nodes/{id}/timeline',
      '/api/expand',
      '/api/paths/shortest',
      '/api/paths/simple',
      '/api/paths/shared',
      '/api/timeline',
      '/api/cooperation',
      '/api/metrics',
      '/api/views',
      '/api/views/{id}',
      '/api/query',
    ]) {
      expect(Object.keys(body.paths), path).toContain(path);
    }
    const expand = body.paths['/api/expand'].get;
    const depth = expand.parameters.find((p: { name: string }) => p.name === 'depth');
    expect(depth.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 3 });
    expect(expand.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
  });

  it('documents only routes that exist: each answers something other than 404 without arguments', async () => {
    const { body } = await ctx.get('/api/openapi.json');
    for (const [path, methods] of Object.entries(body.paths as Record<string, Record<string, unknown>>)) {
      if (path.includes('{')) continue;
      for (const method of Object.keys(methods)) {
        const response = await ctx.get(path).then((r) => (method === 'get' ? r : ctx.post(path, {})));
        expect(response.status, `${method} ${path}`).not.toBe(404);
        expect(response.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
  });
});

describe('GET /api/docs', () => {
  it("serves a page whose script comes from 'self' under the CSP", async () => {
    const page = await ctx.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('<script src="/api/docs/docs.js"');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const script = await ctx.get('/api/docs/docs.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it('renders every route in a headless browser', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The browser also asks for /favicon.ico, which the API does not serve: judge our own requests only.
      page.on(
        'response',
        (response) => response.url().includes('/api/') && response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`),
      );
      await page.goto(`${ctx.app.baseUrl}/api/docs`);
      await page.waitForSelector('section.route');
      const { body } = await ctx.get('/api/openapi.json');
      const expected = Object.values(body.paths as Record<string, object>).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
      expect(await page.locator('section.route').count()).toBe(expected);
      expect(await page.locator('section.route h2').first().textContent()).toContain('/api/');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
