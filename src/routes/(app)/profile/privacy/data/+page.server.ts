import { exportMyData } from '$lib/server/privacy/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const load = async ({ locals, url, setHeaders }) => {
	const actor = requireActor(locals, url);
	setHeaders({ 'cache-control': 'no-store' });
	const data = await guard(() => exportMyData(actor));
	return { data };
};
