// Helpers for the Lotse browser tests: Debian's Chromium driven by playwright-core, axe-core for accessibility.
//
// Environment:
//   LOTSE_BASE_URL       the running Lotse server (default http://127.0.0.1:8080); these tests never start it
//   LOTSE_ARTIFACTS_DIR  where screenshots go (default <repo>/test-artifacts/browser)
//   LOTSE_CHROMIUM       the browser binary (default /usr/bin/chromium, Debian's package); nothing is downloaded
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const baseUrl = (process.env.LOTSE_BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const artifactsDir = process.env.LOTSE_ARTIFACTS_DIR || path.resolve(here, '../../test-artifacts/browser');
export const chromiumPath = process.env.LOTSE_CHROMIUM || '/usr/bin/chromium';
export const axePath = require.resolve('axe-core/axe.min.js');

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Absolute URL for a path on the server under test. */
export function url(p = '/') {
  return baseUrl + (p.startsWith('/') ? p : `/${p}`);
}

/**
 * Launches Debian's Chromium (headless) with a fresh, temporary user-data dir and returns its browser context.
 *
 * playwright-core refuses a `--user-data-dir=` argument in `chromium.launch()`, so this uses
 * `chromium.launchPersistentContext(mkdtemp)`: one browser process per context. `options` are Playwright
 * context options (locale, javaScriptEnabled, extraHTTPHeaders, ...). `bypassCSP` defaults to true because
 * axe-core is injected as an inline <script>, which Lotse's strict CSP would block; the CSP itself is
 * checked separately from the response headers.
 *
 * `context.close()` closes the browser and deletes the user-data dir. Always close it (try/finally).
 */
export async function launchBrowser(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      bypassCSP: true,
      viewport: { width: 1280, height: 800 },
      ...options,
    });
  } catch (err) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const closeContext = context.close.bind(context);
  context.close = async (...args) => {
    try {
      await closeContext(...args);
    } finally {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  };
  return context;
}

/** The page a persistent context opens with (or a new one). */
export async function firstPage(context) {
  return context.pages()[0] ?? (await context.newPage());
}

/** Reads `lang` and `dir` of the <html> element. */
export async function htmlLangDir(page) {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and fails with a list of every violation whose
 * impact is serious or critical. Needs JavaScript enabled and a context with bypassCSP (the default of
 * launchBrowser). Returns all violations (including minor/moderate ones) for callers that want them.
 */
export async function checkA11y(page, label) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (options) => {
    if (!window.axe) throw new Error('axe-core was not injected (Content-Security-Policy not bypassed?)');
    const results = await window.axe.run(document, options);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' >> ')),
    }));
  }, AXE_OPTIONS);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `  - [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.targets.map((t) => `      ${t}`).join('\n')}`)
    .join('\n');
  assert.equal(bad.length, 0, `axe found ${bad.length} serious/critical violation(s) on ${label} (${page.url()}):\n${report}`);
  return violations;
}

/** Saves a full-page PNG as <artifactsDir>/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${String(name).replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
