// The person's own data as a JSON download (a GET form on /profile/privacy leads here).
import * as privacy from '$lib/server/privacy/index';
import { download, endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor) => {
	const data = await privacy.exportMyData(actor);
	return download(JSON.stringify(data, null, 2), `samspil-my-data-${data.exportedAt.slice(0, 10)}.json`);
});
