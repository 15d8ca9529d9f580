// Question cards per factor in Chromium: on a board from the learning-environment template the facilitator
// draws a card in one zone and gets the next card of that factor's own deck, which a guest sees live.
import { test, expect } from '@playwright/test';
import { boardsSuite, openSession } from './support/boards';
import { SHARED_CONCERN, TALK_OPENLY } from '../../src/lib/server/boards/template-factor-cards';

const { facilitator, createBoard, joinAsGuest } = boardsSuite();

test('drawing a card in a zone shows that factor’s card, live for everyone on the board', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Factor cards', 'Our learning environment');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Dan');
	const zone = (page: typeof fac, title: string) =>
		page.getByRole('region', { name: 'Board canvas' }).getByRole('region', { name: new RegExp(`^${title}`) });

	await fac.getByRole('button', { name: 'Draw a card for We talk openly about learning' }).first().click();
	const card = zone(guest, 'We talk openly about learning').getByTestId('zone-card');
	await expect(card).toHaveText(TALK_OPENLY[0].en);
	await fac.getByRole('button', { name: 'Draw a card for We talk openly about learning' }).first().click();
	await expect(card).toHaveText(TALK_OPENLY[1].en);
	// The other zones have drawn nothing; the first zone's first card is its own.
	await expect(zone(guest, 'Learning is a shared concern').getByTestId('zone-card')).toHaveCount(0);
	await fac.getByRole('button', { name: 'Draw a card for Learning is a shared concern' }).first().click();
	await expect(zone(fac, 'Learning is a shared concern').getByTestId('zone-card')).toHaveText(SHARED_CONCERN[0].en);
	// Only facilitators draw.
	await expect(guest.getByRole('button', { name: /^Draw a card for/ })).toHaveCount(0);
	await fac.context().close();
	await guest.context().close();
});
