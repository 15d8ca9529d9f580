import * as people from '$lib/server/people/index';
import { action, page, NoInput } from '$lib/server/http';

export const load = page((actor, { params }) => people.importPreview(actor, params.import));

export const actions = {
	/** Applies the stored preview in one transaction; the page then shows what was done. */
	apply: action(
		NoInput,
		async (actor, _input, { params, url }) => ({ applied: await people.applyImport(actor, params.import, url.origin) }),
		{ access: (actor, { params }) => people.importAccess(actor, params.import) }
	)
};
