import type { z } from 'zod';
import * as learning from '$lib/server/learning/index';
import type { Actor } from '$lib/server/actor';
import { action, IdInput, page } from '$lib/server/http';

export const load = page((actor, { params }) => learning.pairPage(actor, params.pair));

type Access = (actor: Actor, pairId: string) => Promise<unknown>;

/**
 * A change to this pair; the page says `saved` next to the form. `who` may act is asked before the form is read
 * (the log is its two people's, the sign-off its buddy's); the module checks the rest.
 */
const onPair = <S extends z.ZodType>(
	schema: S,
	saved: string,
	change: (actor: Actor, pairId: string, input: z.output<S>) => Promise<unknown>,
	who?: Access
) =>
	action(
		schema,
		async (actor, input, { params }) => {
			await change(actor, params.pair, input);
			return { saved };
		},
		{ access: who && ((actor, { params }) => who(actor, params.pair)) }
	);

export const actions = {
	schedule: onPair(learning.ScheduleInput, 'schedule', learning.setPairSchedule),
	skip: onPair(learning.OccurrenceInput, 'skip', (actor, pair, input) =>
		learning.skipOccurrence(actor, pair, input.date)
	),
	move: onPair(learning.MoveInput, 'move', learning.moveOccurrence),
	restore: onPair(learning.OccurrenceInput, 'restore', (actor, pair, input) =>
		learning.restoreOccurrence(actor, pair, input.date)
	),
	log: onPair(learning.LogInput, 'log', learning.writeLog, learning.pairParticipant),
	confirm: onPair(
		IdInput('logId'),
		'confirm',
		(actor, pair, input) => learning.confirmPairLog(actor, pair, input.logId),
		learning.pairParticipant
	),
	sign: onPair(
		IdInput('itemId'),
		'sign',
		(actor, pair, input) => learning.signOff(actor, pair, input.itemId),
		learning.pairBuddy
	),
	unsign: onPair(
		IdInput('itemId'),
		'sign',
		(actor, pair, input) => learning.undoSignOff(actor, pair, input.itemId),
		learning.pairBuddy
	)
};
