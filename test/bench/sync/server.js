// One sync server under test, in its own process: `node server.js samspil|reference|hocuspocus`.
// Reports its port over IPC and answers { cmd: 'stats' } with CPU time, RSS and document load times.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();

const impl = process.argv[2];
const loadTimes = [];
let metrics = () => '';
let port;

if (impl === 'samspil') {
	const bundle = process.env.SAMSPIL_BUNDLE;
	const load = (name) => import(pathToFileURL(path.join(bundle, `${name}.js`)).href);
	const [{ createSyncServer }, { openDatabase }, { migrateToLatest }] = await Promise.all([load('sync'), load('db'), load('migrate')]);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-'));
	const opened = await openDatabase(process.env.BENCH_DATABASE_URL || `file:${path.join(dir, 'bench.db')}`);
	await migrateToLatest(opened.db);
	const sync = createSyncServer({
		db: opened.db,
		authorize: async () => ({ permission: 'write' }),
		limits: { maxConnectionsPerIp: 100_000, maxConnectionsPerDoc: 100_000 },
		logger: {
			info() {},
			warn: (msg, fields) => console.error(msg, JSON.stringify(fields)),
			error: (msg, fields) => console.error(msg, JSON.stringify(fields)),
			debug: (msg, fields) => msg === 'sync document loaded' && loadTimes.push(fields.ms)
		}
	});
	metrics = () => sync.metrics();
	const server = http.createServer();
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	port = server.address().port;
	process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
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
	if (msg.cmd === 'stats') {
		const m = metrics();
		const loaded = /^samspil_sync_docs_loaded (\d+)/m.exec(m);
		process.send({ stats: { cpu: process.cpuUsage(), rss: process.memoryUsage().rss, loadTimes, docsLoaded: loaded ? Number(loaded[1]) : null, loopP99: loop.percentile(99) / 1e6, loopMax: loop.max / 1e6 } });
	}
});
process.on('disconnect', () => process.exit(0));
process.send({ port });
