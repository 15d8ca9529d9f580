import { boardSummaryWithActions } from '$lib/server/actions/index';
import { page } from '$lib/server/http';

export const load = page((actor, { params }) => boardSummaryWithActions(actor, params.board));
