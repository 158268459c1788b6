// The assistant in Chromium: the portal's question box answers from verified articles with sources (and urgent
// questions with the emergency numbers), in German and Arabic; a counselor makes a draft beside a conversation,
// sees its sources and that nothing was sent to any provider (extractive demo), and sends it; the client gets it
// labelled as AI-assisted. axe on every page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { url, launchBrowser, firstPage, checkA11y, screenshot } from './lib.mjs';

const T = { timeout: 120_000 };

for (const [locale, lang, question] of [
  ['de-DE', 'de', 'Wie melde ich mich für einen Integrationskurs an?'],
  ['ar', 'ar', 'كيف أحصل على تأمين صحي في ألمانيا؟'],
]) {
  test(`the portal question box answers with sources and hands emergencies to people (${lang})`, T, async () => {
    const context = await launchBrowser({ locale });
    try {
      const page = await firstPage(context);
      await page.goto(url('/knowledge'));
      await page.fill('#portal-ask', question);
      await Promise.all([page.waitForNavigation(), page.click('form[action="/ask"] button')]);
      assert.equal(await page.locator('section[data-kind="answer"]').count(), 1, 'answered');
      assert.ok(await page.locator('ol.sources li a[href^="/knowledge/"]').count() >= 1, 'with sources');
      assert.ok(await page.locator('.draft-text a[href^="#q-src-"]').count() >= 1, 'citations link to sources');
      await checkA11y(page, `ask answer (${lang})`);
      await screenshot(page, `ask-answer-${lang}`);
      await page.fill('#ask-question', lang === 'ar' ? 'زوجي يضربني وأنا خائفة' : 'Mein Mann schlägt mich, ich habe Angst.');
      await Promise.all([page.waitForNavigation(), page.click('form[action="/ask"] button')]);
      assert.match(await page.locator('.emergency').innerText(), /116 016/);
      await checkA11y(page, `ask urgent (${lang})`);
      // Too short: a translated error tied to the field.
      await page.fill('#ask-question', 'a');
      await Promise.all([page.waitForNavigation(), page.click('form[action="/ask"] button')]);
      assert.equal(await page.locator('#ask-question[aria-invalid="true"]').count(), 1);
      await checkA11y(page, `ask error (${lang})`);
    } finally {
      await context.close();
    }
  });
}

test('a counselor sends a draft from the assistant panel and the client gets it labelled', T, async () => {
  const clientBrowser = await launchBrowser({ locale: 'de-DE' });
  const staffBrowser = await launchBrowser({ locale: 'de-DE' });
  const marker = Date.now().toString(36);
  try {
    const client = await firstPage(clientBrowser);
    await client.goto(url('/chat'));
    await client.selectOption('#chat-lang', 'de');
    await client.selectOption('#chat-topic', 'language_course');
    await Promise.all([client.waitForNavigation(), client.click('form[action="/chat/start"] button')]);
    await Promise.all([client.waitForNavigation(), client.click('a[href="/chat/c"]')]);
    await client.fill('#chat-body', `Wer bezahlt den Integrationskurs? (${marker})`);
    await client.click('#chat-form button');
    await client.locator('#chat-log li.mine[data-seq="1"]').waitFor({ timeout: 10_000 });

    const staff = await firstPage(staffBrowser);
    await staff.goto(url('/login'));
    await staff.fill('#email', 'beratung@magdeburg.example');
    await staff.fill('#password', 'lotse-demo-2026');
    await Promise.all([staff.waitForNavigation(), staff.click('form[action="/login"] button')]);
    await staff.goto(url('/inbox?filter=unassigned&lang=de'));
    const row = staff.locator('tbody tr a').first();
    await Promise.all([staff.waitForNavigation(), row.click()]);
    assert.match(await staff.locator('#assistant-question').inputValue(), new RegExp(marker));
    await Promise.all([staff.waitForNavigation(), staff.click('form[action$="/assistant"] button')]);
    assert.match(staff.url(), /draft=/);
    assert.ok(await staff.locator('#assistant ol.sources li').count() >= 1);
    await staff.locator('#assistant details.sent summary').click();
    assert.match(await staff.locator('#assistant details.sent').innerText(), /Nichts/);
    await checkA11y(staff, 'assistant panel with draft');
    await screenshot(staff, 'assistant-panel');
    await staff.fill('#draft-text', `Den Kurs bezahlt meist das BAMF [1]. (${marker})`);
    await Promise.all([staff.waitForNavigation(), staff.click('#assistant button[value="accept"]')]);
    await client.locator('#chat-log li.theirs', { hasText: 'Mit KI-Unterstützung erstellt' }).waitFor({ timeout: 10_000 });
  } finally {
    await clientBrowser.close();
    await staffBrowser.close();
  }
});
