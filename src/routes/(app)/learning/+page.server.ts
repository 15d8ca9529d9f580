import { fail, redirect } from '@sveltejs/kit';
import * as learning from '$lib/server/learning/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => learning.learningHome(actor));

export const actions = {
	create: action(learning.ProgrammeDraft, async (actor, draft) => {
		const started = await learning.startProgramme(actor, draft);
		if (!started.ok) return fail(400, started.failure);
		redirect(303, `/learning/programmes/${started.programme.id}`);
	})
};
