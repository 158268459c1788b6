// Verified knowledge in Chromium: a counselor drafts and cannot publish; a legal reviewer sees the diff and
// publishes; the portal shows the new version with its review date, and the translation of the old version is
// marked outdated. axe on the portal and the editorial pages, in German and Arabic.
import test from 'node:test';
import assert from 'node:assert/strict';
import { url, launchBrowser, firstPage, checkA11y, screenshot } from './lib.mjs';

const T = { timeout: 150_000 };

async function logIn(locale, email) {
  const context = await launchBrowser({ locale });
  const page = await firstPage(context);
  await page.goto(url('/login'));
  await page.fill('#email', email);
  await page.fill('#password', 'lotse-demo-2026');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button')]);
  assert.match(page.url(), /\/staff$/);
  return { context, page };
}

async function submitForm(page, action) {
  await Promise.all([page.waitForNavigation(), page.click(`form[action$="${action}"] button[type="submit"]`)]);
}

test('a counselor drafts, a legal reviewer checks the diff and publishes, the portal follows', T, async () => {
  const slug = `e2e-wohnsitz-${Date.now().toString(36)}`;
  const counselor = await logIn('de-DE', 'beratung@magdeburg.example');
  const lawyer = await logIn('de-DE', 'recht@magdeburg.example');
  try {
    const c = counselor.page;
    await c.goto(url('/editorial'));
    await checkA11y(c, 'editorial list');
    await c.fill('#slug', slug);
    await c.selectOption('#topic', 'residence');
    await c.selectOption('#jurisdiction', 'state');
    await c.fill('#area', 'Sachsen-Anhalt');
    await c.fill('#title', 'Wohnsitzregelung: erste Fassung');
    await c.fill('#summary', 'Wo Sie wohnen müssen, steht in Ihrem Aufenthaltstitel.');
    await c.fill('#body', '## Was gilt\n\nDie Wohnsitzregelung steht als Auflage im Aufenthaltstitel.');
    await c.fill('#references', 'AufenthG | § 12a | https://www.gesetze-im-internet.de/aufenthg_2004/__12a.html');
    await submitForm(c, '/editorial');
    assert.match(c.url(), /\/editorial\/[0-9a-f-]{36}$/);
    const editorUrl = c.url();
    const articleId = editorUrl.split('/').pop();
    // The counselor has no sign-off controls, and the server refuses a forged one.
    assert.equal(await c.locator('form[action$="/publish"]').count(), 0);
    assert.equal(await c.locator('a[href="/reviews"]').count(), 0);
    const csrf = await c.locator('input[name="csrf"]').first().inputValue();
    const forged = await c.request.post(url(`/editorial/${articleId}/publish`), {
      form: { csrf, version: '1' },
      headers: { origin: new URL(url('/')).origin },
    });
    assert.equal(forged.status(), 403);
    await checkA11y(c, 'editor (draft)');
    await submitForm(c, '/submit');
    assert.match(await c.locator('#article-status').innerText(), /Prüfung/);

    // The lawyer publishes version 1.
    const l = lawyer.page;
    await l.goto(url('/reviews'));
    await checkA11y(l, 'review queue');
    await Promise.all([l.waitForNavigation(), l.click(`a[href="/editorial/${articleId}"]`)]);
    await submitForm(l, '/publish');
    assert.equal(await l.locator('#published-version').innerText().then((t) => t.trim().startsWith('1')), true);

    // The counselor translates version 1, then writes version 2 and submits it.
    await c.goto(editorUrl);
    await c.selectOption('#t-lang', 'en');
    await c.fill('#t-title', 'Residence rule: first version');
    await c.fill('#t-summary', 'Where you must live is written in your residence permit.');
    await c.fill('#t-body', 'The residence rule is a condition in the residence permit.');
    await submitForm(c, '/translations');
    assert.match(await c.locator('[data-lang="en"]').innerText(), /aktuell/);
    await c.fill('#title', 'Wohnsitzregelung: zweite Fassung');
    await c.fill('#body', '## Was gilt\n\nDie Wohnsitzregelung steht als Auflage im Aufenthaltstitel.\n\nNEU: Ausnahmen für Ausbildung.');
    await submitForm(c, `/editorial/${articleId}`);
    assert.equal((await c.locator('#latest-version').innerText()).trim(), '2');
    await submitForm(c, '/submit');

    // The portal still shows version 1 until the sign-off.
    await l.goto(url(`/knowledge/${slug}`));
    assert.match(await l.locator('article h1').innerText(), /erste Fassung/);

    // The lawyer reads the diff, then signs version 2 off with a review date.
    await l.goto(url(`/editorial/${articleId}`));
    await Promise.all([l.waitForNavigation(), l.click(`a[href="/editorial/${articleId}/diff/2"]`)]);
    assert.match(await l.locator('pre.diff ins').allInnerTexts().then((t) => t.join('\n')), /NEU: Ausnahmen/);
    assert.match(await l.locator('pre.diff del').allInnerTexts().then((t) => t.join('\n')), /erste Fassung/);
    await checkA11y(l, 'diff');
    await screenshot(l, 'knowledge-diff');
    await l.goto(url(`/editorial/${articleId}`));
    await l.fill('#review-due', '2027-09-30');
    await submitForm(l, '/publish');
    assert.match(await l.locator('#article-status').innerText(), /Veröffentlicht/);
    await checkA11y(l, 'editor (published)');
    assert.match(await l.locator('[data-lang="en"]').innerText(), /veraltet/);

    // The public portal, without logging in.
    const visitor = await launchBrowser({ locale: 'de-DE' });
    try {
      const v = await firstPage(visitor);
      await v.goto(url(`/knowledge/${slug}`));
      assert.match(await v.locator('article h1').innerText(), /zweite Fassung/);
      // Sign-off dates are Berlin dates.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
      assert.match(await v.locator('.checked').innerText(), new RegExp(`geprüft am\\W*${today}`));
      assert.match(await v.locator('main').innerText(), /Fassung\W*2/);
      await checkA11y(v, 'article (published v2)');
      await screenshot(v, 'knowledge-article-v2');
      await v.goto(url(`/knowledge/${slug}?lang=en`));
      assert.match(await v.locator('article h1').innerText(), /first version/);
      assert.match(await v.locator('.notice').first().innerText(), /älteren Fassung/);
      await v.goto(url(`/knowledge/search?q=Wohnsitzregelungen`));
      assert.ok(await v.locator(`a[href^="/knowledge/${slug}"]`).count() >= 1, 'the search finds the new article');
    } finally {
      await visitor.close();
    }
  } finally {
    await counselor.context.close();
    await lawyer.context.close();
  }
});

for (const [locale, lang] of [['de-DE', 'de'], ['ar', 'ar']]) {
  test(`portal pages are axe clean and need no script (${lang})`, T, async () => {
    const context = await launchBrowser({ locale, javaScriptEnabled: true });
    try {
      const page = await firstPage(context);
      for (const [path, name] of [
        ['/', 'home'],
        ['/knowledge', 'portal'],
        ['/knowledge/topics/residence', 'topic'],
        ['/knowledge/search?q=Aufenthaltstitel', 'search'],
        ['/knowledge/search?q=%D8%AF%D9%88%D8%B1%D8%A9%20%D8%A7%D9%84%D8%A7%D9%86%D8%AF%D9%85%D8%A7%D8%AC', 'search-ar'],
        ['/knowledge/integrationskurs', 'article'],
        ['/knowledge/integrationskurs?lang=de-simple', 'article-plain'],
        ['/services?postcode=39104&radius_km=40&topic=residence', 'services'],
        ['/fact-checks', 'fact-checks'],
      ]) {
        const response = await page.goto(url(path));
        assert.equal(response.status(), 200, path);
        assert.equal(await page.locator('script').count(), 0, `${path} works without script`);
        await checkA11y(page, `${name} (${lang})`);
        await screenshot(page, `portal-${name}-${lang}`);
      }
    } finally {
      await context.close();
    }
  });
}
