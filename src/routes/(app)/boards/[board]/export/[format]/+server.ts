// Markdown and CSV downloads of the whole board.
import { error } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { toCsv, toMarkdown } from '$lib/boards/export';
import { exportLabels } from '../labels';

export const GET = async ({ locals, params }) => {
	const actor = requireActor(locals);
	if (params.format !== 'markdown' && params.format !== 'csv') error(404);
	const snapshot = await guard(() => boards.boardSnapshot(actor, params.board));
	const slug = snapshot.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'board';
	const markdown = params.format === 'markdown';
	return new Response(markdown ? toMarkdown(snapshot, exportLabels()) : toCsv(snapshot, exportLabels()), {
		headers: {
			'content-type': markdown ? 'text/markdown; charset=utf-8' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${slug}.${markdown ? 'md' : 'csv'}"`,
			'cache-control': 'no-store'
		}
	});
};
