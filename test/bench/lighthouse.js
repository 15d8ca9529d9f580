// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// `npm run bench:lighthouse`: Lighthouse 12.2.3 (pinned; it runs on Node 20) with Debian's Chromium, mobile emulation,
// over four pages as one signed-in member of the demo organisation sees them: the dashboard, a board, the bite
// player and survey answering. Prints the four category scores per page (performance, accessibility, best
// practices, SEO; Lighthouse 12 has no PWA category) and the metrics behind performance, the median of --runs
// runs (default 3). Never part of `npm test`. Targets (issue 22): performance ≥ 95, accessibility 100, best
// practices 100, cumulative layout shift ≤ 0.05 on every page.
//   npm run bench:lighthouse                      npm run bench:lighthouse -- --runs 5 --only board
//   --shifts: also list the elements that moved (Lighthouse's layout-shifts audit) on each run
//   --save DIR: also write each run's full report (JSON) to DIR, e.g. to read its long tasks
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { log, parseArgs } from './shared/cli.js';
import { freePort, stopProcess, waitUntilUp } from './shared/processes.js';
import { median } from './shared/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = parseArgs();
const runs = Number(args.runs ?? 3);
const PASSWORD = 'samspil-demo';

if (!fs.existsSync(path.join(root, 'build', 'handler.js'))) {
	log('building');
	execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-lighthouse-'));
const dbFile = path.join(dataDir, 'samspil.db');
const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'warn', NUDGE_INTERVAL_SECONDS: '0' };
log('seeding the demo organisation');
execFileSync(process.execPath, [path.join(root, 'src/bin/cli.js'), 'demo'], { cwd: root, env, encoding: 'utf8' });

// One member who is asked in the open survey round, has a bite module assigned and a board of their team.
const db = new Database(dbFile, { readonly: true });
const today = new Date().toISOString().slice(0, 10);
const page = db
	.prepare(
		`select u.email, r.id as round, b.id as board,
		   (select a.module_id from bite_assignments a where a.team_id = tm.team_id or a.user_id = u.id limit 1) as module
		 from survey_rounds r
		 join survey_round_teams rt on rt.round_id = r.id
		 join team_members tm on tm.team_id = rt.team_id
		 join users u on u.id = tm.user_id
		 join boards b on b.team_id = tm.team_id and b.status = 'active'
		 where r.closed_at is null and r.opens_on <= ? and tm.role = 'member'
		   and not exists (select 1 from survey_participation p where p.round_id = r.id and p.user_id = u.id)
		 order by b.note_count desc, u.email limit 1`
	)
	.get(today);
db.close();
if (!page?.module) throw new Error('the demo organisation has no member with a survey to answer, a bite and a board');
const pages = {
	dashboard: '/dashboard',
	board: `/boards/${page.board}`,
	bite: `/bites/${page.module}`,
	survey: `/surveys/rounds/${page.round}`
};
const only = args.only ? String(args.only).split(',') : Object.keys(pages);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [path.join(root, 'src/bin/serve.js')], {
	cwd: root,
	env: { ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base },
	stdio: ['ignore', 'inherit', 'inherit']
});
process.on('exit', () => server.exitCode === null && server.kill('SIGKILL'));
await waitUntilUp(server, async () => (await fetch(base + '/healthz')).ok);

const signin = await fetch(base + '/signin', {
	method: 'POST',
	body: new URLSearchParams({ email: page.email, password: PASSWORD }),
	headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
	redirect: 'manual'
});
const cookie = signin.headers
	.getSetCookie()
	.find((c) => c.startsWith('samspil_session='))
	?.split(';')[0];
if (!cookie) throw new Error(`sign-in of ${page.email} failed: ${signin.status}`);

// A fresh browser (a new profile: a cold cache) for every run. Lighthouse's own storage reset would also clear the
// session cookie, so it is off, and the cookie goes with every request, the live board's WebSocket included.
async function audit(url) {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking'
		]
	});
	try {
		const { lhr } = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			extraHeaders: { Cookie: cookie },
			disableStorageReset: true
		});
		return lhr;
	} finally {
		await chrome.kill();
	}
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
	cls: 'cumulative-layout-shift',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	fcp: 'first-contentful-paint'
};
log(`${runs} run(s) of ${only.join(', ')} as ${page.email}, mobile emulation`);
const rows = [];
try {
	for (const name of only) {
		const results = [];
		for (let i = 0; i < runs; i++) {
			const lhr = await audit(base + pages[name]);
			if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
			if (new URL(lhr.finalDisplayedUrl).pathname !== pages[name])
				throw new Error(`${name}: ended on ${lhr.finalDisplayedUrl}, not signed in?`);
			results.push(lhr);
			if (args.save) {
				fs.mkdirSync(String(args.save), { recursive: true });
				fs.writeFileSync(path.join(String(args.save), `${name}-${i + 1}.json`), JSON.stringify(lhr));
			}
			if (args.shifts)
				for (const item of lhr.audits['layout-shifts']?.details?.items ?? [])
					log(
						`${name} layout shift ${item.score.toFixed(3)}: ${item.node?.snippet ?? '?'} (${item.node?.selector ?? ''})`
					);
		}
		const score = (c) => Math.round(median(results.map((r) => r.categories[c].score * 100)));
		const metric = (a) => median(results.map((r) => r.audits[a].numericValue));
		const failing = [
			...new Set(
				results.flatMap((r) =>
					['accessibility', 'best-practices'].flatMap((c) =>
						r.categories[c].auditRefs
							.filter((ref) => ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1)
							.map((ref) => ref.id)
					)
				)
			)
		];
		rows.push({
			page: name,
			...Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
			cls: Number(metric(METRICS.cls).toFixed(3)),
			lcpMs: Math.round(metric(METRICS.lcp)),
			tbtMs: Math.round(metric(METRICS.tbt)),
			fcpMs: Math.round(metric(METRICS.fcp)),
			failing: failing.join(' ') || '–'
		});
		log(`${name}: ${JSON.stringify(rows.at(-1))}`);
	}
} finally {
	await stopProcess(server);
	fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(
	'\n| page | performance | accessibility | best practices | SEO | CLS | LCP ms | TBT ms | FCP ms | audits not passed |'
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
	console.log(
		`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.cls} | ${r.lcpMs} | ${r.tbtMs} | ${r.fcpMs} | ${r.failing} |`
	);
