// Staff log-in in Chromium: two-factor enrolment and log-in with TOTP, and axe on every staff page in German
// and Arabic. Needs a fresh `lotse demo` (scripts/test.sh starts one): it enrols koordination@halle.example.
import test from 'node:test';
import assert from 'node:assert/strict';
import { url, launchBrowser, firstPage, checkA11y, screenshot } from './lib.mjs';
import { totp, hotp } from './totp.mjs';

const PASSWORD = 'lotse-demo-2026';
const T = { timeout: 90_000 };

async function withPage(options, fn) {
  const context = await launchBrowser(options);
  try {
    await fn(await firstPage(context), context);
  } finally {
    await context.close();
  }
}

async function logIn(page, email) {
  await page.goto(url('/login'));
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type="submit"]')]);
}

test('the TOTP helper matches RFC 6238', () => {
  // Appendix B, SHA-1, T = 59 s: 94287082 (8 digits) → 287082 with 6.
  assert.equal(hotp(Buffer.from('12345678901234567890'), 1), '287082');
});

test('two-factor enrolment and log-in with TOTP, end to end', T, async () => {
  await withPage({ locale: 'de-DE' }, async (page) => {
    await page.goto(url('/login'));
    await checkA11y(page, 'login (de)');
    await screenshot(page, 'login-de');

    await logIn(page, 'koordination@halle.example');
    assert.match(page.url(), /\/account\/2fa$/, 'the tenant requires a second factor: enrolment first');
    assert.equal(await page.locator('figure.qr svg').count(), 1, 'a QR code rendered by the server');
    await checkA11y(page, '2fa enrolment (de)');
    await screenshot(page, 'twofa-enrol-de');
    const secret = (await page.locator('[data-testid="totp-secret"]').innerText()).replace(/\s+/g, '');
    assert.ok(secret.length >= 32, secret);

    await page.fill('#code', '000000');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/account/2fa"] button')]);
    assert.match(await page.locator('[role="alert"]').innerText(), /Code/, 'a wrong code is explained');

    await page.fill('#code', totp(secret));
    await Promise.all([page.waitForNavigation(), page.click('form[action="/account/2fa"] button')]);
    assert.equal(await page.locator('ul.codes li').count(), 10, 'ten recovery codes shown once');
    await checkA11y(page, 'recovery codes (de)');
    await screenshot(page, 'twofa-recovery-codes-de');

    await Promise.all([page.waitForNavigation(), page.click('a[href="/staff"]')]);
    assert.match(await page.locator('h1').innerText(), /Willkommen/);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/logout"] button')]);
    assert.match(page.url(), /\/login$/);

    // Next log-in: password, then the code. The enrolment code's time step is used up, so take the next step's
    // code, which the server accepts within its one-step tolerance.
    await logIn(page, 'koordination@halle.example');
    assert.match(page.url(), /\/login\/2fa$/);
    await checkA11y(page, 'second factor (de)');
    await page.fill('#code', totp(secret, Date.now() / 1000 + 30));
    await Promise.all([page.waitForNavigation(), page.click('form[action="/login/2fa"] button')]);
    assert.match(page.url(), /\/staff$/, 'logged in with the second factor');
    await screenshot(page, 'staff-after-totp-de');
  });
});

for (const [locale, lang] of [['de-DE', 'de'], ['ar', 'ar']]) {
  test(`staff and admin pages pass axe in ${lang}`, T, async () => {
    await withPage({ locale }, async (page) => {
      await page.goto(url('/login'));
      await checkA11y(page, `login (${lang})`);
      await logIn(page, 'admin@magdeburg.example');
      assert.match(page.url(), /\/staff$/);
      const html = page.locator('html');
      assert.equal(await html.getAttribute('lang'), lang);
      for (const path of ['/staff', '/account/password', '/admin/users', '/admin/settings', '/admin/audit']) {
        await page.goto(url(path));
        assert.equal(page.url(), url(path));
        await checkA11y(page, `${path} (${lang})`);
        await screenshot(page, `${path.replace(/\//g, '_')}-${lang}`);
      }
      await page.goto(url('/admin/users'));
      await Promise.all([page.waitForNavigation(), page.locator('tbody a').first().click()]);
      assert.match(page.url(), /\/admin\/users\/[0-9a-f-]{36}$/);
      await checkA11y(page, `user detail (${lang})`);
      await screenshot(page, `admin-user-${lang}`);
    });
  });
}
