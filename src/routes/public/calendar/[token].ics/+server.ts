// A person's private calendar feed for Outlook, Google and Apple Calendar: no session, the random token
// in the URL is the key. Unknown or revoked → 404.
import { error } from '@sveltejs/kit';
import { calendarForFeedToken } from '$lib/server/learning/index';
import { NotFound } from '$lib/server/errors';

export const GET = async ({ params }) => {
	let text: string;
	try {
		text = await calendarForFeedToken(params.token);
	} catch (e) {
		if (e instanceof NotFound) error(404, 'Not found');
		throw e;
	}
	return new Response(text, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'private, max-age=300',
			'x-robots-tag': 'noindex'
		}
	});
};
