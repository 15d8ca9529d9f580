// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// `npm run bench:load`: the production server on a fresh SQLite database with the demo organisation, under
// simulated people (signed-in sessions fetching HTML pages with a think time between them) and stock
// y-websocket sync clients on boards (presence for all, a share of them writing), for a while. Reports
// requests, errors (the run fails unless there are none), page time p50/p95, the server's RSS after the
// warm-up and at the end, and sync deliveries. Never part of `npm test`.
//   npm run bench:load                                   200 people, 1,000 sync clients, 5 minutes
//   npm run bench:load -- --duration 60 --users 50 --clients 200
//   options: --think <ms between pages, 1000> --writers <share of clients writing, 0.1>
//            --write-interval <ms, 2000> --procs <client processes, 4> --warmup <s, 120>
//   BENCH_SERVER_NODE_OPTIONS="--heapsnapshot-signal=SIGUSR2" also writes a heap snapshot of the server (in its
//   working directory) after the warm-up and at the end, to compare what grew.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { log, parseArgs, sleep } from './shared/cli.js';
import { forkWorker, freePort, stopProcess, waitUntilUp } from './shared/processes.js';
import { percentile } from './shared/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = parseArgs();
const duration = Number(args.duration ?? 300) * 1000;
const users = Number(args.users ?? 200);
const clientCount = Number(args.clients ?? 1000);
const think = Number(args.think ?? 1000);
const writerShare = Number(args.writers ?? 0.1);
const writeInterval = Number(args['write-interval'] ?? 2000);
const procs = Math.max(1, Math.min(Number(args.procs ?? 4), clientCount || 1));
// Under this load the server's memory grows for about two minutes (V8 sizes its old space to the
// allocation rate, ~280 MiB reserved here) and then stays level; the warm-up covers that, so the measured
// part shows whether it stays there. A heap snapshot pair (see above) tells a leak from sizing.
const warmup = Number(args.warmup ?? Math.min(120, duration / 2500)) * 1000;
const PASSWORD = 'samspil-demo';
/** One made-up client address per simulated person, so per-address limits see many people, as in real use. */
const addressOf = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

// Build when there is none (the demo CLI does so too), then a fresh database with the demo organisation.
if (!fs.existsSync(path.join(root, 'build', 'handler.js'))) {
	log('building');
	execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-load-'));
const dbFile = path.join(dataDir, 'samspil.db');
const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'warn', NUDGE_INTERVAL_SECONDS: '0' };
log('seeding the demo organisation');
const demo = execFileSync(process.execPath, [path.join(root, 'src/bin/cli.js'), 'demo'], {
	cwd: root,
	env,
	encoding: 'utf8'
});
const adminEmail = demo.match(/Sign in as (\S+) \//)?.[1];
if (!adminEmail) throw new Error(`unexpected demo output: ${demo}`);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serverNodeOptions = (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
const server = spawn(process.execPath, [...serverNodeOptions, path.join(root, 'src/bin/serve.js')], {
	cwd: root,
	env: {
		...env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ADDRESS_HEADER: 'x-bench-address',
		ORIGIN: base,
		METRICS_TOKEN: 'bench-load-metrics'
	},
	stdio: ['ignore', 'inherit', 'inherit']
});
const rssMiB = () => {
	const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
	return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024);
};
/** The server's CPU time in seconds (utime + stime, in clock ticks of 1/100 s). */
const cpuSeconds = () => {
	const fields = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
};
/** The server's memory in MiB, split as /metrics reports it: RSS, V8 heap reserved and used, outside the heap. */
async function memory() {
	const text = await (
		await fetch(base + '/metrics', {
			headers: { authorization: 'Bearer bench-load-metrics', 'x-bench-address': addressOf(0) }
		})
	).text();
	const read = (name) => Math.round(Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]) / 2 ** 20);
	return {
		rss: read('process_resident_memory_bytes'),
		heapTotal: read('nodejs_heap_size_total_bytes'),
		heapUsed: read('nodejs_heap_size_used_bytes'),
		external: read('nodejs_external_memory_bytes')
	};
}
const stopServer = () => stopProcess(server);
process.on('exit', () => server.exitCode === null && server.kill('SIGKILL'));

async function http(pathname, { address = addressOf(0), cookie = '', form } = {}) {
	return fetch(base + pathname, {
		method: form ? 'POST' : 'GET',
		body: form ? new URLSearchParams(form) : undefined,
		headers: {
			'x-bench-address': address,
			cookie,
			accept: 'text/html',
			origin: base,
			...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
		},
		redirect: 'manual'
	});
}

await waitUntilUp(server, async () => (await http('/healthz')).ok);

// People: every member of the demo organisation, each signed in as several simulated people if needed.
const db = new Database(dbFile, { readonly: true });
const orgId = db
	.prepare('select m.org_id from memberships m join users u on u.id = m.user_id where u.email = ?')
	.pluck()
	.get(adminEmail);
const people = db
	.prepare('select u.email from users u join memberships m on m.user_id = u.id where m.org_id = ? order by u.email')
	.pluck()
	.all(orgId);
const round = db
	.prepare('select id from survey_rounds where org_id = ? and closed_at is not null order by closed_at desc limit 1')
	.pluck()
	.get(orgId);
db.close();

async function signIn(email, address) {
	const res = await http('/signin', { address, form: { email, password: PASSWORD } });
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('samspil_session='));
	if (res.status !== 303 || !cookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
	return cookie.split(';')[0];
}
log(`signing in ${users} people`);
const sessions = new Array(users);
for (let i = 0; i < users; i += 4) {
	await Promise.all(
		Array.from({ length: Math.min(4, users - i) }, (_, k) =>
			signIn(people[(i + k) % people.length], addressOf(i + k)).then((c) => (sessions[i + k] = c))
		)
	);
}

// Organisation-wide boards (everyone may write), about 50 sync clients on each.
const boardCount = Math.max(1, Math.ceil(clientCount / 50));
const adminCookie = await signIn(adminEmail, addressOf(0));
const boards = [];
for (let i = 0; i < boardCount; i++) {
	const res = await http('/boards?/create', { cookie: adminCookie, form: { title: `Load board ${i + 1}` } });
	const id = res.headers.get('location')?.match(/^\/boards\/([^/?]+)/)?.[1];
	if (!id) throw new Error(`could not create a board: ${res.status}`);
	boards.push(id);
}

// Sync clients, spread over processes; each uses one of the people's sessions and addresses.
log(`connecting ${clientCount} sync clients in ${procs} processes`);
const child = () => forkWorker(path.join(here, 'load', 'sync-clients.js'));
const workers = Array.from({ length: clientCount ? procs : 0 }, child);
const specs = Array.from({ length: clientCount }, (_, i) => ({
	index: i,
	room: `board/${boards[i % boardCount]}`,
	cookie: sessions[i % users],
	address: addressOf(i % users),
	writer: i % Math.round(1 / writerShare || Infinity) === 0
}));
const connected = await Promise.all(
	workers.map((w, k) =>
		w.call('connect', { url: `ws://127.0.0.1:${port}/sync`, specs: specs.filter((_, i) => i % procs === k) })
	)
);
const connectedCount = connected.reduce((n, c) => n + c.connected, 0);
log(`${connectedCount} of ${clientCount} sync clients connected`);

// Simulated people: each walks the pages in turn, with a think time between them.
const pagesOf = (i) => [
	'/dashboard',
	'/boards',
	`/boards/${boards[i % boardCount]}`,
	round ? `/surveys/rounds/${round}/results` : '/surveys',
	'/learning',
	'/actions',
	'/bites'
];
let measuring = false;
let stopping = false;
const times = [];
const perPage = new Map();
let requests = 0;
const errors = [];
async function person(i) {
	const pages = pagesOf(i);
	let k = i % pages.length;
	await sleep(Math.random() * think);
	while (!stopping) {
		const page = pages[k++ % pages.length];
		const started = performance.now();
		let status = 0;
		try {
			const res = await http(page, { cookie: sessions[i], address: addressOf(i) });
			status = res.status;
			await res.arrayBuffer();
		} catch (e) {
			status = String(e.cause?.code ?? e.message);
		}
		const ms = performance.now() - started;
		if (measuring) {
			requests++;
			times.push(ms);
			const name = page.replace(/\/[A-Za-z0-9_-]{22}/g, '/[id]');
			(perPage.get(name) ?? perPage.set(name, []).get(name)).push(ms);
			if (status !== 200) errors.push(`${page} → ${status}`);
		}
		await sleep(think * (0.5 + Math.random()));
	}
}
const walkers = Array.from({ length: users }, (_, i) => person(i));
await Promise.all(workers.map((w) => w.call('start', { intervalMs: writeInterval })));
log(`warming up for ${warmup / 1000} s`);
await sleep(warmup);
const snapshots = serverNodeOptions.some((o) => o.startsWith('--heapsnapshot-signal'));
const rssStart = rssMiB();
if (snapshots) server.kill('SIGUSR2');
const cpuStart = cpuSeconds();
measuring = true;
const started = Date.now();
log(`measuring for ${duration / 1000} s`);
// RSS every tenth of the run: a leak climbs steadily, a heap growing to size levels off.
const rssTimeline = [rssStart];
const memoryTimeline = [await memory()];
const sampler = setInterval(async () => {
	rssTimeline.push(rssMiB());
	memoryTimeline.push(await memory());
}, duration / 10);
await sleep(duration);
clearInterval(sampler);
memoryTimeline.push(await memory());
measuring = false;
const seconds = (Date.now() - started) / 1000;
const rssEnd = rssMiB();
if (snapshots) server.kill('SIGUSR2');
const cpuShare = (cpuSeconds() - cpuStart) / seconds;
stopping = true;
await Promise.all(walkers);
// Writers stop; what they sent may still be on its way: count once the deliveries stop growing (at most 30 s).
await Promise.all(workers.map((w) => w.call('stop')));
let sync = await Promise.all(workers.map((w) => w.call('report')));
for (let last = -1, until = Date.now() + 30_000; Date.now() < until;) {
	const now = sync.reduce((n, s) => n + s.delivered, 0);
	if (now === last) break;
	last = now;
	await sleep(2000);
	sync = await Promise.all(workers.map((w) => w.call('report')));
}
await Promise.all(workers.map((w) => w.call('close')));
await stopServer();
fs.rmSync(dataDir, { recursive: true, force: true });

/** The `p`th percentile of an unsorted list. */
const pct = (list, p) =>
	percentile(
		[...list].sort((a, b) => a - b),
		p / 100
	);
const writes = sync.reduce((n, s) => n + s.writes, 0);
const delivered = sync.reduce((n, s) => n + s.delivered, 0);
// Every write should reach every other client of its room.
const roomSize = {};
for (const s of specs) roomSize[s.room] = (roomSize[s.room] ?? 0) + 1;
let expected = 0;
for (const s of sync) for (const [room, n] of Object.entries(s.writesByRoom)) expected += n * (roomSize[room] - 1);
const syncErrors = sync.reduce((n, s) => n + s.errors, 0) + (clientCount - connectedCount);
// Flat: every sample within 10% of the RSS after warm-up (allocation and collection make it breathe).
const spread = Math.max(...rssTimeline, rssEnd) - Math.min(...rssTimeline, rssEnd);
const flat = spread <= rssStart * 0.1;
const report = [
	`bench:load — ${users} people, ${clientCount} sync clients on ${boardCount} boards (${specs.filter((s) => s.writer).length} writing every ${writeInterval} ms), ${Math.round(seconds)} s measured after ${warmup / 1000} s warm-up, think time ${think} ms`,
	`requests         ${requests} (${(requests / seconds).toFixed(1)}/s)`,
	`errors           ${errors.length} HTTP, ${syncErrors} sync`,
	`page time        p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms`,
	...[...perPage].map(
		([name, list]) =>
			`  ${name.padEnd(36)} p50 ${pct(list, 50).toFixed(0).padStart(5)} ms  p95 ${pct(list, 95).toFixed(0).padStart(5)} ms  (${list.length})`
	),
	`server RSS       ${rssStart} MiB after warm-up, ${rssEnd} MiB at the end (every tenth: ${rssTimeline.join(' ')}; ${flat ? 'flat' : 'NOT flat'}: the samples span ${spread} MiB, ${Math.round((spread / rssStart) * 100)}% of the start); CPU ${Math.round(cpuShare * 100)}% of one core while measured; machine load average ${os.loadavg()[0].toFixed(1)}`,
	`  RSS: V8 heap reserved/used (MiB, every tenth): ${memoryTimeline.map((m) => `${m.rss}:${m.heapTotal}/${m.heapUsed}`).join(' ')}`,
	`sync             ${connectedCount}/${clientCount} connected; ${writes} writes, ${delivered} of ${expected} expected deliveries to other clients (warm-up included)`
];
console.log(report.join('\n'));
if (errors.length) console.log('first errors:', errors.slice(0, 10));
for (const s of sync) if (s.problems.length) console.log('sync problems:', s.problems);
process.exit(errors.length || syncErrors ? 1 : 0);
