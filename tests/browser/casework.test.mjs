// Counselor pages in Chromium: create a client, open a case, write the timeline — axe on every page, in German
// and Arabic. Uses the demo tenant without two-factor enforcement.
import test from 'node:test';
import assert from 'node:assert/strict';
import { url, launchBrowser, firstPage, checkA11y, screenshot } from './lib.mjs';

const T = { timeout: 90_000 };

for (const [locale, lang] of [['de-DE', 'de'], ['ar', 'ar']]) {
  test(`case work in the browser, axe clean (${lang})`, T, async () => {
    const context = await launchBrowser({ locale });
    try {
      const page = await firstPage(context);
      await page.goto(url('/login'));
      await page.fill('#email', 'beratung@magdeburg.example');
      await page.fill('#password', 'lotse-demo-2026');
      await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button')]);
      assert.match(page.url(), /\/staff$/);

      await page.goto(url('/clients'));
      await checkA11y(page, `clients (${lang})`);
      await page.fill('#alias', `Reiher-${lang}`);
      await page.fill('#languages', 'ar, de');
      await page.check('#consent');
      await Promise.all([page.waitForNavigation(), page.click('form[action="/clients"] button')]);
      assert.match(page.url(), /\/clients\/[0-9a-f-]{36}$/);
      await checkA11y(page, `client (${lang})`);
      await screenshot(page, `client-${lang}`);

      const clientUrl = page.url();
      await page.goto(`${clientUrl}/export`);
      await checkA11y(page, `export (${lang})`);
      await screenshot(page, `export-${lang}`);
      await page.goto(clientUrl);
      await page.fill('#case-title', 'Anerkennung Pflegeausbildung');
      await page.check('#topic-recognition');
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/cases"] button')]);
      assert.match(page.url(), /\/cases\/[0-9a-f-]{36}$/);
      await page.selectOption('#contact-mode', 'video');
      await page.fill('#contact-duration', '30');
      await page.fill('#contact-text', 'Unterlagen besprochen');
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/contacts"] button')]);
      await page.fill('#note-text', 'Zeugnis übersetzen lassen');
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/notes"] button')]);
      assert.equal(await page.locator('ol.timeline li').count(), 2);
      await checkA11y(page, `case (${lang})`);
      await screenshot(page, `case-${lang}`);
      await page.selectOption('#outcome', 'referred');
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/close"] button')]);
      assert.equal(await page.locator('form[action$="/notes"]').count(), 0, 'closed cases take no more notes');
    } finally {
      await context.close();
    }
  });
}
