// Booking by the client and routing, in Chromium: the counselor keeps booking hours and says what they handle,
// gives a client a booking link, and the client (an Arabic browser, no account, no JavaScript needed) books a
// free time and gets the calendar file. Also the printable consent form in Arabic and the routing queue. axe on
// every page.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { url, launchBrowser, firstPage, checkA11y, screenshot, htmlLangDir } from './lib.mjs';

const T = { timeout: 90_000 };

test('a client books an appointment through a booking link; consent forms print in Arabic', T, async () => {
  const staff = await launchBrowser({ locale: 'de-DE' });
  const client = await launchBrowser({ locale: 'ar', acceptDownloads: true });
  try {
    const page = await firstPage(staff);
    await page.goto(url('/login'));
    await page.fill('#email', 'beratung@magdeburg.example');
    await page.fill('#password', 'lotse-demo-2026');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button')]);

    // Booking hours every day 08:00–20:00 in 30-minute slots, so the test finds a free time whatever day it runs.
    await page.goto(url('/availability'));
    await checkA11y(page, 'availability');
    for (let day = 1; day <= 7; day += 1) {
      await page.selectOption('#window-weekday', String(day));
      await page.fill('#window-from', '08:00');
      await page.fill('#window-to', '20:00');
      await page.fill('#window-slot', '30');
      await page.fill('#window-location', 'Breiter Weg 1, 39104 Magdeburg');
      await Promise.all([page.waitForNavigation(), page.click('form[action="/availability"] button')]);
    }
    assert.ok(await page.locator('table tbody tr').count() >= 7);
    // What I handle: Arabic, recognition, Magdeburg postcodes.
    await page.fill('#profile-team', 'Team Magdeburg');
    await page.check('#profile-topic-recognition');
    await page.fill('#profile-languages', 'ar, de');
    await page.fill('#profile-regions', '39');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/availability/profile"] button')]);
    assert.equal(await page.inputValue('#profile-languages'), 'ar, de');
    await screenshot(page, 'availability');

    // A client and a case with a postcode; then a booking link.
    await page.goto(url('/clients'));
    await page.fill('#alias', `Ibis-${Date.now().toString(36)}`);
    await page.fill('#languages', 'ar');
    await page.check('#consent');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/clients"] button')]);
    const clientUrl = page.url();
    const title = `Anerkennung Ingenieursdiplom ${Date.now().toString(36)}`;
    await page.fill('#case-title', title);
    await page.check('#topic-recognition');
    await page.fill('#case-postcode', '39104');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/cases"] button')]);
    const caseUrl = page.url();
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/booking-link"] button')]);
    await checkA11y(page, 'booking link');
    const link = await page.inputValue('#booking-url');
    assert.match(link, /\/book\/lotse_[0-9a-f]{64}$/);

    // The client's side: Arabic, right to left, times grouped by day.
    const visitor = await firstPage(client);
    await visitor.goto(url(new URL(link, 'http://x').pathname));
    assert.deepEqual(await htmlLangDir(visitor), { lang: 'ar', dir: 'rtl' });
    await checkA11y(visitor, 'booking page (ar)');
    await screenshot(visitor, 'booking-ar');
    // A week of days at a time; later times on the next page.
    assert.ok(await visitor.locator('fieldset.slots').count() <= 7);
    await Promise.all([visitor.waitForNavigation(), visitor.click('nav.pager a[href$="?week=1"]')]);
    assert.ok(await visitor.locator('input[name="slot"]').count() > 0);
    await Promise.all([visitor.waitForNavigation(), visitor.click('nav.pager a[href$="?week=0"]')]);
    const first = visitor.locator('input[name="slot"]').first();
    await first.check();
    await visitor.selectOption('#book-mode', 'in_person');
    await Promise.all([visitor.waitForNavigation(), visitor.click('form[action^="/book/"] button')]);
    assert.match(await visitor.locator('[role="status"]').innerText(), /تم حجز موعدك/);
    assert.match(await visitor.locator('main').innerText(), /Breiter Weg 1/);
    await checkA11y(visitor, 'booked (ar)');
    const [download] = await Promise.all([visitor.waitForEvent('download'), visitor.click('a[href$="/ics"]')]);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    assert.match(ics, /DTSTART;TZID=Europe\/Berlin:\d{8}T\d{4}00/);
    // The link books once: reloading shows the booked appointment, not the choice again.
    await visitor.reload();
    assert.equal(await visitor.locator('input[name="slot"]').count(), 0);

    // The counselor sees it on the case.
    await page.goto(caseUrl);
    assert.equal(await page.locator('ul.appointments li').count(), 1);

    // The printable consent form in Arabic.
    await page.goto(url('/consent-forms?lang=ar'));
    assert.equal(await page.locator('article.consent-form[lang="ar"][dir="rtl"]').count(), 1);
    assert.equal(await page.locator('article.consent-form .box').count(), 6);
    await checkA11y(page, 'consent form (ar)');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'consent-form-ar-print');
    assert.equal(await page.locator('header').isVisible(), false, 'nothing but the form on paper');
    await page.emulateMedia({ media: 'screen' });

    // Record the client's consent to e-mail contact on the Arabic form, then see it on the client page.
    await page.goto(clientUrl);
    await page.click('details summary:has-text("Einwilligung erfassen")');
    await page.selectOption('#consent-purpose', 'contact_email');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/consents"] button')]);
    assert.match(await page.locator('#consents + ul').innerText(), /Kontakt per E-Mail: erteilt am .*2026-11 · ar/s);

    // The routing queue: hand the case to the queue and find a suggestion with reasons.
    await page.goto(caseUrl);
    await page.click('details summary:has-text("Übergeben")');
    await page.selectOption('#assign-to', '');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/assign"] button')]);
    await page.goto(url('/queue'));
    await checkA11y(page, 'queue with suggestions');
    const row = page.locator('tbody tr', { hasText: title });
    assert.match(await row.innerText(), /Anerkennung.*ar.*Region/s);
    await screenshot(page, 'queue');
  } finally {
    await staff.close();
    await client.close();
  }
});
