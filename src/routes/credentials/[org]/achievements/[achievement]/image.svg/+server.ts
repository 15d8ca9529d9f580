// The badge image (SVG) of an achievement: `achievement.image` of every credential issued from it. Served with a
// CSP that forbids scripts and styles from elsewhere, so even a crafted title could not run anything.
import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';

export const GET = async ({ params }) => {
	const svg = await bites.badgeSvg(params.org, params.achievement);
	if (!svg) error(404);
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
			'x-content-type-options': 'nosniff',
			'cache-control': 'public, max-age=300',
			'access-control-allow-origin': '*'
		}
	});
};
