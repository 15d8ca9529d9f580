// Real y-websocket clients on the cluster's board documents, each with a person's session: opening them,
// typing into them, and waiting until every one holds every key any of them has.
import { expect } from 'vitest';
import { connect, waitFor, type Client } from '../../integration/sync/support/harness';
import type { Person } from '../../integration/boards/support';

/** Clients on `board/<id>` documents; every one opened is destroyed by `destroyAll`. */
export function boardClients() {
	const clients: Client[] = [];
	return {
		open(url: string, board: string, person: Person): Client {
			const client = connect(url, `board/${board}`, { headers: { cookie: person.cookie } });
			clients.push(client);
			return client;
		},
		destroyAll() {
			for (const c of clients) c.destroy();
		}
	};
}

/** Keys any of `clients` has: each one "saw" it. */
const union = (cs: Client[]) => new Set(cs.flatMap((c) => [...c.map.keys()]));

export async function expectConverged(cs: Client[], timeoutMs = 15_000) {
	const all = union(cs);
	expect(all.size).toBeGreaterThan(0);
	await waitFor(
		() => cs.every((c) => c.map.size === all.size && [...all].every((k) => c.map.has(k))),
		timeoutMs,
		'every client to hold every key'
	);
	return all;
}

/** Each writer adds keys of its own every `ms` until stopped. */
export function typeAway(writers: Client[], prefix: string, ms = 5) {
	let n = 0;
	const timer = setInterval(() => {
		writers.forEach((w, i) => w.map.set(`${prefix}-${i}-${n}`, n));
		n++;
	}, ms);
	return () => clearInterval(timer);
}
