import { redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import * as bites from '$lib/server/bites/index';
import type { Actor } from '$lib/server/actor';
import { action, NoInput, page } from '$lib/server/http';

export const load = page((actor, { params }) => bites.pathPage(actor, params.path));

type Params = { params: Record<string, string> };
type Access = { access: (actor: Actor, event: Params) => Promise<unknown> };
/** Who may change the path (its author, or an admin), asked before the form is read. */
const editing: Access = { access: (actor, { params }) => bites.editablePath(actor, params.path) };
/** Who may assign it (admins, facilitators, managers), asked before the form names a team. */
const assigning: Access = { access: (actor, { params }) => bites.viewablePath(actor, params.path) };

/** A change to this path; the page says `saved` next to the form. */
const onPath = <S extends z.ZodType>(
	schema: S,
	saved: string,
	change: (actor: Actor, pathId: string, input: z.output<S>) => Promise<unknown>,
	options: Access = editing
) =>
	action(
		schema,
		async (actor, input, { params }) => {
			await change(actor, params.path, input);
			return { saved };
		},
		options
	);

export const actions = {
	details: onPath(bites.PathInput, 'details', bites.updatePath),
	addStep: onPath(bites.AddStepInput, 'steps', bites.addStep),
	moveStep: onPath(bites.MoveStepInput, 'steps', bites.moveStep),
	prerequisite: onPath(bites.PrerequisiteInput, 'steps', bites.setPrerequisite),
	removeStep: onPath(bites.StepInput, 'steps', bites.removeStep),
	assign: onPath(bites.AssignInput, 'assign', bites.assignPath, assigning),
	unassign: onPath(bites.AssignmentIdInput, 'assign', bites.removePathAssignment, assigning),
	remove: action(
		NoInput,
		async (actor, _input, { params }) => {
			await bites.deletePath(actor, params.path);
			redirect(303, '/bites/paths');
		},
		{ ...editing, confirm: (actor, _input, { params }) => bites.deletePathQuestion(actor, params.path) }
	)
};
