import { error, fail } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Actor } from '$lib/server/actor';
import QRCode from 'qrcode';
import * as boards from '$lib/server/boards/index';
import * as actionPlans from '$lib/server/actions/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, params, url, depends, isDataRequest }) => {
	const actor = requireActor(locals, url);
	depends('boards:session');
	return guard(async () => {
		const board = await boards.getBoard(actor, params.board);
		await boards.recordParticipant(board, actor.userId, actor.name, 'user');
		const session = board.canFacilitate ? await boards.currentSession(actor, board.id) : null;
		const joinUrl = session ? `${url.origin}/join?code=${session.code}` : null;
		return {
			board: { id: board.id, title: board.title, status: board.status, locked: board.locked === 1 },
			// A full page load carries the board's state so it renders before the socket syncs; reruns of this
			// load (the guest list refreshing, form actions) leave it out and stay small.
			initial: isDataRequest ? undefined : await boards.initialBoardState(board.id),
			initialControl: isDataRequest ? undefined : await boards.initialControlState(board.id),
			me: { id: actor.userId, name: actor.name, facilitator: board.canFacilitate, ownerKey: boards.noteOwnerKey(board.id, actor.userId) },
			canFacilitate: board.canFacilitate,
			canSaveTemplate: board.canFacilitate,
			session: session && {
				code: session.code,
				joinUrl,
				// Our own URL rendered by the qrcode library: no user input reaches this markup.
				qr: await QRCode.toString(joinUrl!, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
				guests: session.guests.map((g) => ({ id: g.id, name: g.name }))
			},
			actions: await actionPlans.listBoardActionItems(actor, board.id)
		};
	});
};

/**
 * Facilitation form actions. Access is checked before the input, so another organisation's board
 * answers 404 whatever is posted; then the input is validated and one module function is called.
 */
function facilitate<S extends z.ZodType | undefined = undefined>(
	schema: S,
	fn: (actor: Actor, board: string, input: S extends z.ZodType ? z.output<S> : FormData) => Promise<unknown>
) {
	return async ({ locals, params, request }: { locals: App.Locals; params: { board: string }; request: Request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		await guard(() => boards.getFacilitatedBoard(actor, params.board));
		let input: unknown = form;
		if (schema) {
			const parsed = parseForm(form, schema);
			if (!parsed.ok) return fail(400, parsed.failure);
			input = parsed.value;
		}
		return act(form, async () => {
			const result = await fn(actor, params.board, input as never);
			return result && typeof result === 'object' ? result : { saved: true };
		});
	};
}

const flag = (form: FormData, name: string) => form.get(name) === 'on' || form.get(name) === 'true' || form.get(name) === '1';

export const actions = {
	phase: facilitate(boards.SetPhase, (a, b, v) => boards.setPhase(a, b, v.phase)),
	reveal: facilitate(undefined, (a, b) => boards.reveal(a, b)),
	closeVoting: facilitate(undefined, (a, b) => boards.closeVoting(a, b)),
	timer: facilitate(boards.SetTimer, (a, b, v) => boards.setTimer(a, b, v.minutes)),
	budget: facilitate(boards.SetBudget, (a, b, v) => boards.setVoteBudget(a, b, v.budget)),
	question: facilitate(undefined, (a, b, f) => boards.stepQuestion(a, b, f.get('delta') === '-1' ? -1 : 1)),
	lock: facilitate(undefined, (a, b, f) => boards.setLocked(a, b, flag(f, 'locked'))),
	anonymous: facilitate(undefined, (a, b, f) => boards.setAnonymous(a, b, flag(f, 'anonymous'))),
	openSession: facilitate(undefined, (a, b) => boards.openSession(a, b)),
	closeSession: facilitate(undefined, (a, b) => boards.closeSession(a, b)),
	removeGuest: facilitate(undefined, (a, b, f) => {
		const guestId = f.get('guestId');
		if (typeof guestId !== 'string') error(400);
		return boards.removeGuest(a, b, guestId);
	}),
	end: facilitate(undefined, (a, b) => boards.endWorkshop(a, b)),
	follow: facilitate(boards.FollowFocus, (a, b, v) => boards.setFollowFocus(a, b, v.focus)),
	makeActions: facilitate(boards.IdList, (a, b, v) => actionPlans.makeActionItems(a, b, v.ids)),
	saveTemplate: facilitate(boards.SaveTemplate, async (a, b, v) => ({ template: (await boards.saveAsTemplate(a, b, v)).title })),
	// Any viewer reports their own progress (done writing); the server counts their dots itself.
	progress: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const input = parseForm(await request.formData(), boards.Progress);
		if (!input.ok) return fail(400, input.failure);
		await guard(() => boards.reportMemberProgress(actor, params.board, input.value));
		return { saved: true };
	},
	// Any viewer may ask for the list counts to be refreshed from the doc.
	touch: async ({ locals, params }) => {
		const actor = requireActor(locals);
		await guard(() => boards.touchBoard(actor, params.board));
		return { saved: true };
	}
};
