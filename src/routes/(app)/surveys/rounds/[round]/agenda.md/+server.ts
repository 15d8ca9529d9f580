// "Discuss these results": the dialogue agenda as Markdown, until the boards module can take it as a board.
import * as surveys from '$lib/server/surveys/index';
import { endpoint } from '$lib/server/http';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) => {
	const markdown = await surveys.agendaFile(actor, params.round, url.searchParams.get('scope'));
	return new Response(markdown, {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': 'attachment; filename="dialogue-agenda.md"',
			'cache-control': 'no-store'
		}
	});
});
