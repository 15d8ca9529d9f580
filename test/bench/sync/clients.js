// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// A share of the benchmark's clients, in their own process: real providers (y-websocket's, or
// Hocuspocus' own for Hocuspocus), each writing one small map entry every interval and timing how long
// the other clients in its room take to see it. A room's clients share a process, so writer and
// readers read one clock (performance.now()).
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();

// Every provider adds a process 'exit' listener.
process.setMaxListeners(0);

const clients = [];
let latencies = [];
/** bench:cluster: deliveries from a writer on another instance than the reader */
let crossLatencies = [];
let delivered = 0;
let writes = 0;
let timers = [];

function open(impl, url, room, index, instance = 0) {
	const doc = new Y.Doc();
	const map = doc.getMap('bench');
	const lastSeen = new Map();
	const client = { doc, map, room, index, instance, seq: 0, synced: false, connectMs: 0, provider: null };
	const started = performance.now();
	const onSynced = () => {
		if (client.synced) return;
		client.synced = true;
		client.connectMs = performance.now() - started;
	};
	if (impl === 'hocuspocus') {
		client.provider = new HocuspocusProvider({
			url,
			name: room,
			document: doc,
			WebSocketPolyfill: WebSocket,
			onSynced
		});
	} else {
		client.provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
		client.provider.on('sync', (s) => s && onSynced());
	}
	map.observe((event) => {
		if (event.transaction.local) return;
		const now = performance.now();
		for (const key of event.keysChanged) {
			const value = map.get(key);
			if (!value) continue;
			const last = lastSeen.get(key) ?? -1;
			if (value.s > last) {
				// Yjs delivers causally: seeing write n of a writer implies writes before n arrived too.
				delivered += value.s - last;
				lastSeen.set(key, value.s);
				latencies.push(now - value.t);
				if (value.u !== undefined && value.u !== client.instance) crossLatencies.push(now - value.t);
			}
		}
	});
	return client;
}

function write(client) {
	client.map.set(`c${client.index}`, { s: client.seq++, t: performance.now(), u: client.instance });
	writes++;
}

const handlers = {
	async connect({ impl, url, urls, rooms, perRoom, batch = 50 }) {
		for (const room of rooms) {
			for (let i = 0; i < perRoom; i++) {
				// bench:cluster: a room's clients alternate between the instances
				clients.push(urls ? open(impl, urls[i % urls.length], room, i, i % urls.length) : open(impl, url, room, i));
				if (clients.length % batch === 0) await new Promise((r) => setTimeout(r, 20));
			}
		}
		const deadline = Date.now() + 120_000;
		while (clients.some((c) => !c.synced) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
		// People show up at different moments: spread the awareness renewals (every 15 s per client) over
		// time, rather than letting a simultaneous connect make them all fire in the same second.
		for (const c of clients) {
			timers.push(
				setTimeout(
					() => c.provider.awareness.setLocalStateField('user', { name: `c${c.index}` }),
					Math.random() * 15_000
				)
			);
		}
		return { connected: clients.filter((c) => c.synced).length, connectMs: clients.map((c) => c.connectMs) };
	},
	start({ intervalMs }) {
		latencies.length = 0;
		crossLatencies.length = 0;
		delivered = 0;
		writes = 0;
		loop.reset();
		for (const client of clients) {
			client.seq = 0;
			timers.push(
				setTimeout(() => {
					write(client);
					timers.push(setInterval(() => write(client), intervalMs));
				}, Math.random() * intervalMs)
			);
		}
		return {};
	},
	stop() {
		for (const t of timers) {
			clearTimeout(t);
			clearInterval(t);
		}
		timers = [];
		return { writes };
	},
	count() {
		return { delivered };
	},
	/** After the writes stopped: how many (client, writer) pairs in a room do not hold the writer's last write. */
	missing() {
		let missing = 0;
		for (const reader of clients) {
			for (const writer of clients) {
				if (writer.room !== reader.room || writer.seq === 0) continue;
				if (reader.map.get(`c${writer.index}`)?.s !== writer.seq - 1) missing++;
			}
		}
		return { missing };
	},
	report() {
		return {
			writes,
			delivered,
			latencies,
			crossLatencies,
			cpu: process.cpuUsage(),
			loopP99: loop.percentile(99) / 1e6,
			loopMax: loop.max / 1e6
		};
	},
	close() {
		for (const c of clients) c.provider.destroy();
		setTimeout(() => process.exit(0), 100);
		return {};
	}
};

process.on('message', async ({ id, cmd, args }) => {
	const result = await handlers[cmd](args ?? {});
	process.send({ id, result });
});
process.on('disconnect', () => process.exit(0));
