// "Discuss these results": the dialogue agenda (lowest dimensions with their statements and questions)
// as Markdown, until the boards module can take it as a board (see dialogue.ts).
import { error } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

export const GET = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const results = await guard(() => surveys.getRoundResults(actor, params.round, url.searchParams.get('scope') ?? surveys.TOTAL));
	const agenda = surveys.dialogueAgenda(results, getLocale(), {
		title: m.surveys_agenda_title,
		wholeRound: m.surveys_whole_round(),
		prompts: [m.surveys_prompt_see, m.surveys_prompt_works, m.surveys_prompt_try]
	});
	if (!agenda) error(409, m.error_surveys_nothing_to_discuss());
	const markdown = surveys.agendaMarkdown(agenda, {
		scope: m.surveys_scope(),
		responses: m.surveys_csv_responses(),
		score: m.surveys_csv_score(),
		favourable: m.surveys_csv_favourable(),
		statements: m.surveys_agenda_statements(),
		questions: m.surveys_agenda_questions()
	});
	return new Response(markdown, {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': 'attachment; filename="dialogue-agenda.md"',
			'cache-control': 'no-store'
		}
	});
};
