// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// One sync server under test, in its own process: `node server.js samspil|reference|hocuspocus|relay`.
// Reports its port over IPC and answers { cmd: 'stats' } with CPU time, RSS and document load times.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();

const impl = process.argv[2];
const loadTimes = [];
const buildTimes = [];
let metrics = () => '';
let port;

if (impl === 'samspil') {
	// The database was created and migrated by the benchmark (migrating is the app's start-up, not the sync server's).
	const bundle = process.env.SAMSPIL_BUNDLE;
	const load = (name) => import(pathToFileURL(path.join(bundle, `${name}.js`)).href);
	const [{ createSyncServer }, { openDatabase }] = await Promise.all([load('sync'), load('db')]);
	const opened = await openDatabase(process.env.BENCH_DB_URL, { schema: process.env.BENCH_DB_SCHEMA || undefined });
	// bench:cluster runs two of these with REDIS_URL: the fan-out the app uses in production.
	let fanout;
	if (process.env.REDIS_URL) {
		const [{ redisFanout }, { connectRedis }] = await Promise.all([load('fanout'), load('redis')]);
		fanout = redisFanout(connectRedis(process.env.REDIS_URL, process.env.REDIS_PREFIX));
	}
	const sync = createSyncServer({
		db: opened.db,
		fanout,
		authorize: async () => ({ permission: 'write' }),
		// BENCH_COMPACT_EVERY: log length after which a room compacts (the app's default, 500, otherwise)
		...(process.env.BENCH_COMPACT_EVERY ? { compactEvery: Number(process.env.BENCH_COMPACT_EVERY) } : {}),
		// BENCH_COALESCE_MS: how long a busy room holds updates after a send (the server's default otherwise)
		...(process.env.BENCH_COALESCE_MS ? { coalesceMs: Number(process.env.BENCH_COALESCE_MS) } : {}),
		// Every client comes from one address and names nobody, so the per-address and per-person caps go too.
		limits: {
			maxConnectionsPerIp: 100_000,
			maxConnectionsPerDoc: 100_000,
			maxGuestConnectionsPerDoc: 100_000,
			maxConnectionsPerPerson: 100_000,
			maxConnectionsPerPersonPerDoc: 100_000,
			maxPendingUpgradesPerIp: 100_000
		},
		logger: {
			info() {},
			warn: (msg, fields) => console.error(msg, JSON.stringify(fields)),
			error: (msg, fields) => console.error(msg, JSON.stringify(fields)),
			debug: (msg, fields) => {
				if (msg === 'sync document loaded') loadTimes.push(fields.ms);
				if (msg === 'sync document built') buildTimes.push(fields.ms);
			}
		}
	});
	metrics = () => sync.metrics();
	const server = http.createServer();
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	port = server.address().port;
} else if (impl === 'reference') {
	const { setupWSConnection } = await import('@y/websocket-server/utils');
	const wss = new WebSocketServer({ noServer: true });
	const server = http.createServer();
	server.on('upgrade', (req, socket, head) =>
		wss.handleUpgrade(req, socket, head, (ws) =>
			setupWSConnection(ws, req, { docName: req.url.slice('/sync/'.length).split('?')[0] })
		)
	);
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	port = server.address().port;
} else if (impl === 'relay') {
	// The floor, not a server anyone could run: it keeps no document, stores and checks nothing, and only passes
	// each client's update and presence messages on to the other clients of its room, one ws.send per
	// recipient (the reference also sends each update back to its author). A server that writes every update
	// to every recipient separately cannot spend much less than this.
	const rooms = new Map();
	const emptySyncStep2 = Uint8Array.of(0, 1, 2, 0, 0); // sync, step 2, an update of 2 bytes: no structs, no deletes
	const wss = new WebSocketServer({ noServer: true });
	const server = http.createServer();
	server.on('upgrade', (req, socket, head) =>
		wss.handleUpgrade(req, socket, head, (ws) => {
			const name = req.url.slice('/sync/'.length).split('?')[0];
			const peers = rooms.get(name) ?? rooms.set(name, new Set()).get(name);
			peers.add(ws);
			ws.on('close', () => peers.delete(ws));
			ws.on('message', (data) => {
				if (data[0] === 0 && data[1] === 0) return ws.send(emptySyncStep2); // sync step 1: it holds nothing
				if (data[0] === 3) return; // query awareness
				for (const peer of peers) if (peer !== ws) peer.send(data);
			});
		})
	);
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	port = server.address().port;
} else if (impl === 'hocuspocus') {
	const { Server } = await import('@hocuspocus/server');
	const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
	await server.listen();
	port = server.address.port;
} else {
	throw new Error(`unknown server ${impl}`);
}

process.on('message', (msg) => {
	if (msg.cmd === 'reset-loop') loop.reset();
	if (msg.cmd === 'heap' && global.gc) {
		global.gc();
		process.send({ heap: process.memoryUsage() });
	}
	if (msg.cmd === 'stats') {
		const m = metrics();
		const loaded = /^samspil_sync_docs_loaded (\d+)/m.exec(m);
		const memory = process.memoryUsage();
		// Samspil's own histogram: from an update arriving to its broadcast (upper bucket bounds, in ms).
		const buckets = [...m.matchAll(/^samspil_sync_broadcast_delay_seconds_bucket\{le="([^"]+)"\} (\d+)$/gm)].map(
			(x) => [x[1] === '+Inf' ? Infinity : Number(x[1]), Number(x[2])]
		);
		const total = buckets.find(([le]) => le === Infinity)?.[1] ?? 0;
		const quantile = (q) => (total ? buckets.find(([, n]) => n >= q * total)?.[0] * 1000 : NaN);
		const broadcastDelay = { p50: quantile(0.5), p99: quantile(0.99) };
		process.send({
			stats: {
				cpu: process.cpuUsage(),
				rss: memory.rss,
				buildTimes,
				broadcastDelay,
				heapTotal: memory.heapTotal,
				external: memory.external,
				loadTimes,
				docsLoaded: loaded ? Number(loaded[1]) : null,
				loopP99: loop.percentile(99) / 1e6,
				loopMax: loop.max / 1e6
			}
		});
	}
});
process.on('disconnect', () => process.exit(0));
process.send({ port });
