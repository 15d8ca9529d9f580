// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// Scale-out benchmark: two Samspil sync servers (the production sync code, compiled like the build) on one
// PostgreSQL database and one Redis, real y-websocket providers split across both. Measures how long an
// edit takes to reach a client on the *other* instance (client → instance A → commit → Redis → instance B
// → client), and checks that every client ends with every writer's last edit.
//
//   npm run bench:cluster                                   500 clients on 25 boards, 20 s
//   npm run bench:cluster -- --clients 200 --boards 10 --duration 10 --interval 1000 --workers 2
//
// BENCH_DATABASE_URL (default the local postgres://postgres@127.0.0.1:5432/test) gets a fresh schema;
// REDIS_URL uses that Redis (with a unique prefix), else the benchmark starts a redis-server of its own.
// Targets (issue 9): p99 cross-instance latency ≤ 25 ms, nothing lost.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { buildSyncBundle } from './sync/build.js';
import { freshDatabase } from './sync/database.js';
import { log, parseArgs, sleep } from './shared/cli.js';
import { forkWorker, freePort } from './shared/processes.js';
import { percentile as pct } from './shared/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = parseArgs();
const totalClients = Number(args.clients ?? 500);
const boards = Number(args.boards ?? 25);
const perRoom = Math.round(totalClients / boards);
const duration = Number(args.duration ?? 20) * 1000;
const intervalMs = Number(args.interval ?? 1000);
const workers = Number(args.workers ?? 2);

const bundle = await buildSyncBundle();
/** A bench process in test/bench/sync/, with the compiled sync server at hand. */
const child = (script, argv = [], env = {}) =>
	forkWorker(path.join(here, 'sync', script), { argv, env: { SAMSPIL_BUNDLE: bundle, ...env } });

async function redis() {
	if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: () => undefined };
	const port = await freePort();
	const proc = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: 'ignore' }
	);
	await sleep(300);
	return { url: `redis://127.0.0.1:${port}`, stop: () => proc.kill('SIGKILL') };
}

const db = await freshDatabase(bundle, {
	postgresUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
});
const bus = await redis();
const env = {
	BENCH_DB_URL: db.url,
	BENCH_DB_SCHEMA: db.schema,
	REDIS_URL: bus.url,
	REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}:`,
	LOG_LEVEL: 'warn'
};
const servers = [child('server.js', ['samspil'], env), child('server.js', ['samspil'], env)];
const urls = [];
for (const s of servers) urls.push(`ws://127.0.0.1:${(await s.first).port}/sync`);
log(
	`2 instances, ${boards} boards × ${perRoom} clients (alternating instances), ${workers} client processes, 1 edit per client per ${intervalMs} ms, ${duration / 1000} s`
);

const rooms = Array.from({ length: boards }, (_, i) => `board/cluster-${i}`);
const clientProcs = Array.from({ length: workers }, () => child('clients.js'));
const share = (i) => rooms.filter((_, r) => r % workers === i);
const connected = await Promise.all(
	clientProcs.map((c, i) => c.call('connect', { impl: 'samspil', urls, rooms: share(i), perRoom }))
);
log(`connected ${connected.reduce((n, c) => n + c.connected, 0)} of ${boards * perRoom}`);

const cpuBefore = await Promise.all(servers.map((s) => s.stats()));
await Promise.all(clientProcs.map((c) => c.call('start', { intervalMs })));
await sleep(duration);
await Promise.all(clientProcs.map((c) => c.call('stop')));

// Settle: everything written must arrive everywhere.
let missing = Infinity;
const settleUntil = Date.now() + 10_000;
while (Date.now() < settleUntil) {
	missing = (await Promise.all(clientProcs.map((c) => c.call('missing')))).reduce((n, r) => n + r.missing, 0);
	if (missing === 0) break;
	await sleep(200);
}
const reports = await Promise.all(clientProcs.map((c) => c.call('report')));
const cpuAfter = await Promise.all(servers.map((s) => s.stats()));

const cross = reports.flatMap((r) => r.crossLatencies).sort((x, y) => x - y);
const all = reports.flatMap((r) => r.latencies).sort((x, y) => x - y);
const writes = reports.reduce((n, r) => n + r.writes, 0);
const cpu = cpuAfter.map(
	(after, i) =>
		((after.cpu.user + after.cpu.system - cpuBefore[i].cpu.user - cpuBefore[i].cpu.system) / 1000 / duration) * 100
);
const result = {
	clients: boards * perRoom,
	boards,
	writes,
	deliveries: all.length,
	crossDeliveries: cross.length,
	crossMs: { p50: pct(cross, 0.5), p95: pct(cross, 0.95), p99: pct(cross, 0.99), max: cross.at(-1) },
	allMs: { p50: pct(all, 0.5), p99: pct(all, 0.99) },
	missingAfterSettle: missing,
	serverCpuPercent: cpu.map((c) => Math.round(c)),
	clientLoopP99Ms: reports.map((r) => Math.round(r.loopP99 * 10) / 10)
};
console.log(JSON.stringify(result, null, 2));
const ok = result.crossMs.p99 <= 25 && missing === 0;
console.log(
	`target p99 cross-instance ≤ 25 ms: ${result.crossMs.p99.toFixed(1)} ms ${result.crossMs.p99 <= 25 ? 'met' : 'NOT met'}; nothing lost: ${missing === 0 ? 'yes' : `NO (${missing} missing)`}`
);

for (const c of clientProcs) c.call('close');
for (const s of servers) s.proc.kill('SIGTERM');
await sleep(500);
bus.stop();
await db.remove().catch(() => undefined);
process.exit(ok ? 0 : 1);
