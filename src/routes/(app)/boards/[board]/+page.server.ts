import type { z } from 'zod';
import type { Actor } from '$lib/server/actor';
import * as boards from '$lib/server/boards/index';
import * as actionPlans from '$lib/server/actions/index';
import { action, NoInput, page } from '$lib/server/http';
import { readViewPrefs } from '$lib/boards/view-prefs';

// The page with the board's action items comes from the actions module, which builds on boards (not the other way).
// `prefs`: canvas or list, as this browser last left them (the server renders the board's first screen so).
export const load = page(async (actor, { params, url, isDataRequest, depends, cookies }) => {
	depends('boards:session'); // the page reruns it when people join or leave the workshop (it hears that live)
	const board = await actionPlans.boardPageWithActions(actor, params.board, {
		origin: url.origin,
		full: !isDataRequest
	});
	return { ...board, prefs: readViewPrefs((name) => cookies.get(name)) };
});

/**
 * An action on the board in the URL, for its facilitators (or, `anyViewer`, anyone who may see it). Who may act is
 * asked before the form is read, so a refused person learns nothing about the form; the module checks again.
 */
const onBoard = <S extends z.ZodType, T>(
	schema: S,
	fn: (actor: Actor, board: string, input: z.output<S>) => T,
	who: 'facilitator' | 'anyViewer' = 'facilitator'
) =>
	action(schema, (actor, input, { params }) => fn(actor, params.board, input as z.output<S>), {
		access: (actor, { params }) =>
			who === 'facilitator' ? boards.getFacilitatedBoard(actor, params.board) : boards.getBoard(actor, params.board)
	});

export const actions = {
	phase: onBoard(boards.SetPhase, (a, b, v) => boards.setPhase(a, b, v.phase)),
	reveal: onBoard(NoInput, boards.reveal),
	closeVoting: onBoard(NoInput, boards.closeVoting),
	timer: onBoard(boards.SetTimer, (a, b, v) => boards.setTimer(a, b, v.minutes)),
	timerMinute: onBoard(NoInput, boards.addTimerMinute),
	timerPause: onBoard(boards.PauseTimer, (a, b, v) => boards.pauseTimer(a, b, v.pause)),
	budget: onBoard(boards.SetBudget, (a, b, v) => boards.setVoteBudget(a, b, v.budget)),
	question: onBoard(boards.StepQuestion, (a, b, v) => boards.stepQuestion(a, b, v.delta)),
	zoneQuestion: onBoard(boards.DrawZoneQuestion, (a, b, v) => boards.drawZoneQuestion(a, b, v.zoneId, v.delta)),
	lock: onBoard(boards.SetLocked, (a, b, v) => boards.setLocked(a, b, v.locked)),
	anonymous: onBoard(boards.SetAnonymous, (a, b, v) => boards.setAnonymous(a, b, v.anonymous)),
	openSession: onBoard(NoInput, boards.openSession),
	closeSession: onBoard(NoInput, boards.closeSession),
	removeGuest: onBoard(boards.RemoveGuest, (a, b, v) => boards.removeGuest(a, b, v.guestId)),
	end: onBoard(NoInput, boards.endWorkshop),
	follow: onBoard(boards.FollowFocus, (a, b, v) => boards.setFollowFocus(a, b, v.focus)),
	makeActions: onBoard(boards.IdList, (a, b, v) => actionPlans.makeActionItems(a, b, v.ids)),
	saveTemplate: onBoard(boards.SaveTemplate, async (a, b, v) => ({
		template: (await boards.saveAsTemplate(a, b, v)).title
	})),
	// Any viewer reports their own progress (done writing); the server counts their dots itself.
	progress: onBoard(boards.Progress, boards.reportMemberProgress, 'anyViewer'),
	// Any viewer may ask for the list counts to be refreshed from the doc (a beacon when they leave the board).
	touch: onBoard(NoInput, boards.touchBoard, 'anyViewer')
};
