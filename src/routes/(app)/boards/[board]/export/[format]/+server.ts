// Markdown and CSV downloads of the whole board.
import * as boards from '$lib/server/boards/index';
import { download, endpoint } from '$lib/server/http';
import { exportLabels } from '../labels';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params }: RequestEvent) => {
	const file = await boards.exportFile(actor, params.board, params.format, exportLabels());
	return download(file.body, file.name, { type: file.type });
});
