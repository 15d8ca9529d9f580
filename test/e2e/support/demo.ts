// A second organisation in the same database, made the way an operator would: `npm run demo`'s CLI.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './test';
import { startServer, type TestServer } from './server';
import { setupOrganisation, signIn } from './people';

const run = promisify(execFile);

export async function createDemoOrganisation(dataDir: string) {
	const { stdout } = await run(process.execPath, ['src/bin/cli.js', 'demo'], {
		env: { ...process.env, DATABASE_URL: `file:${path.join(dataDir, 'samspil.db')}`, LOG_LEVEL: 'warn' }
	});
	const m = stdout.match(/Demo organisation "(.+)" is ready\. Sign in as (\S+) \/ (\S+)/);
	if (!m) throw new Error(`unexpected demo output: ${stdout}`);
	const colleagues = [...stdout.matchAll(/^ {2}(.+?)\s{2,}(\S+@\S+)$/gm)].map((c) => ({
		name: c[1].trim(),
		email: c[2]
	}));
	return { orgName: m[1], email: m[2], password: m[3], colleagues };
}

/** A demo person's address, made the way src/lib/server/demo/people.ts makes it. */
export const demoAddress = (name: string, domain: string) =>
	`${name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z]+/g, '.')
		.replace(/^\.|\.$/g, '')}@${domain}`;

/**
 * Starts this spec file's server with a signed-up organisation and the demo organisation beside it (as
 * `npm run demo` makes it), and returns the steps bound to them. `server` and `demo` read through to the running
 * ones, so they can be destructured at the top of the spec.
 */
export function demoSuite() {
	let running: TestServer;
	let org: Awaited<ReturnType<typeof createDemoOrganisation>>;
	test.describe.configure({ mode: 'serial' });
	test.beforeAll(async ({ browser }) => {
		test.setTimeout(120_000);
		running = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
		const page = await browser.newPage();
		await setupOrganisation(page, running.baseURL);
		await page.close();
		org = await createDemoOrganisation(running.dataDir);
	});
	test.afterAll(async () => {
		await running?.stop();
	});

	const server = {
		get baseURL() {
			return running.baseURL;
		},
		get dataDir() {
			return running.dataDir;
		}
	};
	const demo = {
		get email() {
			return org.email;
		},
		get password() {
			return org.password;
		},
		get domain() {
			return org.email.split('@')[1];
		}
	};

	/** A demo colleague signed in, in a browser of their own (1280 px wide unless `width` says otherwise). */
	async function as(browser: Browser, name: string, opts: { width?: number; javaScriptEnabled?: boolean } = {}) {
		const context = await browser.newContext({
			viewport: { width: opts.width ?? 1280, height: 900 },
			javaScriptEnabled: opts.javaScriptEnabled ?? true
		});
		const page = await context.newPage();
		await signIn(page, server.baseURL, demoAddress(name, demo.domain), demo.password);
		return page;
	}

	/** Nothing wider than a 375 px phone. */
	async function fitsThePhone(page: Page) {
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	}

	return { server, demo, as, fitsThePhone };
}
