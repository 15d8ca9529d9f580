// CSV of what the results page shows this person: the same rules, the same hidden groups.
import * as surveys from '$lib/server/surveys/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

export const GET = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const results = await guard(() => surveys.getRoundResults(actor, params.round, url.searchParams.get('scope') ?? surveys.TOTAL));
	const csv = surveys.resultsCsv(results, getLocale(), {
		headers: [
			m.surveys_csv_group(),
			m.surveys_csv_responses(),
			m.surveys_csv_response_rate(),
			m.surveys_csv_level(),
			m.surveys_dimension(),
			m.surveys_csv_question(),
			m.surveys_csv_answers(),
			m.surveys_csv_score(),
			m.surveys_csv_favourable(),
			m.surveys_csv_neutral(),
			m.surveys_csv_unfavourable(),
			m.surveys_dont_know(),
			...Array.from({ length: 11 }, (_, i) => m.surveys_csv_count({ value: String(i + 1) }))
		],
		wholeRound: m.surveys_whole_round(),
		hidden: m.surveys_hidden_group({ min: results.minimum }),
		dimension: m.surveys_csv_level_dimension(),
		question: m.surveys_csv_level_question(),
		dontKnow: m.surveys_dont_know()
	});
	const name = results.round.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'results';
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${encodeURIComponent(name)}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
