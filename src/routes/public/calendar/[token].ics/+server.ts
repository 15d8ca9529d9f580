// A person's private calendar feed for Outlook, Google and Apple Calendar: no session, the random token
// in the URL is the key. Unknown or revoked → 404.
import { calendarForFeedToken } from '$lib/server/learning/index';
import { publicEndpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicEndpoint(
	async ({ params }) =>
		new Response(await calendarForFeedToken(params.token), {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'cache-control': 'private, max-age=300',
				'x-robots-tag': 'noindex'
			}
		})
);
