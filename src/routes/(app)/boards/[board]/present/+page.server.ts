import * as boards from '$lib/server/boards/index';
import { page } from '$lib/server/http';

// The projector view: for the board's facilitators, who put it on the wall.
export const load = page((actor, { params, url, isDataRequest, depends }) => {
	depends('boards:present'); // rerun when a session opens or closes (the view hears that live)
	return boards.presentPage(actor, params.board, { origin: url.origin, full: !isDataRequest });
});
