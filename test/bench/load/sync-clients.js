// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// A share of bench:load's sync clients, in their own process: stock y-websocket providers signed in with
// a person's session cookie (and a client address, so the per-address limit sees many people), each with
// presence in awareness; writers add one small entry to the board's doc every interval. Counts what
// arrives from others (deliveries) and every connection that failed or dropped (errors).
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';

process.setMaxListeners(0);
const clients = [];
let delivered = 0;
let writes = 0;
const writesByRoom = {};
let errors = 0;
const problems = [];
let timers = [];

function socketClass(cookie, address) {
	return class extends WebSocket {
		constructor(url, protocols) {
			super(url, protocols, { headers: { cookie, 'x-bench-address': address } });
		}
	};
}

function open({ url, room, cookie, address, index, writer }) {
	const doc = new Y.Doc();
	const map = doc.getMap('bench-load');
	const client = { doc, map, index, room, writer, synced: false, seq: 0 };
	client.provider = new WebsocketProvider(url, room, doc, {
		WebSocketPolyfill: socketClass(cookie, address),
		disableBc: true,
		maxBackoffTime: 5000
	});
	client.provider.on('sync', (s) => s && (client.synced = true));
	client.provider.on('connection-close', (event) => {
		if (closing) return;
		errors++;
		if (problems.length < 10)
			problems.push(`client ${index} on ${room}: closed ${event?.code ?? ''} ${event?.reason ?? ''}`);
	});
	client.provider.on('connection-error', () => {
		if (closing) return;
		errors++;
		if (problems.length < 10) problems.push(`client ${index} on ${room}: connection error`);
	});
	// Two writes of one writer may arrive merged into one change: count by the writer's sequence number.
	const lastSeen = new Map();
	map.observe((event) => {
		if (event.transaction.local) return;
		for (const key of event.keysChanged) {
			const seq = map.get(key);
			const last = lastSeen.get(key) ?? -1;
			if (typeof seq === 'number' && seq > last) {
				delivered += seq - last;
				lastSeen.set(key, seq);
			}
		}
	});
	return client;
}

let closing = false;
const handlers = {
	async connect({ url, specs }) {
		for (const spec of specs) {
			clients.push(open({ url, ...spec }));
			if (clients.length % 25 === 0) await new Promise((r) => setTimeout(r, 50));
		}
		const deadline = Date.now() + 180_000;
		while (clients.some((c) => !c.synced) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		for (const c of clients) c.provider.awareness.setLocalStateField('user', { name: `Load ${c.index}`, focus: null });
		return { connected: clients.filter((c) => c.synced).length };
	},
	start({ intervalMs }) {
		delivered = 0;
		for (const c of clients.filter((c) => c.writer)) {
			timers.push(
				setTimeout(() => {
					const write = () => {
						c.map.set(`c${c.index}`, c.seq++);
						writes++;
						writesByRoom[c.room] = (writesByRoom[c.room] ?? 0) + 1;
					};
					write();
					timers.push(setInterval(write, intervalMs));
				}, Math.random() * intervalMs)
			);
		}
		// Presence moves now and then, as people look around the board.
		timers.push(
			setInterval(() => {
				const c = clients[Math.floor(Math.random() * clients.length)];
				c?.provider.awareness.setLocalStateField('user', {
					name: `Load ${c.index}`,
					focus: `n${Math.floor(Math.random() * 50)}`
				});
			}, 200)
		);
		return {};
	},
	stop() {
		for (const t of timers) {
			clearTimeout(t);
			clearInterval(t);
		}
		timers = [];
		return {};
	},
	report() {
		return {
			writes,
			writesByRoom,
			delivered,
			errors,
			problems,
			connected: clients.filter((c) => c.provider.wsconnected).length
		};
	},
	close() {
		closing = true;
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
