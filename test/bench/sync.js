// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// Sync server benchmark: Samspil's sync server against the reference y-websocket server
// (@y/websocket-server, in memory) and Hocuspocus (in memory), under the same load from real providers.
//
//   npm run bench:sync                                   all scenarios, all three servers
//   npm run bench:sync -- --scenario active --duration 10 --servers samspil,reference
//   npm run bench:sync -- --write                        also writes test/bench/RESULTS-sync.md
//
// Scenarios: `active` 25 boards × 20 clients, 1 edit per client per second; `idle` 100 docs × 20 clients,
// 1 edit per client per 20 s; `cold` a 5,000-note board loaded from the database / synced to a newcomer.
// Samspil persists to a temporary SQLite file (BENCH_DATABASE_URL=postgres://… to use PostgreSQL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { buildSyncBundle } from './sync/build.js';
import { freshDatabase } from './sync/database.js';
import { renderReport } from './sync/report.js';
import { log, parseArgs, sleep } from './shared/cli.js';
import { forkWorker } from './shared/processes.js';
import { median, percentile as pct } from './shared/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = parseArgs();
const scenarios = (args.scenario ?? 'active,idle,cold').split(',');
const servers = (args.servers ?? 'samspil,reference,hocuspocus').split(',');
const duration = Number(args.duration ?? 20) * 1000;

const bundle = process.env.BENCH_SKIP_BUILD
	? path.resolve(here, '../../node_modules/.cache/samspil-bench-sync')
	: await buildSyncBundle();

/** A bench process in test/bench/sync/, with the compiled sync server at hand. */
const child = (script, argv = [], env = {}, execArgv = []) =>
	forkWorker(path.join(here, 'sync', script), { argv, env: { SAMSPIL_BUNDLE: bundle, ...env }, execArgv });

async function startServer(name) {
	// `samspil@50`: Samspil with coalesceMs 50, to set several windows against each other in one interleaved run
	const [impl, coalesceMs] = name.split('@');
	const database =
		impl === 'samspil' ? await freshDatabase(bundle, { postgresUrl: process.env.BENCH_DATABASE_URL }) : undefined;
	// BENCH_SERVER_NODE_OPTIONS="--cpu-prof" profiles the servers.
	const env = {
		BENCH_DB_URL: database?.url ?? '',
		BENCH_DB_SCHEMA: database?.schema ?? '',
		...(coalesceMs ? { BENCH_COALESCE_MS: coalesceMs } : {})
	};
	const server = child(
		'server.js',
		[impl],
		env,
		(process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean)
	);
	server.proc.on('exit', () => database?.remove());
	const { port } = await server.first;
	server.url = impl === 'hocuspocus' ? `ws://127.0.0.1:${port}` : `ws://127.0.0.1:${port}/sync`;
	return server;
}

async function runLoad(impl, { rooms, perRoom, intervalMs, procs }) {
	const server = await startServer(impl);
	const idle = await server.stats();
	const names = Array.from({ length: rooms }, (_, i) => `board/bench-${i}`);
	const workers = Array.from({ length: procs }, () => child('clients.js'));
	const t0 = performance.now();
	const connected = await Promise.all(
		workers.map((w, i) =>
			w.call('connect', { impl, url: server.url, perRoom, rooms: names.filter((_, r) => r % procs === i) })
		)
	);
	const connectAll = performance.now() - t0;
	const connectMs = connected.flatMap((c) => c.connectMs).sort((a, b) => a - b);
	log(
		impl,
		`${connected.reduce((n, c) => n + c.connected, 0)} clients connected in ${(connectAll / 1000).toFixed(1)} s`
	);
	await sleep(3000);
	server.proc.send({ cmd: 'reset-loop' });
	const before = await server.stats();
	let rss = before.rss;
	const sampler = setInterval(async () => (rss = Math.max(rss, (await server.stats()).rss)), 1000);
	await Promise.all(workers.map((w) => w.call('start', { intervalMs })));
	await sleep(duration);
	await Promise.all(workers.map((w) => w.call('stop')));
	// Drain: until deliveries stop arriving for a second (at most 30 s), so late is not counted as lost.
	let last = -1;
	for (let waited = 0; waited < 30_000; waited += 1000) {
		await sleep(1000);
		const now = (await Promise.all(workers.map((w) => w.call('count')))).reduce((n, c) => n + c.delivered, 0);
		if (now === last) break;
		last = now;
	}
	clearInterval(sampler);
	const after = await server.stats();
	rss = Math.max(rss, after.rss);
	const reports = await Promise.all(workers.map((w) => w.call('report')));
	if (process.env.BENCH_SERVER_NODE_OPTIONS?.includes('--expose-gc')) {
		server.proc.send({ cmd: 'heap' });
		const heap = await new Promise((r) => server.proc.once('message', (m) => r(m.heap)));
		log(
			impl,
			'after full GC:',
			JSON.stringify(Object.fromEntries(Object.entries(heap).map(([k, v]) => [k, (v / 1048576).toFixed(1)])))
		);
	}
	await Promise.all(workers.map((w) => w.call('close')));
	await server.kill();
	const writes = reports.reduce((n, r) => n + r.writes, 0);
	const delivered = reports.reduce((n, r) => n + r.delivered, 0);
	const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
	const cpu = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1e6;
	log(
		impl,
		`delivered ${delivered}/${writes * (perRoom - 1)}, p99 ${pct(latencies, 0.99)?.toFixed(1)} ms, CPU ${cpu.toFixed(2)} s`
	);
	return {
		clients: connected.reduce((n, c) => n + c.connected, 0),
		connectAll,
		connectP50: pct(connectMs, 0.5),
		connectP95: pct(connectMs, 0.95),
		writes,
		expected: writes * (perRoom - 1),
		delivered,
		p50: pct(latencies, 0.5),
		p95: pct(latencies, 0.95),
		p99: pct(latencies, 0.99),
		max: latencies[latencies.length - 1],
		cpu,
		cpuPerDelivered: (cpu / delivered) * 1e6,
		rss: rss / 1024 / 1024,
		idleRss: idle.rss / 1024 / 1024,
		heapTotal: after.heapTotal / 1024 / 1024,
		external: after.external / 1024 / 1024,
		clientCpu: reports.reduce((n, r) => n + (r.cpu.user + r.cpu.system) / 1e6, 0),
		clientLoopMax: Math.max(...reports.map((r) => r.loopMax)),
		serverLoopP99: after.loopP99,
		broadcastDelayP50: after.broadcastDelay?.p50 ?? NaN,
		broadcastDelayP99: after.broadcastDelay?.p99 ?? NaN,
		serverLoopMax: after.loopMax
	};
}

function provider(impl, url, name, doc) {
	if (impl === 'hocuspocus') {
		let done;
		const synced = new Promise((r) => (done = r));
		const p = new HocuspocusProvider({
			url,
			name,
			document: doc,
			WebSocketPolyfill: WebSocket,
			onSynced: () => done()
		});
		return { synced, destroy: () => p.destroy() };
	}
	const p = new WebsocketProvider(url, name, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
	const synced = new Promise((r) => p.on('sync', (s) => s && r()));
	return { synced, destroy: () => p.destroy() };
}

function seedNotes(doc, count) {
	const notes = doc.getMap('notes');
	for (let start = 0; start < count; start += 100) {
		doc.transact(() => {
			for (let i = start; i < Math.min(count, start + 100); i++) {
				const note = new Y.Map();
				note.set('text', new Y.Text(`Note ${i}: something we should keep doing`));
				note.set('x', (i % 100) * 40);
				note.set('y', Math.floor(i / 100) * 40);
				note.set('colour', ['yellow', 'pink', 'blue'][i % 3]);
				note.set('author', `person-${i % 25}`);
				note.set('votes', i % 7);
				notes.set(`n${i}`, note);
			}
		});
	}
}

async function runCold(impl) {
	const server = await startServer(impl);
	const notes = 5000;
	const doc = new Y.Doc();
	const seeder = provider(impl, server.url, 'board/cold', doc);
	await seeder.synced;
	seedNotes(doc, notes);
	const size = Y.encodeStateAsUpdate(doc).length;
	// A second client seeing every note means the server holds (and, for Samspil, persisted) them.
	const holderDoc = new Y.Doc();
	const holder = provider(impl, server.url, 'board/cold', holderDoc);
	await holder.synced;
	while (holderDoc.getMap('notes').size < notes) await sleep(10);
	seeder.destroy();

	const timeSync = async () => {
		const fresh = new Y.Doc();
		const t = performance.now();
		const p = provider(impl, server.url, 'board/cold', fresh);
		await p.synced;
		const ms = performance.now() - t;
		if (fresh.getMap('notes').size !== notes) throw new Error('incomplete sync');
		p.destroy();
		return ms;
	};
	const warm = [];
	for (let i = 0; i < 5; i++) warm.push(await timeSync());
	holder.destroy();

	const cold = [];
	if (impl === 'samspil') {
		// Everyone gone: the room compacts and unloads; each newcomer then loads it from the database.
		const unloaded = async () => {
			while ((await server.stats()).docsLoaded !== 0) await sleep(50);
		};
		for (let i = 0; i < 5; i++) {
			await unloaded();
			cold.push(await timeSync());
		}
		await unloaded();
	}
	const { loadTimes, buildTimes } = await server.stats();
	await server.kill();
	return {
		notes,
		bytes: size,
		warmSync: median(warm),
		coldSync: cold.length ? median(cold) : NaN,
		// the first load is the seeding client's empty room
		serverLoad: loadTimes.length > 1 ? median(loadTimes.slice(1)) : NaN,
		serverBuild: buildTimes.length > 1 ? median(buildTimes.slice(1)) : NaN
	};
}

/** Per field, the median over repeated runs (runs of the servers interleave, so load drifts hit all alike). */
function medianRun(runs) {
	const out = {};
	for (const key of Object.keys(runs[0])) {
		const values = runs
			.map((r) => r[key])
			.filter((v) => typeof v === 'number' && !Number.isNaN(v))
			.sort((a, b) => a - b);
		const mid = Math.floor(values.length / 2);
		out[key] = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
	}
	// Counts are totals over all runs, so "delivered / expected" is checked for every run.
	for (const key of ['writes', 'expected', 'delivered']) out[key] = runs.reduce((n, r) => n + r[key], 0);
	return out;
}

const repeat = Number(args.repeat ?? 1);
const loadAverages = [os.loadavg()[0]];
const results = {};
/** every run, by scenario and server: the report's per-round ratios pair run i of Samspil with run i of the reference */
const rounds = {};
for (const [scenario, options] of [
	['active', { rooms: 25, perRoom: 20, intervalMs: 1000, procs: 3 }],
	['idle', { rooms: 100, perRoom: 20, intervalMs: 20_000, procs: 4 }]
]) {
	if (!scenarios.includes(scenario)) continue;
	const runs = Object.fromEntries(servers.map((s) => [s, []]));
	for (let i = 0; i < repeat; i++) {
		for (const impl of servers) {
			log(`${scenario}: ${impl} (run ${i + 1}/${repeat}, load average ${os.loadavg()[0].toFixed(1)})`);
			runs[impl].push(await runLoad(impl, options));
			loadAverages.push(os.loadavg()[0]);
		}
	}
	results[scenario] = Object.fromEntries(servers.map((s) => [s, medianRun(runs[s])]));
	rounds[scenario] = runs;
}
if (scenarios.includes('cold')) {
	results.cold = {};
	for (const impl of servers) {
		log(`cold: ${impl}`);
		results.cold[impl] = await runCold(impl);
	}
}

const text = renderReport({ results, rounds, servers, duration, repeat, loadAverages });
console.log(text);
if (args.write) {
	const command = `npm run bench:sync${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`;
	fs.writeFileSync(
		path.join(here, 'RESULTS-sync.md'),
		`# Sync server benchmark\n\n\`${command}\` (${new Date().toISOString().slice(0, 10)})\n\n${text}`
	);
}
process.exit(0);
