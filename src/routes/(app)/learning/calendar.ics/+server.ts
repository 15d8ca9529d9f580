// A one-off .ics download: one pair's sessions (?pair=<id>) or all of one's own.
import { downloadCalendar } from '$lib/server/learning/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const GET = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const pair = url.searchParams.get('pair') || undefined;
	const text = await guard(() => downloadCalendar(actor, pair));
	return new Response(text, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${pair ? 'samspil-session' : 'samspil-sessions'}.ics"`,
			'cache-control': 'private, no-store'
		}
	});
};
