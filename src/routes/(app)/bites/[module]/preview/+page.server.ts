// The author's preview: the module as a learner sees it, in a phone-sized frame, stepping by links and a
// GET form, so nothing is recorded.
import * as bites from '$lib/server/bites/index';
import { page } from '$lib/server/http';

export const load = page((actor, { params, url }) =>
	bites.previewPage(actor, params.module, Number(url.searchParams.get('card') ?? 0), url.searchParams.getAll('choice'))
);
