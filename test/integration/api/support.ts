// Calling the read API as its routes do (the SvelteKit route hands `apiRequest` the request, its params and the
// client's address), and two demo organisations with their people by the role they play.
import { apiRequest } from '../../../src/lib/server/api/index';
import { seedDemoOrganisation } from '../../../src/lib/server/demo/index';
import { findUserByEmail } from '../../../src/lib/server/auth/accounts';
import { loadActor } from '../../../src/lib/server/auth/index';
import { listUserOrganisations } from '../../../src/lib/server/orgs/index';
import type { Actor } from '../../../src/lib/server/actor';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

let n = 0;

/** GET `path` (e.g. `/teams/{team}` with params) with `token`; the answer's status and JSON. */
export async function apiGet(
	token: string | null,
	pattern: string,
	params: Record<string, string> = {},
	query = ''
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON as the client reads it; tests check its shape
): Promise<{ status: number; body: any }> {
	const path = pattern.replace(/\{(\w+)\}/g, (_, k: string) => params[k]);
	const url = new URL(`http://samspil.test/api/v1${path}${query}`);
	const res = await apiRequest(
		{
			request: new Request(url, { headers: token === null ? {} : { authorization: `Bearer ${token}` } }),
			url,
			params,
			getClientAddress: () => `10.9.${++n % 250}.${Math.floor(n / 250) % 250}`
		},
		pattern
	);
	return { status: res.status, body: await res.json() };
}

export interface DemoOrg {
	orgId: string;
	admin: Actor;
	manager: Actor;
	member: Actor;
}

/** A demo organisation: its admin, Mette (manager of the first team) and Jonas (a member of it). */
export async function demoOrg(): Promise<DemoOrg> {
	const demo = await seedDemoOrganisation();
	const user = (await findUserByEmail(demo.email))!;
	const [org] = await listUserOrganisations(user.id);
	const domain = demo.email.split('@')[1];
	const actor = async (email: string) => (await loadActor((await findUserByEmail(email))!.id, org.id))!;
	return {
		orgId: org.id,
		admin: await actor(demo.email),
		manager: await actor(`mette.kjaergaard@${domain}`),
		member: await actor(`jonas.vestergaard@${domain}`)
	};
}

export interface Received {
	headers: http.IncomingHttpHeaders;
	body: string;
}

/** A receiver on a free local port that answers `status` and keeps what it got. */
export async function receiver(status = 204) {
	const received: Received[] = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			received.push({ headers: req.headers, body });
			res.writeHead(status).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/samspil`,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
