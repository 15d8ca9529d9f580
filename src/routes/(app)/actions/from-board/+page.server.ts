// The boards module's hand-over: /actions/from-board?board=<id>&note=<id>&title=<decision>&team=<id>
// shows the decision, the catalogue actions that fit it, and creates the action linked to the board.
import { fail, redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { currentLocale } from '$lib/actions/locale';
import { todayIn } from '$lib/actions/labels';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const q = url.searchParams;
	const decision = { board: q.get('board') ?? '', note: q.get('note') ?? '', title: (q.get('title') ?? '').slice(0, 200), team: q.get('team') ?? '' };
	const { factor, effort, driver } = plans.schemas.Filters.parse(Object.fromEntries(q));
	const filters = { factor, effort, driver };
	return guard(async () => ({
		decision,
		filters,
		teams: (await plans.listPlans(actor, todayIn())).filter((p) => p.canEdit).map((p) => ({ id: p.id, name: p.name })),
		suggestions: decision.title ? ((await plans.recommendForDecisions(actor, [decision.title], currentLocale(), filters))[0]?.actions ?? []) : []
	}));
};

export const actions = {
	default: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, plans.schemas.FromBoard);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const { id } = await plans.createActionFromBoard(actor, input.value, currentLocale());
			redirect(303, `/actions/items/${id}?added=1`);
		});
	}
};
