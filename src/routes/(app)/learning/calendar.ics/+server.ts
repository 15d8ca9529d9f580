// A one-off .ics download: one pair's sessions (?pair=<id>) or all of one's own.
import { downloadCalendar } from '$lib/server/learning/index';
import { download, endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor, { url }) => {
	const pair = url.searchParams.get('pair') || undefined;
	return download(await downloadCalendar(actor, pair), `${pair ? 'samspil-session' : 'samspil-sessions'}.ics`);
});
