// Controls beside a live view (a board's facilitation panel, session and zone decks): the live doc shows what
// the post did, so a success only refreshes the page's data. SvelteKit's default (`update`) would also move
// focus to the top of the page, as after a navigation, which takes the keyboard away from where the person is
// and loses what they type next. Failures and redirects are applied as usual.
import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';

export const stayInPlace: SubmitFunction =
	() =>
	async ({ result }) => {
		if (result.type === 'success') await invalidateAll();
		else await applyAction(result);
	};
