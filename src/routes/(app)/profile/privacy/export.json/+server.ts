// The person's own data as a JSON download (a GET form on /profile/privacy leads here).
import * as privacy from '$lib/server/privacy/index';
import { endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor) => {
	const data = await privacy.exportMyData(actor);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="samspil-my-data-${data.exportedAt.slice(0, 10)}.json"`,
			'cache-control': 'no-store'
		}
	});
});
