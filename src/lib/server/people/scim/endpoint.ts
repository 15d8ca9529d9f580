// The SCIM endpoint's one door: bearer token → organisation, rate limits, JSON in and out as
// application/scim+json, and every failure in SCIM's error schema (RFC 7644 §3.12). Routes under /scim/v2 call
// `scimRequest` with the resource and id from their path; nothing else of the app answers there.
import { log } from '../../log';
import { RateLimited } from '../../errors';
import { countAttempt, throttle } from '../../throttle';
import { config } from '../../config';
import { scimClient, type ScimClient } from './tokens';
import { CONTENT_TYPE, ScimError, errorBody } from './protocol';
import { createScimUser, deactivateScimUser, getUser, listUsers, patchScimUser, replaceScimUser } from './users';
import { createGroup, getGroup, listGroups, patchGroup, replaceGroup, unlinkGroup } from './groups';
import { discovery } from './discovery';

/** an identity provider's full sync of a few thousand people fits; a runaway loop does not */
const REQUESTS_PER_MINUTE = 1200;
/** wrong tokens per address per 10 minutes before that address is refused */
const WRONG_TOKENS = 20;
const MAX_BODY = 256 * 1024;
const scaled = (max: number) => Math.max(1, Math.round(max * config.rateLimitScale));

export type ScimResource = 'Users' | 'Groups' | 'ServiceProviderConfig' | 'ResourceTypes' | 'Schemas';

function respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
	return new Response(body === undefined ? null : JSON.stringify(body), {
		status,
		headers: { 'content-type': CONTENT_TYPE, 'cache-control': 'no-store', ...headers }
	});
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
	const text = await request.text();
	if (text.length > MAX_BODY) throw new ScimError(413, 'The request body is too large');
	try {
		const body = JSON.parse(text);
		if (body && typeof body === 'object' && !Array.isArray(body)) return body;
	} catch {
		// answered below
	}
	throw new ScimError(400, 'The body must be a JSON object', 'invalidSyntax');
}

async function authenticate(request: Request, address: string): Promise<ScimClient> {
	const authorization = request.headers.get('authorization');
	// no bearer token at all guesses nothing: 401 without counting (browsers and crawlers that wander here)
	if (!/^Bearer\s/i.test(authorization ?? '')) throw new ScimError(401, 'A valid bearer token is required');
	// counted before the token is checked, taken back when it was right (as sign-in does)
	const attempt = await countAttempt([{ key: `scim:wrong:${address}`, max: scaled(WRONG_TOKENS) }], 600);
	const client = await scimClient(authorization);
	if (!client) {
		log.info('scim: wrong token', { ip: address });
		throw new ScimError(401, 'A valid bearer token is required');
	}
	await attempt.release();
	await throttle(`scim:org:${client.orgId}`, scaled(REQUESTS_PER_MINUTE), 60);
	return client;
}

async function dispatch(client: ScimClient, request: Request, url: URL, resource: ScimResource, id: string | null) {
	const base = `${url.origin}/scim/v2`;
	const method = request.method;
	if (resource === 'ServiceProviderConfig' || resource === 'ResourceTypes' || resource === 'Schemas') {
		if (method !== 'GET') throw new ScimError(405, 'Method not allowed');
		return respond(200, discovery[resource](base));
	}
	const users = resource === 'Users';
	if (!id) {
		if (method === 'GET')
			return respond(
				200,
				users ? await listUsers(client, url.searchParams, base) : await listGroups(client, url.searchParams, base)
			);
		if (method === 'POST') {
			const body = await readBody(request);
			const created = users ? await createScimUser(client, body, base) : await createGroup(client, body, base);
			return respond(201, created, { location: created.meta.location });
		}
		throw new ScimError(405, 'Method not allowed');
	}
	if (method === 'GET')
		return respond(200, users ? await getUser(client, id, base) : await getGroup(client, id, base, url.searchParams));
	if (method === 'PUT') {
		const body = await readBody(request);
		return respond(
			200,
			users ? await replaceScimUser(client, id, body, base) : await replaceGroup(client, id, body, base)
		);
	}
	if (method === 'PATCH') {
		const body = await readBody(request);
		return respond(200, users ? await patchScimUser(client, id, body, base) : await patchGroup(client, id, body, base));
	}
	if (method === 'DELETE') {
		await (users ? deactivateScimUser(client, id) : unlinkGroup(client, id));
		return respond(204);
	}
	throw new ScimError(405, 'Method not allowed');
}

/** Answers one SCIM request. `address`: the client's address, for the rate limits. */
export async function scimRequest(
	request: Request,
	url: URL,
	address: string,
	resource: ScimResource,
	id: string | null = null
): Promise<Response> {
	try {
		// ids are ours (22 characters); anything longer names nothing
		if (id !== null && id.length > 40) throw new ScimError(404, 'Not found');
		const client = await authenticate(request, address);
		return await dispatch(client, request, url, resource, id);
	} catch (e) {
		if (e instanceof ScimError) return respond(e.status, errorBody(e.status, e.detail, e.scimType));
		if (e instanceof RateLimited)
			return respond(429, errorBody(429, 'Too many requests'), {
				'retry-after': String(Math.max(1, e.retryAfterSeconds))
			});
		log.error('scim request failed', { resource, method: request.method, error: String(e) });
		return respond(500, errorBody(500, 'Internal error'));
	}
}
