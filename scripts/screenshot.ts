/** Dev aid: `npx tsx scripts/screenshot.ts [url] [out.png]` — a headless Chromium screenshot of the explorer. */
import { launchChromium } from '../tests/support/browser.js';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(process.argv[2] ?? 'http://127.0.0.1:8080/');
await page.waitForSelector('[data-testid=graph-canvas][data-nodes]', { timeout: 30000 });
await page.waitForTimeout(1500);
console.log(await page.getAttribute('[data-testid=graph-canvas]', 'data-nodes'));
await page.screenshot({ path: process.argv[3] ?? '/tmp/shot.png' });
await browser.close();
