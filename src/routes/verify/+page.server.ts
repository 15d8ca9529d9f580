// Anyone can paste a credential (VC-JWT) issued here and see whether it is genuine and still valid.
import { fail } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { translate } from '$lib/server/i18n';

export const actions = {
	default: async ({ request, url }) => {
		const form = await request.formData();
		const jwt = String(form.get('credential') ?? '').trim();
		if (!jwt || jwt.length > 50_000) return fail(400, { values: { credential: jwt.slice(0, 200) }, errors: { credential: translate('error_required') } });
		return { verification: await bites.verifyCredentialJwt(jwt, url.origin), values: { credential: jwt } };
	}
};
