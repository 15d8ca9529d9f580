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
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { buildSyncBundle } from './sync/build.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
	process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]?.startsWith('--') ? 'true' : (all[i + 1] ?? 'true')]] : []))
);
const scenarios = (args.scenario ?? 'active,idle,cold').split(',');
const servers = (args.servers ?? 'samspil,reference,hocuspocus').split(',');
const duration = Number(args.duration ?? 20) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error('·', ...a);

const bundle = process.env.BENCH_SKIP_BUILD ? path.resolve(here, '../../node_modules/.cache/samspil-bench-sync') : await buildSyncBundle();

function child(script, argv = [], env = {}, execArgv = []) {
	const proc = fork(path.join(here, 'sync', script), argv, {
		execArgv,
		env: { ...process.env, SAMSPIL_BUNDLE: bundle, ...env },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	const pending = new Map();
	let next = 0;
	let onFirst;
	const first = new Promise((r) => (onFirst = r));
	proc.on('message', (msg) => {
		if (msg.id !== undefined) pending.get(msg.id)?.(msg.result), pending.delete(msg.id);
		else if (msg.stats) pending.get('stats')?.(msg.stats), pending.delete('stats');
		else onFirst(msg);
	});
	return {
		proc,
		first,
		call: (cmd, a) => new Promise((resolve) => {
			const id = next++;
			pending.set(id, resolve);
			proc.send({ id, cmd, args: a });
		}),
		stats: () => new Promise((resolve) => {
			pending.set('stats', resolve);
			proc.send({ cmd: 'stats' });
		}),
		/** lets the process exit on its own (so --cpu-prof can write), then makes sure */
		kill: async () => {
			proc.disconnect();
			const exited = new Promise((r) => proc.once('exit', r));
			const t = setTimeout(() => proc.kill('SIGKILL'), 3000);
			await exited;
			clearTimeout(t);
		}
	};
}

/** A fresh, migrated database for one Samspil server run: a temporary SQLite file, or a new schema in BENCH_DATABASE_URL. */
async function freshDatabase() {
	const { openDatabase } = await import(path.join(bundle, 'db.js'));
	const { migrateToLatest } = await import(path.join(bundle, 'migrate.js'));
	const pgUrl = process.env.BENCH_DATABASE_URL;
	if (pgUrl) {
		const { default: pg } = await import('pg');
		const schema = `bench_${Date.now().toString(36)}`;
		const admin = async (sql) => {
			const client = new pg.Client({ connectionString: pgUrl });
			await client.connect();
			await client.query(sql);
			await client.end();
		};
		await admin(`create schema ${schema}`);
		const opened = await openDatabase(pgUrl, { schema });
		await migrateToLatest(opened.db);
		await opened.close();
		return { url: pgUrl, schema, remove: () => admin(`drop schema ${schema} cascade`) };
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-'));
	const url = `file:${path.join(dir, 'bench.db')}`;
	const opened = await openDatabase(url);
	await migrateToLatest(opened.db);
	await opened.close();
	return { url, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function startServer(impl) {
	const database = impl === 'samspil' ? await freshDatabase() : undefined;
	// BENCH_SERVER_NODE_OPTIONS="--cpu-prof" profiles the servers.
	const env = { BENCH_DB_URL: database?.url ?? '', BENCH_DB_SCHEMA: database?.schema ?? '' };
	const server = child('server.js', [impl], env, (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean));
	server.proc.on('exit', () => database?.remove());
	const { port } = await server.first;
	server.url = impl === 'hocuspocus' ? `ws://127.0.0.1:${port}` : `ws://127.0.0.1:${port}/sync`;
	return server;
}

const pct = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

async function runLoad(impl, { rooms, perRoom, intervalMs, procs }) {
	const server = await startServer(impl);
	const idle = await server.stats();
	const names = Array.from({ length: rooms }, (_, i) => `board/bench-${i}`);
	const workers = Array.from({ length: procs }, () => child('clients.js'));
	const t0 = performance.now();
	const connected = await Promise.all(
		workers.map((w, i) => w.call('connect', { impl, url: server.url, perRoom, rooms: names.filter((_, r) => r % procs === i) }))
	);
	const connectAll = performance.now() - t0;
	const connectMs = connected.flatMap((c) => c.connectMs).sort((a, b) => a - b);
	log(impl, `${connected.reduce((n, c) => n + c.connected, 0)} clients connected in ${(connectAll / 1000).toFixed(1)} s`);
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
		log(impl, 'after full GC:', JSON.stringify(Object.fromEntries(Object.entries(heap).map(([k, v]) => [k, (v / 1048576).toFixed(1)]))));
	}
	await Promise.all(workers.map((w) => w.call('close')));
	await server.kill();
	const writes = reports.reduce((n, r) => n + r.writes, 0);
	const delivered = reports.reduce((n, r) => n + r.delivered, 0);
	const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
	const cpu = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1e6;
	log(impl, `delivered ${delivered}/${writes * (perRoom - 1)}, p99 ${pct(latencies, 0.99)?.toFixed(1)} ms, CPU ${cpu.toFixed(2)} s`);
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
		const p = new HocuspocusProvider({ url, name, document: doc, WebSocketPolyfill: WebSocket, onSynced: () => done() });
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
	const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
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
		const values = runs.map((r) => r[key]).filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
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
const cores = os.cpus().length;
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
}
if (scenarios.includes('cold')) {
	results.cold = {};
	for (const impl of servers) {
		log(`cold: ${impl}`);
		results.cold[impl] = await runCold(impl);
	}
}

const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const lines = [];
const table = (title, rows, data) => {
	lines.push(`### ${title}`, '', `| | ${servers.join(' | ')} |`, `|---|${servers.map(() => '---:').join('|')}|`);
	for (const [label, get] of rows) lines.push(`| ${label} | ${servers.map((s) => (data[s] ? get(data[s]) : '–')).join(' | ')} |`);
	lines.push('');
};
const loadRows = [
	['clients connected', (r) => String(r.clients)],
	['connect all (s)', (r) => f(r.connectAll / 1000)],
	['connect → synced p50 / p95 (ms)', (r) => `${f(r.connectP50)} / ${f(r.connectP95)}`],
	[repeat > 1 ? 'edits written, all runs' : 'edits written', (r) => String(r.writes)],
	[repeat > 1 ? 'delivered / expected, all runs' : 'delivered / expected', (r) => `${r.delivered} / ${r.expected}`],
	['propagation p50 (ms)', (r) => f(r.p50, 2)],
	['propagation p95 (ms)', (r) => f(r.p95, 2)],
	['propagation p99 (ms)', (r) => f(r.p99, 2)],
	['propagation max (ms)', (r) => f(r.max, 1)],
	['server: arrival → broadcast p50 / p99 (ms, histogram bound)', (r) => `${f(r.broadcastDelayP50, 1)} / ${f(r.broadcastDelayP99, 1)}`],
	['server CPU (s)', (r) => f(r.cpu, 2)],
	['server CPU per delivered update (µs)', (r) => f(r.cpuPerDelivered, 2)],
	['server RSS peak (MiB)', (r) => f(r.rss, 0)],
	['server RSS before clients → growth (MiB)', (r) => `${f(r.idleRss, 0)} → +${f(r.rss - r.idleRss, 0)}`],
	['server V8 heap / external at end (MiB)', (r) => `${f(r.heapTotal, 0)} / ${f(r.external, 0)}`],
	['client processes CPU, whole run (s)', (r) => f(r.clientCpu, 1)],
	['server event-loop delay p99 / max (ms)', (r) => `${f(r.serverLoopP99)} / ${f(r.serverLoopMax)}`],
	['client event-loop delay max (ms)', (r) => f(r.clientLoopMax)]
];
if (results.active) table(`Active: 25 boards × 20 clients, 1 edit/client/s, ${duration / 1000} s`, loadRows, results.active);
if (results.idle) table(`Mostly idle: 100 docs × 20 clients, 1 edit/client/20 s, ${duration / 1000} s`, loadRows, results.idle);
if (results.cold) {
	table('A 5,000-note board', [
		['encoded size (KiB)', (r) => f(r.bytes / 1024, 0)],
		['newcomer sync, doc in memory (ms, median of 5)', (r) => f(r.warmSync)],
		['cold load from the database, server side (ms, median)', (r) => f(r.serverLoad)],
		['then building the Y.Doc, deferred until needed (ms, median)', (r) => f(r.serverBuild)],
		['newcomer sync, cold from the database (ms, median of 5)', (r) => f(r.coldSync)]
	], results.cold);
}

const checks = [];
const a = results.active;
if (a?.samspil) {
	checks.push(['active: nothing lost', a.samspil.delivered === a.samspil.expected]);
	checks.push(['active: p99 ≤ 10 ms', a.samspil.p99 <= 10]);
	if (a.reference) {
		checks.push([`active: CPU/delivered ≤ 1.0× reference (${f(a.samspil.cpuPerDelivered / a.reference.cpuPerDelivered, 2)}×)`, a.samspil.cpuPerDelivered <= a.reference.cpuPerDelivered]);
		checks.push([`active: RSS ≤ 1.2× reference (${f(a.samspil.rss / a.reference.rss, 2)}×)`, a.samspil.rss <= 1.2 * a.reference.rss]);
	}
}
const i = results.idle?.samspil;
if (i) {
	checks.push(['idle: nothing lost', i.delivered === i.expected]);
	checks.push(['idle: RSS ≤ 400 MiB', i.rss <= 400]);
	checks.push(['idle: p99 ≤ 50 ms', i.p99 <= 50]);
}
const c = results.cold?.samspil;
if (c) checks.push(['cold: 5,000-note load ≤ 50 ms (server side)', c.serverLoad <= 50]);
if (checks.length) {
	lines.push('### Targets', '');
	for (const [what, ok] of checks) lines.push(`- ${ok ? 'met' : 'MISSED'}: ${what}`);
	lines.push('');
}
const header = [
	`Node ${process.version}, ${cores} CPU cores (${os.cpus()[0]?.model ?? 'unknown'}), loopback only;`,
	`servers and clients in separate processes on the same machine. Samspil persists to ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite (temporary file)'}; the others keep documents in memory.`,
	`${repeat > 1 ? `Load scenarios: median of ${repeat} interleaved runs per server, ${duration / 1000} s each. ` : ''}` +
		`1-minute load average during the run: ${Math.min(...loadAverages).toFixed(1)}–${Math.max(...loadAverages).toFixed(1)} (${cores} cores).`,
	''
];
const notes = [
	'### How to read this',
	'',
	'- Each client is a real provider (`y-websocket`\'s `WebsocketProvider`; `@hocuspocus/provider` for Hocuspocus) with',
	'  its own WebSocket; a board\'s clients share one client process, so a writer and its readers read one clock.',
	'- *Propagation*: from the writer\'s `map.set` to the moment another client in the room observes it. It includes both',
	'  client processes\' event loops, so it measures the machine as much as the server.',
	'- *Server CPU per delivered update*: user + system CPU of the server process over the measured window (plus 2 s',
	'  drain) divided by the updates other clients received. Samspil also writes every update to SQLite before sending it.',
	'- *Cold load*: reading a document nobody has open. Samspil serves a newcomer the stored bytes and builds the Y.Doc',
	'  only when a write or a diff needs it (a timer builds it ~20 ms after a writer connects); the newcomer\'s own',
	'  sync time is mostly its client integrating ~0.9 MB of Yjs.',
	''
];
const text = [...header, ...lines, ...notes].join('\n');
console.log(text);
if (args.write) {
	const command = `npm run bench:sync${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`;
	fs.writeFileSync(path.join(here, 'RESULTS-sync.md'), `# Sync server benchmark\n\n\`${command}\` (${new Date().toISOString().slice(0, 10)})\n\n${text}`);
}
process.exit(0);
