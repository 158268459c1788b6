// The chat end to end in two Chromium contexts: a client starts a chat in Arabic (no account), a counselor
// answers from the inbox and the answer appears in the client's open page in real time (WebSocket); the client
// closes the tab, comes back in a fresh browser with the access code and sees the whole conversation. axe on
// every page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { url, launchBrowser, firstPage, checkA11y, screenshot, htmlLangDir } from './lib.mjs';

const T = { timeout: 90_000 };

test('a client chats in Arabic, a counselor answers live from the inbox, the client resumes with the code', T, async () => {
  const clientBrowser = await launchBrowser({ locale: 'ar' });
  const staffBrowser = await launchBrowser({ locale: 'de-DE' });
  let code = '';
  const question = `مرحبا، لدي سؤال عن تصريح الإقامة ${Date.now().toString(36)}`;
  const answer = 'أهلاً، سأساعدك. هل لديك موعد في دائرة الأجانب؟';
  try {
    const client = await firstPage(clientBrowser);
    await client.goto(url('/chat'));
    assert.deepEqual(await htmlLangDir(client), { lang: 'ar', dir: 'rtl' });
    await checkA11y(client, 'chat start (ar)');
    assert.equal(await client.locator('link[rel="manifest"]').count(), 1, 'installable');
    const scope = await client.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    assert.match(scope, /\/chat$/, 'the service worker controls the chat');
    const manifest = await (await client.request.get(url('/chat/manifest.webmanifest'), { headers: { 'accept-language': 'ar' } })).json();
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.dir, 'rtl');
    await client.selectOption('#chat-lang', 'ar');
    await client.selectOption('#chat-topic', 'residence');
    await Promise.all([client.waitForNavigation(), client.click('form[action="/chat/start"] button')]);
    code = (await client.locator('#access-code').innerText()).trim();
    assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await checkA11y(client, 'access code (ar)');
    await Promise.all([client.waitForNavigation(), client.click('a[href="/chat/c"]')]);
    assert.deepEqual(await htmlLangDir(client), { lang: 'ar', dir: 'rtl' });
    await client.fill('#chat-body', question);
    await client.click('#chat-form button');
    // Acknowledged: the line gets its seq from the server.
    await client.locator('#chat-log li.mine[data-seq="1"]').waitFor({ timeout: 10_000 });
    await checkA11y(client, 'chat (ar)');
    // A photo of a letter, with a place in its EXIF data: sent as a file.
    const exif = Buffer.from('Exif\0\0GPS 51.48N Foto-Kanarie');
    const jpeg = Buffer.concat([
      Buffer.from([0xFF, 0xD8, 0xFF, 0xE1, 0x00, exif.length + 2]), exif,
      Buffer.from([0xFF, 0xE0, 0x00, 0x07, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0x11, 0x22, 0xFF, 0xD9]),
    ]);
    await client.setInputFiles('#chat-file', { name: 'Bescheid.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await Promise.all([client.waitForNavigation(), client.click('form[action="/chat/c/file"] button')]);
    assert.equal(await client.locator('#chat-log li.mine a', { hasText: 'Bescheid.jpg' }).count(), 1);

    // The counselor finds it in the inbox (unassigned, Arabic) and answers.
    const staff = await firstPage(staffBrowser);
    await staff.goto(url('/login'));
    await staff.fill('#email', 'beratung@magdeburg.example');
    await staff.fill('#password', 'lotse-demo-2026');
    await Promise.all([staff.waitForNavigation(), staff.click('form[action="/login"] button')]);
    await staff.goto(url('/inbox?filter=unassigned&lang=ar'));
    await checkA11y(staff, 'inbox');
    await Promise.all([staff.waitForNavigation(), staff.locator('tbody tr a').first().click()]);
    assert.match(await staff.locator('#chat-log').innerText(), new RegExp(question.split(' ').pop()));
    await checkA11y(staff, 'conversation');
    const photo = await staff.request.get(url(await staff.locator('#chat-log a', { hasText: 'Bescheid.jpg' }).getAttribute('href')));
    assert.equal(photo.status(), 200);
    assert.ok(!(await photo.body()).toString('latin1').includes('Foto-Kanarie'), 'the place is gone from the photo');
    await Promise.all([staff.waitForNavigation(), staff.click('form[action$="/assign"] button')]);
    await staff.fill('#chat-body', 'Intern: Fiktionsbescheinigung prüfen');
    await staff.check('#reply-internal');
    await staff.click('#chat-form button');
    await staff.fill('#chat-body', answer);
    await staff.click('#chat-form button');
    await staff.locator('#chat-log li.mine[data-seq="4"]').waitFor({ timeout: 10_000 });
    await screenshot(staff, 'inbox-conversation');

    // Real time: the answer appears on the client's open page without a reload; the internal note does not.
    await client.locator('#chat-log li.theirs', { hasText: answer }).waitFor({ timeout: 10_000 });
    assert.equal(await client.locator('#chat-log li', { hasText: 'Fiktionsbescheinigung' }).count(), 0);
    await screenshot(client, 'chat-ar');
    // The counselor sees the read receipt.
    await staff.locator('#chat-status', { hasText: 'Gelesen' }).waitFor({ timeout: 10_000 });
  } finally {
    await clientBrowser.close();
  }

  // Tab closed; a fresh browser (no cookies) resumes with the access code.
  const again = await launchBrowser({ locale: 'ar' });
  try {
    const client = await firstPage(again);
    await client.goto(url('/chat'));
    await client.fill('#chat-code', code.toLowerCase().replaceAll('-', ' '));
    await Promise.all([client.waitForNavigation(), client.click('form[action="/chat/resume"] button')]);
    assert.match(client.url(), /\/chat\/c$/);
    const lines = client.locator('#chat-log li');
    assert.equal(await lines.count(), 3, 'the whole conversation, without the internal note');
    assert.match(await lines.nth(0).innerText(), new RegExp(question.split(' ').pop()));
    assert.match(await lines.nth(1).innerText(), /Bescheid\.jpg/);
    assert.match(await lines.nth(2).innerText(), /سأساعدك/);
    await checkA11y(client, 'resumed chat (ar)');
  } finally {
    await again.close();
    await staffBrowser.close();
  }
});
