// The person's own data as a JSON download (a GET form on /profile/privacy leads here).
import { exportMyData } from '$lib/server/privacy/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const GET = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const data = await guard(() => exportMyData(actor));
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="samspil-my-data-${data.exportedAt.slice(0, 10)}.json"`,
			'cache-control': 'no-store'
		}
	});
};
