// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// Survey results benchmark: the results page of an organisation with 50 teams and 10,000 responses,
// rendered by the production server (SSR over HTTP, with the signed-in admin's session).
// Target: p95 ≤ 150 ms.
//
//   npm run bench:surveys                      SQLite (a temporary file)
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:surveys
//                                              PostgreSQL (a temporary database, dropped afterwards)
//   npm run bench:surveys -- --runs 50         more measured requests (default 30)
//   npm run bench:surveys -- --cpu-prof /tmp/p  also profile the server
//
// The organisation comes from `npm run demo` (the real seed, including a copy of the built-in survey);
// the 10,000 responses are then written in bulk straight into the survey tables — the same rows and
// counts submitResponse writes, without 10,000 sign-ins — over three rounds of the same 50 teams (2,000,
// 3,000 and 5,000 responses, 27 statements and a comment each), so the page also draws the trend.
// Needs the production build (`npm run build`); builds it when missing.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { log, parseArgs } from './shared/cli.js';
import { freePort, stopProcess } from './shared/processes.js';
import { createDatabase, insertMany, openSql as openSqlOn } from './surveys/database.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = parseArgs();
const RUNS = Number(args.runs ?? 30);
const TEAMS = 50;
const ROUNDS = [2000, 3000, 5000];
const TARGET_MS = 150;
const id = () => randomBytes(16).toString('base64url');

if (!fs.existsSync(path.join(root, 'build', 'handler.js'))) {
	log('building…');
	const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

// --- the database -------------------------------------------------------------------------------
const pgAdminUrl = process.env.BENCH_DATABASE_URL;
const { databaseUrl, cleanup } = await createDatabase(pgAdminUrl);
const openSql = () => openSqlOn(databaseUrl);

/** fetch, once more if the first attempt reused a keep-alive socket the server had already closed. */
async function fetchRetry(url, init) {
	try {
		return await fetch(url, init);
	} catch {
		return fetch(url, init);
	}
}

// --- the server ----------------------------------------------------------------------------------
const port = await freePort();
const baseURL = `http://localhost:${port}`;
const env = {
	...process.env,
	PORT: String(port),
	HOST: '127.0.0.1',
	DATABASE_URL: databaseUrl,
	LOG_LEVEL: 'warn',
	LOGIN_LIMIT_PER_IP: '1000'
};
// --cpu-prof <dir>: write a V8 CPU profile of the server (open it in Chrome DevTools) when it stops.
const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['cpu-prof'])}`] : [];
const server = spawn(process.execPath, [...profile, 'src/bin/serve.js'], {
	cwd: root,
	env,
	stdio: ['ignore', 'ignore', 'inherit']
});
const stopServer = () => stopProcess(server);

try {
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(`${baseURL}/healthz`)).ok) break;
		} catch {
			/* starting */
		}
		if (i > 200) throw new Error('server did not start');
		await new Promise((r) => setTimeout(r, 100));
	}

	log('seeding the demo organisation…');
	const out = execFileSync(process.execPath, ['src/bin/cli.js', 'demo'], { cwd: root, env, encoding: 'utf8' });
	const m = out.match(/Sign in as (\S+) \/ (\S+)/);
	if (!m) throw new Error(`unexpected demo output: ${out}`);
	const [, email, password] = m;

	log(`writing ${TEAMS} teams and ${ROUNDS.reduce((a, b) => a + b, 0)} responses…`);
	const sql = await openSql();
	const [{ org_id: orgId, user_id: adminId }] = await sql.all(
		'select org_id, user_id from memberships join users on users.id = memberships.user_id where users.email = ?',
		[email]
	);
	const [{ id: surveyId }] = await sql.all('select id from surveys where org_id = ? order by created_at limit 1', [
		orgId
	]);
	const questions = await sql.all(
		'select id, kind, reverse from survey_questions where survey_id = ? order by position',
		[surveyId]
	);
	const now = new Date().toISOString();
	const perTeam = Math.ceil(ROUNDS[ROUNDS.length - 1] / TEAMS) + 10;
	await sql.begin();
	const teams = Array.from({ length: TEAMS }, (_, i) => ({ id: id(), name: `Team ${String(i + 1).padStart(2, '0')}` }));
	await insertMany(
		sql,
		'teams',
		['id', 'org_id', 'name', 'created_at'],
		teams.map((t) => [t.id, orgId, t.name, now])
	);
	const users = [];
	const members = [];
	for (const t of teams) {
		for (let i = 0; i < perTeam; i++) {
			const uid = id();
			users.push([uid, `bench-${uid}@bench.samspil.test`, `Bench ${i}`, 'x', null, 'Europe/Copenhagen', now]);
			members.push([id(), orgId, t.id, uid, 'member', now]);
		}
	}
	await insertMany(sql, 'users', ['id', 'email', 'name', 'password_hash', 'locale', 'time_zone', 'created_at'], users);
	await insertMany(
		sql,
		'memberships',
		['id', 'org_id', 'user_id', 'role', 'created_at'],
		members.map((r) => [id(), orgId, r[3], 'member', now])
	);
	await insertMany(sql, 'team_members', ['id', 'org_id', 'team_id', 'user_id', 'role', 'created_at'], members);
	let rnd = 42;
	const random = () => (rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	let lastRound;
	for (const [r, count] of ROUNDS.entries()) {
		const roundId = id();
		lastRound = roundId;
		const opens = new Date(Date.now() - (ROUNDS.length - r) * 120 * 86_400_000).toISOString().slice(0, 10);
		await sql.run(
			'insert into survey_rounds (id, org_id, survey_id, name, opens_on, closes_on, time_zone, closed_at, reminded_at, created_by, created_at) values (?,?,?,?,?,?,?,?,?,?,?)',
			[roundId, orgId, surveyId, `Bench ${r + 1}`, opens, '2099-12-31', 'Europe/Copenhagen', null, null, adminId, now]
		);
		await insertMany(
			sql,
			'survey_round_teams',
			['id', 'org_id', 'round_id', 'team_id'],
			teams.map((t) => [id(), orgId, roundId, t.id])
		);
		const published = new Map();
		const counts = new Map();
		const comments = [];
		const participation = [];
		for (let i = 0; i < count; i++) {
			const team = teams[i % TEAMS];
			published.set(team.id, (published.get(team.id) ?? 0) + 1);
			participation.push([id(), orgId, roundId, team.id, members[(i % TEAMS) * perTeam + Math.floor(i / TEAMS)][3]]);
			for (const q of questions) {
				if (q.kind === 'likert') {
					const value = random() < 0.03 ? -1 : 1 + Math.floor(random() * 5);
					const key = `${team.id} ${q.id} ${value}`;
					const row = counts.get(key) ?? [orgId, roundId, team.id, q.id, value, 0];
					row[5]++;
					counts.set(key, row);
				} else if (q.kind === 'text' && random() < 0.3)
					comments.push([id(), orgId, roundId, team.id, q.id, `Comment ${i}`, 1]);
			}
		}
		await insertMany(sql, 'survey_participation', ['id', 'org_id', 'round_id', 'team_id', 'user_id'], participation);
		// Every response published (a bench of a finished round: steps do not change what a read costs).
		await insertMany(
			sql,
			'survey_publication',
			['org_id', 'round_id', 'team_id', 'responses', 'published', 'comments_published'],
			[...published].map(([teamId, n]) => [orgId, roundId, teamId, n, n, n])
		);
		// What 27 × `count` submissions add up to in survey_counts (submitResponse keeps these counts).
		await insertMany(
			sql,
			'survey_counts',
			['org_id', 'round_id', 'team_id', 'question_id', 'value', 'n'],
			[...counts.values()]
		);
		await insertMany(
			sql,
			'survey_comments',
			['id', 'org_id', 'round_id', 'team_id', 'question_id', 'text', 'published'],
			comments
		);
		// …and the per-dimension roll-up of those counts that it keeps beside them.
		await sql.run(
			`insert into survey_dimension_counts (org_id, round_id, team_id, dimension_id, value, n)
			select c.org_id, c.round_id, c.team_id, q.dimension_id, case when q.reverse = 1 then 6 - c.value else c.value end, sum(c.n)
			from survey_counts c join survey_questions q on q.id = c.question_id
			where c.round_id = ? and q.kind = 'likert' and q.dimension_id is not null and c.value between 1 and 5
			group by c.org_id, c.round_id, c.team_id, q.dimension_id, case when q.reverse = 1 then 6 - c.value else c.value end`,
			[roundId]
		);
	}
	await sql.commit();
	if (pgAdminUrl) await sql.run('analyze');
	else await sql.run('analyze');
	await sql.close();

	log('signing in…');
	const signin = await fetchRetry(`${baseURL}/signin`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = (signin.headers.getSetCookie?.() ?? [signin.headers.get('set-cookie') ?? ''])
		.map((c) => c.split(';')[0])
		.join('; ');
	if (!cookie.includes('samspil_session')) throw new Error(`sign-in failed (${signin.status})`);

	async function time(url) {
		const started = performance.now();
		const res = await fetchRetry(url, { headers: { cookie } });
		const body = await res.text();
		const ms = performance.now() - started;
		if (!res.ok) throw new Error(`${url} → ${res.status}`);
		return { ms, body };
	}
	const results = `${baseURL}/surveys/rounds/${lastRound}/results`;
	const first = await time(results);
	if (!/5000 responses/.test(first.body) || !/Team 01/.test(first.body))
		throw new Error('the results page does not show the benchmark round');
	for (let i = 0; i < 3; i++) await time(results);
	const stats = (samples) => {
		const s = [...samples].sort((a, b) => a - b);
		const q = (p) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
		return { p50: q(50), p95: q(95), max: s[s.length - 1] };
	};
	const report = [];
	for (const [name, url] of [
		['results page (SSR)', results],
		['results page, one team', `${results}?scope=${teams[0].id}`],
		['results JSON', `${results}.json`],
		['results CSV', `${results}.csv`]
	]) {
		const samples = [];
		for (let i = 0; i < RUNS; i++) samples.push((await time(url)).ms);
		report.push({ name, ...stats(samples) });
	}
	const db = pgAdminUrl ? 'PostgreSQL' : 'SQLite';
	console.log(
		`\nSurvey results, ${db}: ${TEAMS} teams, ${ROUNDS.reduce((a, b) => a + b, 0)} responses (${ROUNDS.join(' + ')}), ${RUNS} requests each\n`
	);
	console.log('| request | p50 ms | p95 ms | max ms |');
	console.log('| --- | ---: | ---: | ---: |');
	for (const r of report)
		console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
	const page = report[0];
	const ok = page.p95 <= TARGET_MS;
	console.log(`\nTarget: results page p95 ≤ ${TARGET_MS} ms → ${ok ? 'met' : 'MISSED'} (${page.p95.toFixed(1)} ms)`);
	process.exitCode = ok ? 0 : 1;
} finally {
	await stopServer();
	if (args.keep) log(`kept ${databaseUrl}`);
	else await cleanup();
}
