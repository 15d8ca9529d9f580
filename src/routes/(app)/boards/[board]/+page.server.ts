import { error, fail } from '@sveltejs/kit';
import QRCode from 'qrcode';
import * as boards from '$lib/server/boards/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, params, url, depends }) => {
	const actor = requireActor(locals, url);
	depends('boards:session');
	return guard(async () => {
		const board = await boards.getBoard(actor, params.board);
		await boards.recordParticipant(board, actor.userId, actor.name, 'user');
		const session = board.canFacilitate ? await boards.currentSession(actor, board.id) : null;
		const joinUrl = session ? `${url.origin}/join?code=${session.code}` : null;
		return {
			board: { id: board.id, title: board.title, status: board.status, locked: board.locked === 1 },
			me: { id: actor.userId, name: actor.name, facilitator: board.canFacilitate },
			canFacilitate: board.canFacilitate,
			canSaveTemplate: board.canFacilitate,
			session: session && {
				code: session.code,
				joinUrl,
				// Our own URL rendered by the qrcode library: no user input reaches this markup.
				qr: await QRCode.toString(joinUrl!, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
				guests: session.guests.map((g) => ({ id: g.id, name: g.name }))
			},
			actions: (await boards.listBoardActions(actor, board.id)).map((a) => ({ id: a.id, title: a.title, sourceId: a.source_id }))
		};
	});
};

/** Facilitation form actions: each validates, calls one module function and returns. */
function facilitate(fn: (actor: ReturnType<typeof requireActor>, board: string, form: FormData) => Promise<unknown>) {
	return async ({ locals, params, request }: { locals: App.Locals; params: { board: string }; request: Request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, async () => {
			const result = await fn(actor, params.board, form);
			return result && typeof result === 'object' ? result : { saved: true };
		});
	};
}

const flag = (form: FormData, name: string) => form.get(name) === 'on' || form.get(name) === 'true' || form.get(name) === '1';

export const actions = {
	phase: async (event) => {
		const input = parseForm(await event.request.clone().formData(), boards.SetPhase);
		if (!input.ok) return fail(400, input.failure);
		return facilitate((a, b) => boards.setPhase(a, b, input.value.phase))(event);
	},
	reveal: facilitate((a, b) => boards.reveal(a, b)),
	closeVoting: facilitate((a, b) => boards.closeVoting(a, b)),
	timer: async (event) => {
		const input = parseForm(await event.request.clone().formData(), boards.SetTimer);
		if (!input.ok) return fail(400, input.failure);
		return facilitate((a, b) => boards.setTimer(a, b, input.value.minutes))(event);
	},
	budget: async (event) => {
		const input = parseForm(await event.request.clone().formData(), boards.SetBudget);
		if (!input.ok) return fail(400, input.failure);
		return facilitate((a, b) => boards.setVoteBudget(a, b, input.value.budget))(event);
	},
	question: facilitate((a, b, f) => boards.stepQuestion(a, b, f.get('delta') === '-1' ? -1 : 1)),
	lock: facilitate((a, b, f) => boards.setLocked(a, b, flag(f, 'locked'))),
	anonymous: facilitate((a, b, f) => boards.setAnonymous(a, b, flag(f, 'anonymous'))),
	openSession: facilitate((a, b) => boards.openSession(a, b)),
	closeSession: facilitate((a, b) => boards.closeSession(a, b)),
	removeGuest: facilitate((a, b, f) => {
		const guestId = f.get('guestId');
		if (typeof guestId !== 'string') error(400);
		return boards.removeGuest(a, b, guestId);
	}),
	end: facilitate((a, b) => boards.endWorkshop(a, b)),
	makeActions: async (event) => {
		const input = parseForm(await event.request.clone().formData(), boards.IdList);
		if (!input.ok) return fail(400, input.failure);
		return facilitate(async (a, b) => ({ made: (await boards.makeActions(a, b, input.value.ids)).length }))(event);
	},
	saveTemplate: async (event) => {
		const input = parseForm(await event.request.clone().formData(), boards.SaveTemplate);
		if (!input.ok) return fail(400, { ...input.failure, formName: 'template' });
		return facilitate(async (a, b) => ({ template: (await boards.saveAsTemplate(a, b, input.value)).title }))(event);
	},
	touch: facilitate((a, b) => boards.touchBoard(a, b))
};

