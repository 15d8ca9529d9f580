// An external learner downloads their credential (learner cookie of this collection).
import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { guard } from '$lib/server/respond';

export const GET = async ({ params, cookies, url }) => {
	const learner = await guard(() => bites.external.learner(params.collection, cookies.get(bites.LEARNER_COOKIE)));
	if (!learner) error(404);
	const { jwt, credential } = await guard(() => bites.downloadHeld(learner.orgId, learner.id, params.credential));
	const json = url.searchParams.get('format') === 'json';
	return new Response(json ? JSON.stringify(credential, null, 2) : jwt, {
		headers: {
			'content-type': json ? 'application/vc+ld+json' : 'application/vc+jwt',
			'content-disposition': `attachment; filename="credential-${params.credential}.${json ? 'json' : 'jwt'}"`,
			'cache-control': 'private, no-store'
		}
	});
};
