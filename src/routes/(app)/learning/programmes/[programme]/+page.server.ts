import { redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import * as learning from '$lib/server/learning/index';
import type { Actor } from '$lib/server/actor';
import { action, IdInput, NoInput, page } from '$lib/server/http';

export const load = page((actor, { params }) => learning.programmePage(actor, params.programme));

/** Managing the programme (its team's managers, admins) is asked before the form is read. */
const managing = {
	access: (actor: Actor, { params }: { params: Record<string, string> }) =>
		learning.programmeManager(actor, params.programme)
};

/** A change to this programme; the page says `saved` next to the form. */
const onProgramme = <S extends z.ZodType>(
	schema: S,
	saved: string,
	change: (actor: Actor, programmeId: string, input: z.output<S>) => Promise<unknown>,
	options: Partial<typeof managing> = managing
) =>
	action(
		schema,
		async (actor, input, { params }) => {
			await change(actor, params.programme, input);
			return { saved };
		},
		options
	);

export const actions = {
	update: onProgramme(learning.ProgrammeUpdate, 'programme', learning.updateProgramme),
	remove: action(async (actor, _input, { params }) => {
		await learning.deleteProgramme(actor, params.programme ?? '');
		redirect(303, '/learning');
	}),
	// Anyone may join or leave: mentors often come from another team.
	join: onProgramme(
		learning.JoinInput,
		'joined',
		(actor, id, input) => learning.joinProgramme(actor, id, input.role),
		{}
	),
	leave: onProgramme(NoInput, 'left', (actor, id) => learning.removeParticipant(actor, id, actor.userId), {}),
	add: onProgramme(learning.ParticipantInput, 'participant', learning.addParticipant),
	drop: onProgramme(IdInput('userId'), 'participant', (actor, id, input) =>
		learning.removeParticipant(actor, id, input.userId)
	),
	pair: onProgramme(learning.PairInput, 'pair', (actor, id, input) => learning.createPair(actor, id, input)),
	suggest: action(async (actor, _input, { params }) => ({
		suggestion: await learning.suggestForProgramme(actor, params.programme ?? '')
	})),
	accept: action(
		learning.AcceptInput,
		async (actor, input, { params }) => {
			const created = await learning.acceptSuggestion(actor, params.programme, input.pairs);
			return { saved: 'accepted', count: created.length };
		},
		managing
	),
	rotate: action(async (actor, _input, { params }) => ({
		saved: 'rotation',
		rotation: await learning.generateRotation(actor, params.programme ?? '')
	})),
	// Irreversible: asked first, of those who may end the pair only (the others are refused).
	end: action(
		IdInput('pairId'),
		async (actor, input, { params }) => {
			await learning.endProgrammePair(actor, params.programme ?? '', input.pairId);
			return { saved: 'ended' };
		},
		{ confirm: (actor, input) => learning.endPairQuestion(actor, input.pairId) }
	),
	exclude: onProgramme(learning.ExclusionInput, 'exclusion', learning.addExclusion),
	unexclude: onProgramme(IdInput('exclusionId'), 'exclusion', (actor, id, input) =>
		learning.removeExclusion(actor, id, input.exclusionId)
	),
	item: onProgramme(learning.ChecklistItemInput, 'item', learning.addChecklistItem),
	unitem: onProgramme(IdInput('itemId'), 'item', (actor, id, input) =>
		learning.removeChecklistItem(actor, id, input.itemId)
	)
};
