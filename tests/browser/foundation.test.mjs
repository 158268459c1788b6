// Foundation browser tests: languages and text direction, skip link and landmarks, error pages, security
// headers, accessibility (axe-core) and working without JavaScript. Runs against a Lotse server that is
// already running at LOTSE_BASE_URL; see lib.mjs.
import test from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, url, launchBrowser, firstPage, htmlLangDir, checkA11y, screenshot } from './lib.mjs';

/** Every language Lotse offers, with its text direction. */
const LANGS = { de: 'ltr', en: 'ltr', ar: 'rtl', uk: 'ltr', ru: 'ltr', fa: 'rtl', tr: 'ltr' };
const DAY = 24 * 60 * 60;
const T = { timeout: 30_000 };

/** Runs fn(page, context) in a fresh browser context and always closes it. */
async function withPage(options, fn) {
  const context = await launchBrowser(options);
  try {
    return await fn(await firstPage(context), context);
  } finally {
    await context.close();
  }
}

/** Plain HTTP GET from Node (no redirects followed), with a clear message when the server is down. */
async function get(path, headers = {}) {
  try {
    return await fetch(url(path), { headers, redirect: 'manual' });
  } catch (err) {
    throw new Error(`GET ${url(path)} failed — is Lotse running at ${baseUrl}? (${err.cause?.message ?? err.message})`);
  }
}

/** lang and dir of the <html> start tag in an HTML source. */
function htmlTagLangDir(source) {
  const tag = /<html\b[^>]*>/i.exec(source)?.[0] ?? '';
  const attr = (name) => new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1] ?? null;
  return { lang: attr('lang'), dir: attr('dir') };
}

/** Parses a Content-Security-Policy value into { directive: value }. */
function parseCsp(value) {
  const out = {};
  for (const part of value.split(';')) {
    const [name, ...rest] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = rest.join(' ');
  }
  return out;
}

async function waitForLang(page, lang) {
  await page.waitForSelector(`html[lang="${lang}"]`, { state: 'attached' });
}

async function langCookie(context) {
  return (await context.cookies(baseUrl)).find((c) => c.name === 'lotse_lang');
}

// (a) ------------------------------------------------------------------------------------------------------
test('home page in German: lang/dir, landmarks, h1, skip link first, axe', T, async () => {
  await withPage({ locale: 'de-DE' }, async (page) => {
    const res = await page.goto(url('/'));
    assert.equal(res.status(), 200);
    assert.deepEqual(await htmlLangDir(page), { lang: 'de', dir: 'ltr' });
    assert.ok((await page.locator('h1').count()) >= 1, 'the home page has an <h1>');
    for (const landmark of ['header', 'nav', 'main#main', 'footer']) {
      assert.ok((await page.locator(landmark).count()) >= 1, `the home page has a <${landmark}> landmark`);
    }
    await checkA11y(page, 'home (de)');
    await screenshot(page, 'home-de');

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? { tag: el.tagName.toLowerCase(), href: el.getAttribute('href'), text: el.textContent.trim() } : null;
    });
    assert.equal(focused?.tag, 'a', `the first Tab focuses the skip link, got ${JSON.stringify(focused)}`);
    assert.equal(focused.href, '#main', 'the skip link points to #main');
    assert.ok(focused.text.length > 0, 'the skip link has a text');
    await page.keyboard.press('Enter');
    // The hash changes asynchronously; a loaded machine may check too early.
    await page.waitForFunction(() => location.hash === '#main', null, { timeout: 5000 }).catch(() => {});
    assert.equal(new URL(page.url()).hash, '#main', 'following the skip link goes to #main');
  });
});

// (b) ------------------------------------------------------------------------------------------------------
test('home page in Arabic via Accept-Language: lang="ar" dir="rtl", axe', T, async () => {
  await withPage({ locale: 'ar' }, async (page) => {
    const res = await page.goto(url('/'));
    assert.equal(res.status(), 200);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.ok((await page.locator('h1').count()) >= 1, 'the home page has an <h1>');
    await checkA11y(page, 'home (ar)');
    await screenshot(page, 'home-ar');
  });
});

test('Accept-Language picks each language and falls back to German', T, async () => {
  const cases = [[null, 'de'], ['*', 'de'], ['ja, zh;q=0.8', 'de']];
  for (const code of Object.keys(LANGS)) {
    cases.push([code, code], [`${code}-XX,${code};q=0.9`, code]);
  }
  for (const [acceptLanguage, lang] of cases) {
    const res = await get('/', acceptLanguage === null ? {} : { 'Accept-Language': acceptLanguage });
    assert.equal(res.status, 200);
    const got = htmlTagLangDir(await res.text());
    assert.deepEqual(got, { lang, dir: LANGS[lang] }, `Accept-Language: ${acceptLanguage ?? '(none)'}`);
  }
});

// (c) ------------------------------------------------------------------------------------------------------
test('language switch by clicking: German → Arabic (rtl, cookie) → Ukrainian', T, async () => {
  await withPage({ locale: 'de-DE' }, async (page, context) => {
    await page.goto(url('/'));
    for (const code of Object.keys(LANGS)) {
      const link = page.locator(`header a[hreflang="${code}"]`);
      assert.equal(await link.count(), 1, `one language link for ${code} in the header`);
      assert.equal(await link.getAttribute('href'), `/lang/${code}?next=%2F`);
      assert.equal(await link.getAttribute('lang'), code);
    }

    await page.locator('header a[hreflang="ar"]').click();
    await waitForLang(page, 'ar');
    assert.equal(new URL(page.url()).pathname, '/', 'the switch returns to the page it came from');
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    const cookie = await langCookie(context);
    assert.ok(cookie, 'cookie lotse_lang is set');
    assert.equal(cookie.value, 'ar');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.httpOnly, true, 'lotse_lang is HttpOnly');
    assert.equal(cookie.sameSite, 'Lax');
    assert.ok(cookie.expires > Date.now() / 1000 + 364 * DAY, `lotse_lang lasts a year (expires ${cookie.expires})`);

    await page.locator('header a[hreflang="uk"]').click();
    await waitForLang(page, 'uk');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(await htmlLangDir(page), { lang: 'uk', dir: 'ltr' });
    assert.equal((await langCookie(context))?.value, 'uk');
  });
});

test('GET /lang/{code} answers 303 to next with the lotse_lang cookie', T, async () => {
  for (const [code, next] of [['ar', '/'], ['fa', '/lang'], ['en', '/']]) {
    const res = await get(`/lang/${code}?next=${encodeURIComponent(next)}`);
    await res.arrayBuffer();
    assert.equal(res.status, 303, `/lang/${code}`);
    assert.equal(new URL(res.headers.get('location'), baseUrl).href, url(next), `Location of /lang/${code}`);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('lotse_lang='));
    assert.ok(setCookie, `/lang/${code} sets lotse_lang`);
    const [pair, ...attrs] = setCookie.split(';').map((s) => s.trim());
    assert.equal(pair, `lotse_lang=${code}`);
    const attr = Object.fromEntries(attrs.map((a) => { const [k, ...v] = a.split('='); return [k.toLowerCase(), v.join('=')]; }));
    assert.equal(attr.path, '/', `Path=/ in ${setCookie}`);
    assert.equal(attr.samesite?.toLowerCase(), 'lax', `SameSite=Lax in ${setCookie}`);
    assert.ok('httponly' in attr, `HttpOnly in ${setCookie}`);
    const maxAge = Number(attr['max-age']);
    assert.ok(maxAge >= 365 * DAY && maxAge <= 366 * DAY, `Max-Age of one year in ${setCookie}`);
  }
  // `next` must not send anyone to another site.
  for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
    const res = await get(`/lang/ar?next=${encodeURIComponent(next)}`);
    await res.arrayBuffer();
    const location = res.headers.get('location');
    if (location !== null) {
      assert.equal(new URL(location, baseUrl).origin, new URL(baseUrl).origin, `next=${next} redirects to ${location}`);
    }
  }
});

// (d) ------------------------------------------------------------------------------------------------------
test('404 page, German and Arabic: status, data-error-code, axe', T, async (t) => {
  const headings = {};
  for (const [lang, locale, dir] of [['de', 'de-DE', 'ltr'], ['ar', 'ar', 'rtl']]) {
    await t.test(lang, async () => {
      await withPage({ locale }, async (page) => {
        const res = await page.goto(url('/does-not-exist'));
        assert.equal(res.status(), 404);
        assert.match(res.headers()['content-type'] ?? '', /^text\/html/);
        assert.deepEqual(await htmlLangDir(page), { lang, dir });
        assert.equal(await page.locator('main#main').count(), 1, 'the error page has <main id="main">');
        assert.ok((await page.locator('h1').count()) >= 1, 'the error page has an <h1>');
        assert.ok((await page.locator('[data-error-code="not_found"]').count()) >= 1, 'data-error-code="not_found"');
        headings[lang] = (await page.locator('h1').first().textContent()).trim();
        await checkA11y(page, `404 (${lang})`);
        await screenshot(page, `not-found-${lang}`);
      });
    });
  }
  if (headings.de !== undefined && headings.ar !== undefined) {
    assert.notEqual(headings.de, headings.ar, 'the error page is translated (German and Arabic <h1> differ)');
  }
});

test('404 as JSON: Accept: application/json, and anything under /api/', T, async () => {
  for (const [path, headers] of [['/does-not-exist', { Accept: 'application/json' }], ['/api/does-not-exist', {}]]) {
    const res = await get(path, headers);
    assert.equal(res.status, 404, path);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `${path} answers JSON`);
    const body = await res.json();
    assert.equal(body?.error?.code, 'not_found', `${path}: ${JSON.stringify(body)}`);
    assert.equal(typeof body.error.message, 'string');
    assert.ok(body.error.message.length > 0, 'error.message is not empty');
    assert.equal(typeof body.error.request_id, 'string');
    assert.ok(body.error.request_id.length > 0, 'error.request_id is not empty');
  }
});

// (e) ------------------------------------------------------------------------------------------------------
test('/lang lists every language, axe clean in German and Arabic', T, async (t) => {
  for (const [lang, locale, dir] of [['de', 'de-DE', 'ltr'], ['ar', 'ar', 'rtl']]) {
    await t.test(lang, async () => {
      await withPage({ locale }, async (page) => {
        const res = await page.goto(url('/lang'));
        assert.equal(res.status(), 200);
        assert.deepEqual(await htmlLangDir(page), { lang, dir });
        for (const code of Object.keys(LANGS)) {
          assert.ok((await page.locator(`main a[href^="/lang/${code}"]`).count()) >= 1, `/lang links to ${code}`);
        }
        await checkA11y(page, `/lang (${lang})`);
        await screenshot(page, `lang-${lang}`);
      });
    });
  }
});

// (f) ------------------------------------------------------------------------------------------------------
test('security headers on every kind of response (read from the headers, not the browser)', T, async () => {
  const paths = [
    ['/', {}],
    ['/lang', {}],
    ['/lang/ar?next=%2F', {}],
    ['/does-not-exist', {}],
    ['/does-not-exist', { Accept: 'application/json' }],
    ['/api/does-not-exist', {}],
  ];
  for (const [path, headers] of paths) {
    const res = await get(path, headers);
    await res.arrayBuffer();
    const what = `${path} ${JSON.stringify(headers)}`;
    const csp = res.headers.get('content-security-policy');
    assert.ok(csp, `${what}: Content-Security-Policy is present`);
    const d = parseCsp(csp);
    const scriptSrc = d['script-src'] ?? d['default-src'];
    assert.ok(scriptSrc !== undefined, `${what}: CSP has script-src (or default-src): ${csp}`);
    assert.ok(!scriptSrc.includes("'unsafe-inline'"), `${what}: script-src without 'unsafe-inline': ${csp}`);
    assert.ok('frame-ancestors' in d, `${what}: CSP has frame-ancestors: ${csp}`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
    assert.ok(res.headers.get('referrer-policy'), `${what}: Referrer-Policy is present`);
  }
});

test('pages load without Content-Security-Policy violations (CSP enforced)', T, async () => {
  await withPage({ locale: 'de-DE', bypassCSP: false }, async (page) => {
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content.Security.Policy/i.test(msg.text())) problems.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`${page.url()}: ${err.message}`));
    for (const path of ['/', '/lang', '/does-not-exist']) {
      await page.goto(url(path), { waitUntil: 'load' });
    }
    assert.equal(problems.length, 0, `CSP violations or script errors:\n${problems.join('\n')}`);
  });
});

// (g) ------------------------------------------------------------------------------------------------------
test('without JavaScript: home renders and the language switch works', T, async () => {
  await withPage({ locale: 'de-DE', javaScriptEnabled: false }, async (page, context) => {
    const res = await page.goto(url('/'));
    assert.equal(res.status(), 200);
    assert.deepEqual(await htmlLangDir(page), { lang: 'de', dir: 'ltr' });
    assert.ok((await page.locator('h1').count()) >= 1, 'the home page has an <h1>');

    await page.locator('header a[hreflang="ar"]').click();
    await waitForLang(page, 'ar');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.equal((await langCookie(context))?.value, 'ar');

    await page.goto(url('/lang'));
    await page.locator('main a[href^="/lang/fa"]').first().click();
    await waitForLang(page, 'fa');
    assert.deepEqual(await htmlLangDir(page), { lang: 'fa', dir: 'rtl' });
    await screenshot(page, 'nojs-fa');
  });
});
