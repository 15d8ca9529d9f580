import * as surveys from '$lib/server/surveys/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { getLocale } from '$lib/paraglide/runtime.js';
import { SURVEY_LOCALES } from '$lib/surveys/texts';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const survey = await surveys.getSurvey(actor, params.survey);
		const asked = url.searchParams.get('lang');
		const lang = SURVEY_LOCALES.includes(asked as never) ? (asked as string) : getLocale();
		return { survey, lang };
	});
};
