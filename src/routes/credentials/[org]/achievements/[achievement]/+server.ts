// The Achievement (what a micro-credential certifies) that issued credentials point at; `?version=` names the
// module versions a credential certified, so a later edit of a module never changes what it points at.
import { error, json } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';

export const GET = async ({ params, url }) => {
	const achievement = await bites.publicAchievement(
		params.org,
		params.achievement,
		url.origin,
		url.searchParams.get('version') ?? undefined
	);
	if (!achievement) error(404);
	return json(achievement, { headers: { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' } });
};
