import { fail, redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { currentLocale } from '$lib/actions/locale';
import { z } from 'zod';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { factor, effort, driver } = plans.schemas.Filters.parse(Object.fromEntries(url.searchParams));
	const filters = { factor, effort, driver };
	const locale = currentLocale();
	return guard(async () => {
		const access = await plans.planAccess(actor, params.team);
		const decisions = await plans.pendingBoardDecisions(actor, params.team);
		const matches = await plans.recommendForDecisions(actor, decisions.map((d) => d.title), locale, filters);
		return {
			...access,
			filters,
			recommendations: await plans.recommendForTeam(actor, params.team, locale, filters),
			decisions: decisions.map((d, i) => ({ ...d, fits: matches[i]?.actions[0]?.title ?? null }))
		};
	});
};

const AddForm = z.object({ catalogueId: z.string().min(1).max(80) });
const BoardForm = z.object({ boardId: z.string().min(1).max(64), noteId: z.string().min(1).max(64), title: z.string().trim().min(1).max(200) });

export const actions = {
	add: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		await guard(() => plans.planAccess(actor, params.team));
		const form = await request.formData();
		const input = parseForm(form, AddForm);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const id = await plans.addFromCatalogue(actor, { teamId: params.team, catalogueId: input.value.catalogueId }, currentLocale());
			redirect(303, `/actions/items/${id}?added=1`);
		});
	},
	fromBoard: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		await guard(() => plans.planAccess(actor, params.team));
		const form = await request.formData();
		const input = parseForm(form, BoardForm);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const { id } = await plans.createActionFromBoard(actor, { teamId: params.team, ...input.value }, currentLocale());
			redirect(303, `/actions/items/${id}?added=1`);
		});
	}
};
