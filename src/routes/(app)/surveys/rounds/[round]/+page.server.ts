import { fail } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { translate } from '$lib/server/i18n';
import { DomainError, Invalid } from '$lib/server/errors';

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const { access, answered } = await surveys.answerContext(actor, params.round);
		const questions = access.answersFor.length && !answered ? await surveys.roundQuestions(actor, params.round) : [];
		return {
			round: access.round,
			answered,
			teams: access.round.teams.filter((t) => access.answersFor.includes(t.id)),
			canView: access.views.length > 0,
			questions
		};
	});
};

export const actions = {
	default: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const questions = await guard(() => surveys.roundQuestions(actor, params.round));
		const parsed = surveys.parseAnswers(questions, form);
		if (!parsed.ok) return fail(400, { ...parsed.failure, errors: { ...parsed.failure.errors, _form: translate('error_surveys_form_incomplete') } });
		// Everything typed goes back to the form on any refusal (closed round, already answered, …).
		try {
			await surveys.submitResponse(actor, params.round, parsed.value);
		} catch (e) {
			if (e instanceof Invalid) {
				const field = e.field && e.field !== '_form' ? e.field : '_form';
				return fail(400, { values: surveys.answerEcho(form), errors: { [field]: translate(e.key), ...(field !== '_form' ? { _form: translate('error_surveys_form_incomplete') } : {}) } });
			}
			if (e instanceof DomainError) return act(form, () => Promise.reject(e));
			throw e;
		}
		return { submitted: true };
	}
};
