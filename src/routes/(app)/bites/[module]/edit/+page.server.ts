import { error, fail, isHttpError, redirect } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { listMembers, listTeams } from '$lib/server/orgs/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { translate } from '$lib/server/i18n';
import { can } from '$lib/server/policy';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		const { module, cards } = await bites.getModuleForAuthoring(actor, params.module);
		const teams = await listTeams(actor);
		return {
			module,
			cards,
			assignments: await bites.listAssignmentsOfModule(actor, module.id),
			teams: teams.filter((t) => can(actor, 'bites.assign', { orgId: actor.orgId, teamId: t.id })).map((t) => ({ id: t.id, name: t.name })),
			people: can(actor, 'bites.assign', { orgId: actor.orgId }) ? (await listMembers(actor)).map((p) => ({ id: p.id, name: p.name })) : [],
			maxUploadMb: Math.round(bites.maxUploadBytes() / 1024 / 1024)
		};
	});
};

function field(form: FormData, name: string) {
	const v = form.get(name);
	if (typeof v !== 'string' || !v) error(400);
	return v;
}

export const actions = {
	details: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, bites.ModuleInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.updateModule(actor, params.module, input.value);
			return { saved: 'details' };
		});
	},
	publish: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, async () => {
			await bites.setPublished(actor, params.module, form.get('published') === '1');
			return { saved: 'publish' };
		});
	},
	text: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, bites.TextCardInput);
		if (!input.ok) return fail(400, { ...input.failure, card: 'text' });
		return act(form, async () => {
			await bites.addTextCard(actor, params.module, input.value);
			return { saved: 'card' };
		});
	},
	editText: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, bites.TextCardInput);
		if (!input.ok) return fail(400, { ...input.failure, card: field(form, 'cardId') });
		return act(form, async () => {
			await bites.updateTextCard(actor, params.module, field(form, 'cardId'), input.value);
			return { saved: 'card' };
		});
	},
	media: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		let form: FormData;
		try {
			form = await request.formData();
		} catch (e) {
			// Over the server's body limit: refused before we could read it.
			if (isHttpError(e) && e.status === 413) return fail(413, { values: {}, errors: { file: translate('error_bites_upload_too_big') }, card: 'media' });
			throw e;
		}
		const input = parseForm(form, bites.MediaCardInput);
		if (!input.ok) return fail(400, { ...input.failure, card: 'media' });
		const file = form.get('file');
		const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
		const result = await act(form, async () => {
			await bites.addMediaCard(actor, params.module, { ...input.value, file: bytes });
			return { saved: 'card' };
		});
		return result && 'status' in result ? fail(result.status, { ...result.data, card: 'media' }) : result;
	},
	quiz: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		// "Add an answer" / "Remove the last answer" without JavaScript: the form comes back with one row more or less.
		const intent = form.get('intent');
		if (intent === 'add-answer' || intent === 'remove-answer') {
			const rows = bites.answerRows(form.get('rows'), intent === 'add-answer' ? 1 : -1);
			const values = Object.fromEntries([...form].filter(([k, v]) => typeof v === 'string' && k !== 'intent')) as Record<string, string>;
			return { card: 'quiz', values: { ...values, rows: String(rows) } };
		}
		const input = parseForm(form, bites.QuizCardInput);
		if (!input.ok) return fail(400, { ...input.failure, card: 'quiz' });
		return act(form, async () => {
			await bites.addQuizCard(actor, params.module, input.value);
			return { saved: 'card' };
		});
	},
	move: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, () => bites.moveCard(actor, params.module, field(form, 'cardId'), form.get('direction') === 'up' ? 'up' : 'down'));
	},
	deleteCard: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, () => bites.deleteCard(actor, params.module, field(form, 'cardId')));
	},
	assign: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, bites.AssignInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.assignModule(actor, params.module, input.value);
			return { saved: 'assign' };
		});
	},
	unassign: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, () => bites.removeAssignment(actor, params.module, field(form, 'assignmentId')));
	},
	remove: async ({ locals, params }) => {
		const actor = requireActor(locals);
		return act(null, async () => {
			await bites.deleteModule(actor, params.module);
			redirect(303, '/bites/author');
		});
	}
};
