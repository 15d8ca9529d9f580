// A one-off .ics download: one pair's sessions (?pair=<id>) or all of one's own.
import { downloadCalendar } from '$lib/server/learning/index';
import { endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor, { url }) => {
	const pair = url.searchParams.get('pair') || undefined;
	return new Response(await downloadCalendar(actor, pair), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${pair ? 'samspil-session' : 'samspil-sessions'}.ics"`,
			'cache-control': 'private, no-store'
		}
	});
});
