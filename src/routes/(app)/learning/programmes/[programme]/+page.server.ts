import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { listMembers, getTeam } from '$lib/server/orgs/index';
import {
	acceptSuggestion,
	AcceptInput,
	addChecklistItem,
	addExclusion,
	addParticipant,
	ChecklistItemInput,
	createPair,
	deleteProgramme,
	endPair,
	ExclusionInput,
	generateRotation,
	getProgramme,
	JoinInput,
	joinProgramme,
	listChecklist,
	listExclusions,
	listPairs,
	listParticipants,
	PairInput,
	ParticipantInput,
	ProgrammeUpdate,
	removeChecklistItem,
	removeExclusion,
	removeParticipant,
	rolesFor,
	suggestForProgramme,
	updateProgramme,
	viewerOf
} from '$lib/server/learning/index';
import { parseForm } from '$lib/server/forms';
import { confirmStep } from '$lib/server/confirm';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { authorize, can } from '$lib/server/policy';

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const programme = await getProgramme(actor, params.programme);
		const team = await getTeam(actor, programme.team_id);
		const canManage = can(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
		const [participants, pairs, exclusions, checklist, members] = await Promise.all([
			listParticipants(actor, programme.id),
			listPairs(actor, programme.id),
			listExclusions(actor, programme.id),
			listChecklist(actor, programme.id),
			canManage ? listMembers(actor) : Promise.resolve([])
		]);
		return {
			viewer: await viewerOf(actor),
			me: actor.userId,
			programme,
			team: { id: team.id, name: team.name },
			roles: rolesFor(programme.kind),
			canManage,
			participants,
			myRole: participants.find((p) => p.userId === actor.userId)?.role ?? null,
			pairs: pairs.map((p) => ({ id: p.id, guideName: p.guide_name, learnerName: p.learner_name, round: p.round, firstDate: p.first_date, source: p.source })),
			exclusions,
			checklist,
			members: members.map((p) => ({ id: p.id, name: p.name }))
		};
	});
};

async function withForm<S extends z.ZodType>(request: Request, schema: S, run: (value: z.output<S>, form: FormData) => Promise<unknown>) {
	const form = await request.formData();
	const input = parseForm(form, schema);
	if (!input.ok) return fail(400, input.failure);
	return act(form, async () => run(input.value, form));
}

const Id = (name: string) => z.object({ [name]: z.string().min(1).max(40) });

export const actions = {
	update: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ProgrammeUpdate, async (value) => {
			await updateProgramme(actor, params.programme, value);
			return { saved: 'programme' };
		});
	},
	remove: async ({ locals, params }) => {
		const actor = requireActor(locals);
		return act(null, async () => {
			await deleteProgramme(actor, params.programme);
			redirect(303, '/learning');
		});
	},
	join: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, JoinInput, async (value) => {
			await joinProgramme(actor, params.programme, value.role);
			return { saved: 'joined' };
		});
	},
	leave: async ({ locals, params }) => {
		const actor = requireActor(locals);
		return act(null, async () => {
			await removeParticipant(actor, params.programme, actor.userId);
			return { saved: 'left' };
		});
	},
	add: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ParticipantInput, async (value) => {
			await addParticipant(actor, params.programme, value);
			return { saved: 'participant' };
		});
	},
	drop: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, Id('userId'), async (value) => {
			await removeParticipant(actor, params.programme, value.userId as string);
			return { saved: 'participant' };
		});
	},
	pair: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, PairInput, async (value) => {
			await createPair(actor, params.programme, value);
			return { saved: 'pair' };
		});
	},
	suggest: async ({ locals, params }) => {
		const actor = requireActor(locals);
		return act(null, async () => ({ suggestion: await suggestForProgramme(actor, params.programme) }));
	},
	accept: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, AcceptInput, async (value) => {
			const chosen = value.pairs.map((p) => {
				const [guideId, learnerId] = p.split(':');
				return { guideId, learnerId };
			});
			await acceptSuggestion(actor, params.programme, chosen);
			return { saved: 'accepted', count: chosen.length };
		});
	},
	rotate: async ({ locals, params }) => {
		const actor = requireActor(locals);
		return act(null, async () => ({ saved: 'rotation', rotation: await generateRotation(actor, params.programme) }));
	},
	end: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, Id('pairId'));
		if (!input.ok) return fail(400, input.failure);
		// Only someone who may end the pair is asked to confirm; the others are refused as before.
		const programme = await guard(() => getProgramme(actor, params.programme));
		await guard(async () => authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id }));
		const step = confirmStep(form, `end:${input.value.pairId}`);
		if (step) return step;
		return act(form, async () => {
			const value = input.value;
			const pairs = await listPairs(actor, programme.id);
			if (!pairs.some((p) => p.id === value.pairId)) error(404);
			await endPair(actor, value.pairId as string);
			return { saved: 'ended' };
		});
	},
	exclude: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ExclusionInput, async (value) => {
			await addExclusion(actor, params.programme, value);
			return { saved: 'exclusion' };
		});
	},
	unexclude: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, Id('exclusionId'), async (value) => {
			await removeExclusion(actor, params.programme, value.exclusionId as string);
			return { saved: 'exclusion' };
		});
	},
	item: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ChecklistItemInput, async (value) => {
			await addChecklistItem(actor, params.programme, value);
			return { saved: 'item' };
		});
	},
	unitem: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, Id('itemId'), async (value) => {
			await removeChecklistItem(actor, params.programme, value.itemId as string);
			return { saved: 'item' };
		});
	}
};
