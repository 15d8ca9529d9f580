// "Discuss these results": the dialogue agenda as Markdown, until the boards module can take it as a board.
import * as surveys from '$lib/server/surveys/index';
import { download, endpoint } from '$lib/server/http';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) => {
	const markdown = await surveys.agendaFile(actor, params.round, url.searchParams.get('scope'));
	return download(markdown, 'dialogue-agenda.md');
});
