// The cmi5 endpoints' HTTP side (bites/cmi5.ts): an AU plays in a sandboxed frame whose origin is opaque ("null")
// and that holds no cookies, so every answer allows any origin (CORS) and the preflight names the headers xAPI
// clients send; authority is the auth token in the Authorization header alone. Refusals are xAPI's: a status and
// a short text.
import { XapiRefusal, XAPI_VERSION } from '../bites/cmi5';
import { log } from '../log';

export const CMI5_CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, PUT, POST, OPTIONS',
	'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
	'access-control-expose-headers': 'X-Experience-API-Version, ETag, Last-Modified',
	'access-control-max-age': '600'
};

const HEADERS = { ...CMI5_CORS, 'x-experience-api-version': XAPI_VERSION, 'cache-control': 'no-store' };

/** The preflight of a cross-origin xAPI request. */
export const cmi5Preflight = () => new Response(null, { status: 204, headers: CMI5_CORS });

/** A cmi5 endpoint: its result as JSON (undefined: 204), a refusal as its status and text. */
export function cmi5Endpoint<E>(fn: (event: E) => Promise<unknown>) {
	return async (event: E): Promise<Response> => {
		try {
			const result = await fn(event);
			if (result instanceof Response) {
				for (const [k, v] of Object.entries(HEADERS)) result.headers.set(k, v);
				return result;
			}
			return result === undefined
				? new Response(null, { status: 204, headers: HEADERS })
				: Response.json(result, { headers: HEADERS });
		} catch (e) {
			if (e instanceof XapiRefusal)
				return new Response(e.message, {
					status: e.status,
					headers: { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' }
				});
			log.error('cmi5 request failed', { error: String(e) });
			return new Response('Server error', { status: 500, headers: HEADERS });
		}
	};
}

/** A JSON request body, or a 400. */
export async function jsonBody(request: Request): Promise<unknown> {
	const text = await request.text();
	if (text.length > 256 * 1024) throw new XapiRefusal(413, 'Too large');
	try {
		return JSON.parse(text);
	} catch {
		throw new XapiRefusal(400, 'The body is not JSON');
	}
}
