// The read API's OpenAPI 3.1 description (public: it describes, it serves no data).
import * as api from '$lib/server/api/index';

export const GET = ({ url }: { url: URL }) =>
	new Response(JSON.stringify(api.openApiDocument(url.origin), null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
