// Counselor pages in Chromium: create a client, open a case, write the timeline — axe on every page, in German
// and Arabic. Uses the demo tenant without two-factor enforcement.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
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

test('blended counseling end to end: consent, case, contact, referral, video appointment, .ics, document, closing', T, async () => {
  const context = await launchBrowser({ locale: 'de-DE', acceptDownloads: true });
  try {
    const page = await firstPage(context);
    await page.goto(url('/login'));
    await page.fill('#email', 'beratung@magdeburg.example');
    await page.fill('#password', 'lotse-demo-2026');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button')]);

    await page.goto(url('/clients'));
    await page.fill('#alias', `Kranich-${Date.now().toString(36)}`);
    await page.fill('#languages', 'uk, de');
    await page.check('#consent');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/clients"] button')]);
    assert.match(await page.locator('main').innerText(), /Beratung: erteilt am/, 'consent to counseling recorded');

    await page.fill('#case-title', 'Anerkennung Lehramtsstudium');
    await page.check('#topic-recognition');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/cases"] button')]);
    const caseUrl = page.url();
    assert.match(caseUrl, /\/cases\/[0-9a-f-]{36}$/);

    // An in-person contact with a note.
    await page.selectOption('#contact-mode', 'in_person');
    await page.fill('#contact-duration', '45');
    await page.fill('#contact-text', 'Zeugnisse gesichtet, Anerkennung besprochen');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/contacts"] button')]);

    // A referral to a service of the directory (recognition services are offered first).
    const service = await page.locator('#referral-service option').first().innerText();
    await page.fill('#referral-note', 'Termin zur Anerkennungsberatung vereinbart');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/referrals"] button')]);
    const referral = page.locator('p.referral').first();
    assert.match(await referral.innerText(), /vermittelt/);
    assert.ok((await referral.innerText()).includes(service.split(' – ').pop()), 'the referral names the service');

    // A video appointment on the day the clocks change in 2027, then its .ics.
    await page.click('details summary:has-text("Termin vereinbaren")');
    await page.fill('#appointment-start', '2027-03-28T10:00');
    await page.fill('#appointment-duration', '30');
    await page.selectOption('#appointment-mode', 'video');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/appointments"] button')]);
    const appointment = page.locator('ul.appointments li').first();
    assert.match(await appointment.innerText(), /2027-03-28 10:00 \(UTC\+02\)/);
    assert.equal(await appointment.locator('a[href^="https://video.lotse-demo.example/"]').count(), 1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      appointment.locator('a[href$=".ics"]').click(),
    ]);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.match(ics, /DTSTART;TZID=Europe\/Berlin:20270328T100000/);
    assert.match(ics, /DTEND;TZID=Europe\/Berlin:20270328T103000/);

    // A document, sealed on the server, listed on the case.
    await page.setInputFiles('#document-file', {
      name: 'Zeugnis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 Zeugnis'),
    });
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/documents"] button')]);
    assert.equal(await page.locator('ul.documents li').count(), 1);

    assert.equal(await page.locator('ol.timeline li').count(), 2, 'contact and referral in one timeline');
    await checkA11y(page, 'case with appointment, referral and document');
    await screenshot(page, 'case-end-to-end');

    await page.selectOption('#outcome', 'referred');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/close"] button')]);
    assert.equal(await page.locator('form[action$="/notes"]').count(), 0, 'closed');
    assert.match(await page.locator('main').innerText(), /vermittelt|Weitervermittelt|abgeschlossen/i);
  } finally {
    await context.close();
  }
});
