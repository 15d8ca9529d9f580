// Question cards per zone: a template may give each zone its own deck (the learning-environment template's
// four factors do). The facilitator draws in a zone; the cards live in the server-authored control doc, so
// participants cannot rewrite or skip ahead in them.
import type { Actor } from '../actor';
import { Invalid, NotFound } from '../errors';
import { zoneDecks } from '$lib/boards/doc';
import { changeControl } from './control';
import { getFacilitatedBoard } from './records';

/** Draws the next card from one zone's own deck (or puts the last one back with -1). */
export async function drawZoneQuestion(actor: Actor, boardId: string, zoneId: string, delta: 1 | -1) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	let found = false;
	await changeControl(boardId, (c) => {
		const deck = zoneDecks(c)[zoneId];
		if (!deck) return;
		found = true;
		c.zoneShown.set(zoneId, Math.max(0, Math.min(deck.cards.length, deck.drawn + delta)));
	});
	if (!found) throw new NotFound('zone deck');
}
