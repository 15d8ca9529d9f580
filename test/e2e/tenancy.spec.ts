// Organisation isolation, generated from what exists: a crawl as organisation B's admin collects every
// page and form of B; organisation A's admin then gets 403/404 for each of them. Every route in the
// route tree with a parameter must be reached by the crawl, so a new route cannot slip past this test.
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, type TestServer } from './support/server';
import { ADMIN, setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
});
test.afterAll(async () => {
	await server.stop();
});

/** URL patterns of every page in src/routes, e.g. /teams/[team]. */
function routePatterns(): string[] {
	const out: string[] = [];
	const walk = (dir: string, url: string) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory()) {
				const seg = /^\(.*\)$/.test(e.name) ? '' : '/' + e.name;
				walk(path.join(dir, e.name), url + seg);
			} else if (/^\+(page\.svelte|page\.server\.ts|server\.ts)$/.test(e.name)) {
				out.push(url || '/');
			}
		}
	};
	walk('src/routes', '');
	return [...new Set(out)];
}

const toRegex = (pattern: string) =>
	new RegExp('^' + pattern.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+') + '$');

interface FormInfo {
	action: string;
	fields: [string, string][];
}

async function collect(page: Page, origin: string) {
	return page.evaluate((origin) => {
		const links = [...document.querySelectorAll('a[href]')]
			.map((a) => new URL((a as HTMLAnchorElement).href, location.href))
			.filter((u) => u.origin === origin)
			.map((u) => u.pathname + u.search);
		// A GET form that leads to another address (a download such as a module's LMS package) is a link with its
		// fields' first values; one that filters the page it is on adds nothing new.
		for (const f of document.querySelectorAll('form')) {
			if ((f.getAttribute('method') ?? 'get').toLowerCase() !== 'get') continue;
			const to = new URL(f.getAttribute('action') ?? '', location.href);
			if (to.origin !== origin || to.pathname === location.pathname) continue;
			for (const [k, v] of new FormData(f)) if (typeof v === 'string') to.searchParams.set(k, v);
			links.push(to.pathname + to.search);
		}
		const forms = [...document.querySelectorAll('form')]
			.filter((f) => (f.getAttribute('method') ?? 'get').toLowerCase() === 'post')
			.map((f) => {
				const fields: [string, string][] = [];
				for (const el of f.querySelectorAll('input[name], select[name], textarea[name]')) {
					const input = el as HTMLInputElement;
					let value = input.value;
					if (!value && input.type === 'email') value = 'someone@example.test';
					else if (!value && input.type === 'number') value = '5';
					else if (!value) value = 'A sufficiently long test value';
					if ((input.type === 'checkbox' || input.type === 'radio') && !input.checked) continue;
					fields.push([input.name, value]);
				}
				const action = new URL(f.getAttribute('action') ?? '', location.href);
				return { action: action.pathname + action.search, fields };
			});
		return { links, forms };
	}, origin);
}

test('organisation A reaches none of organisation B’s pages and actions', async ({ browser }) => {
	test.setTimeout(240_000);
	const setupPage = await browser.newPage();
	await setupOrganisation(setupPage, server.baseURL, { demo: true });
	await setupPage.close();
	const b = await createDemoOrganisation(server.dataDir);

	// Crawl as B's admin, without JavaScript: the server's pages carry every link and form (they work before
	// JavaScript loads), and the crawl reads them without running each page's scripts.
	const bContext = await browser.newContext({ javaScriptEnabled: false });
	const bPage = await bContext.newPage();
	await signIn(bPage, server.baseURL, b.email, b.password);
	const seen = new Set<string>();
	const forms = new Map<string, FormInfo>();
	const queue = ['/dashboard'];
	const skip = /^\/(signout|signin|setup|reset|invite|join)/;
	// A cap against a runaway crawl, not a sample: every route with a parameter must still be reached below.
	// (Learning analytics link every person of the organisation twice: their drill-down and its CSV.)
	while (queue.length && seen.size < 320) {
		const url = queue.shift()!;
		if (seen.has(url) || skip.test(url)) continue;
		seen.add(url);
		// A link may be a file download (e.g. a credential): it counts as reached; there is no page to read.
		const res = await bPage.goto(server.baseURL + url).catch((e: Error) => {
			if (/Download is starting/.test(e.message)) return null;
			throw e;
		});
		if (!res || res.status() >= 400 || !(res.headers()['content-type'] ?? '').includes('text/html')) continue;
		const found = await collect(bPage, server.baseURL);
		for (const l of found.links) if (!seen.has(l)) queue.push(l);
		for (const f of found.forms)
			if (!skip.test(f.action)) forms.set(f.action + JSON.stringify(f.fields.map(([k]) => k)), f);
	}
	await bContext.close();

	// Every route with a parameter was reached.
	const pages = [...seen].map((u) => u.split('?')[0]);
	const unreached = routePatterns()
		.filter((p) => p.includes('['))
		// Public or token routes, not reached by a signed-in crawl: SCIM answers bearer tokens only (scim.spec.ts proves
		// one organisation's token never reaches another's); /sso/<org> starts a sign-in at that organisation's provider
		// (sso.spec.ts); /unsubscribe/<token> is the signed link of one email (email.spec.ts); /api answers API tokens only
		// (api.spec.ts and test/integration/api prove a token of one organisation gets 404 on the other's ids).
		// An imported package's files are served in a sandboxed frame under a signed, expiring grant (a capability URL,
		// so not replayed below): test/integration/bites/packages.test.ts proves a path without a valid grant serves nothing.
		.filter((p) => !/^\/(invite|reset|join|verify|credentials|public|api|scim|sso|unsubscribe)/.test(p))
		.filter((p) => !/^\/bites\/packages\//.test(p))
		.filter((p) => !pages.some((u) => toRegex(p).test(u)));
	expect(unreached, 'routes with parameters that the crawl of organisation B did not reach').toEqual([]);

	// As A's admin: every B page that names a B record is refused, every B form is refused.
	const aContext = await browser.newContext();
	const aPage = await aContext.newPage();
	await signIn(aPage, server.baseURL, ADMIN.email, ADMIN.password);
	const cookies = (await aContext.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	const idLike = /\/[A-Za-z0-9_-]{16,}(\/|$|\?)/;
	const leaks: string[] = [];
	for (const url of [...seen].filter((u) => idLike.test(u))) {
		const res = await fetch(server.baseURL + url, { headers: { cookie: cookies }, redirect: 'manual' });
		if (![403, 404].includes(res.status)) leaks.push(`GET ${url} → ${res.status}`);
	}
	// Forms without one of B's ids act on the caller's own organisation (e.g. its settings), so only
	// forms that name a record of B are replayed; each must be refused.
	const carriesId = (f: FormInfo) => idLike.test(f.action) || f.fields.some(([, v]) => /^[A-Za-z0-9_-]{22}$/.test(v));
	const replayed = [...forms.values()].filter(carriesId);
	for (const f of replayed) {
		const res = await fetch(server.baseURL + f.action, {
			method: 'POST',
			body: new URLSearchParams(f.fields),
			headers: {
				cookie: cookies,
				origin: server.baseURL,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			redirect: 'manual'
		});
		if (![403, 404].includes(res.status)) leaks.push(`POST ${f.action} ${JSON.stringify(f.fields)} → ${res.status}`);
	}
	expect(replayed.length).toBeGreaterThan(3);
	expect(leaks).toEqual([]);

	// Pages scoped by the session show nothing of B.
	for (const url of ['/dashboard', '/teams', '/members']) {
		await aPage.goto(server.baseURL + url);
		await expect(aPage.getByText(b.orgName)).toHaveCount(0);
	}
	expect(seen.size).toBeGreaterThan(5);
	await aContext.close();
});

test('signed-out visitors are sent to sign in from every page of the app', async () => {
	const leaks: string[] = [];
	for (const pattern of routePatterns()) {
		if (
			// Public by design: /sso starts a single sign-on (sso.spec.ts); /unsubscribe/<token> is one email's signed
			// link (email.spec.ts). The manifest and the offline page hold nothing of anyone's (offline.spec.ts), nor does
			// the API's OpenAPI description (api.spec.ts; every /api/v1 route answers 401 here).
			/^\/(setup|signin|signout|reset|invite|join|verify|credentials|public|api\/public|api\/openapi\.json$|healthz|privacy|language|theme|sso|unsubscribe|manifest\.webmanifest$|offline$)/.test(
				pattern
			) ||
			pattern === '/'
		)
			continue;
		const url = pattern.replace(/\[[^\]]+\]/g, 'AAAAAAAAAAAAAAAAAAAAAA');
		const res = await fetch(server.baseURL + url, { redirect: 'manual' });
		// 405: the route has no GET at all (the cmi5 fetch URL and statements are POST/PUT, with a launch's token).
		const ok =
			(res.status === 303 && (res.headers.get('location') ?? '').startsWith('/signin')) ||
			[401, 403, 404, 405].includes(res.status);
		if (!ok) leaks.push(`${url} → ${res.status}`);
	}
	expect(leaks).toEqual([]);
});
