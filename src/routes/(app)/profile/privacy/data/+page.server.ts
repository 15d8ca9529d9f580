import * as privacy from '$lib/server/privacy/index';
import { page } from '$lib/server/http';

export const load = page(async (actor, { setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { data: await privacy.exportMyData(actor) };
});
