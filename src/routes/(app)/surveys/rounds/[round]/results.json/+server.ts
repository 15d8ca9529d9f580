// The results as JSON for other tools: exactly what the page shows this person (hidden groups carry no numbers).
import { json } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const GET = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const results = await guard(() => surveys.getRoundResults(actor, params.round, url.searchParams.get('scope') ?? surveys.TOTAL));
	return json(results, { headers: { 'cache-control': 'no-store' } });
};
