// The read API's one door, as the SCIM endpoint is for SCIM: bearer token → actor and scopes, rate limits, the
// resource's module call, JSON out; every failure as `{ "error": { "status", "message" } }`. Routes under /api/v1
// call `apiRequest` with their resource's path; nothing else answers there.
import { log } from '../log';
import { DomainError, RateLimited } from '../errors';
import { countAttempt, throttle } from '../throttle';
import { config } from '../config';
import { apiClient, type ApiClient } from './tokens';
import { resourceAt } from './resources';
import { BadQuery } from './pagination';

/** an integration's nightly sync fits; a runaway loop does not */
const REQUESTS_PER_MINUTE = 600;
/** wrong tokens per address per 10 minutes before that address is refused */
const WRONG_TOKENS = 20;
const scaled = (max: number) => Math.max(1, Math.round(max * config.rateLimitScale));

class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});
}

const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
	respond(
		status,
		{ error: { status, message } },
		status === 401 ? { 'www-authenticate': 'Bearer', ...headers } : headers
	);

async function authenticate(request: Request, address: string): Promise<ApiClient> {
	const authorization = request.headers.get('authorization');
	if (!/^Bearer\s/i.test(authorization ?? '')) throw new ApiError(401, 'A valid bearer token is required');
	// counted before the token is checked, taken back when it was right (as sign-in and SCIM do)
	const attempt = await countAttempt([{ key: `api:wrong:${address}`, max: scaled(WRONG_TOKENS) }], 600);
	const client = await apiClient(authorization);
	if (!client) {
		log.info('api: wrong token', { ip: address });
		throw new ApiError(401, 'A valid bearer token is required');
	}
	await attempt.release();
	await throttle(`api:token:${client.tokenId}`, scaled(REQUESTS_PER_MINUTE), 60);
	return client;
}

export interface ApiRequest {
	request: Request;
	url: URL;
	params: Record<string, string>;
	getClientAddress(): string;
}

/** Answers one GET under /api/v1 for the resource at `path` (its pattern, e.g. `/teams/{team}`). */
export async function apiRequest(event: ApiRequest, path: string): Promise<Response> {
	const resource = resourceAt(path);
	try {
		const client = await authenticate(event.request, event.getClientAddress());
		if (!client.scopes.includes(resource.scope))
			throw new ApiError(403, `This token lacks the ${resource.scope} scope`);
		if (resource.personal && client.kind !== 'personal')
			throw new ApiError(403, 'Only a personal token has learning of its own');
		for (const value of Object.values(event.params)) if (value.length > 40) throw new ApiError(404, 'Not found');
		return respond(200, await resource.read(client.actor, event.params, event.url.searchParams));
	} catch (e) {
		if (e instanceof ApiError) return problem(e.status, e.message);
		if (e instanceof BadQuery) return problem(400, e.message);
		if (e instanceof RateLimited)
			return problem(429, 'Too many requests', { 'retry-after': String(Math.max(1, e.retryAfterSeconds)) });
		if (e instanceof DomainError && (e.status === 403 || e.status === 404))
			return problem(e.status, e.status === 403 ? 'Forbidden' : 'Not found');
		log.error('api request failed', { path, error: String(e) });
		return problem(500, 'Internal error');
	}
}
