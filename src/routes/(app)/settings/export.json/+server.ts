// The organisation's records as a JSON download for its admin (a GET form on /settings leads here); survey
// rounds appear as links to their results, which apply the anonymity rules.
import { exportOrganisation } from '$lib/server/privacy/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const GET = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const data = await guard(() => exportOrganisation(actor, new Date(), url.origin));
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="samspil-organisation-${data.exportedAt.slice(0, 10)}.json"`,
			'cache-control': 'no-store'
		}
	});
};
