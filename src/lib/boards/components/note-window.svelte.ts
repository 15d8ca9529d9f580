// Big boards render only what is near the screen: each zone shows its first notes, and more as the person
// scrolls towards the end of the zone (or presses "Show N more"). A 2,000-note board's first render then creates
// 90 note components instead of 2,000. The note that has focus (moved by keyboard, dragged) and the note the
// facilitator points at are always shown.
import { tick } from 'svelte';
import { FIRST_NOTES } from '../note-order';
/** Notes added each time a zone's end comes near the screen. */
const MORE_NOTES = 60;

export class NoteWindow {
	#limits = $state<Record<string, number>>({});
	/** a note shown wherever it is in its zone (the one with focus) */
	keep = $state<string | null>(null);

	limit(zoneId: string) {
		return this.#limits[zoneId] ?? FIRST_NOTES;
	}

	/** Shows more of a zone: the next batch, or at least `atLeast` notes. */
	grow(zoneId: string, atLeast = 0) {
		this.#limits[zoneId] = Math.max(this.limit(zoneId) + MORE_NOTES, atLeast);
	}

	/**
	 * "Show more" in a zone whose notes are `ordered`; when the button had focus, focus moves to the first note
	 * added (its element's id is `idOf(note id)`), as the button it was on goes away.
	 */
	more(zoneId: string, ordered: { id: string }[], focused: boolean, idOf: (id: string) => string) {
		const next = ordered[this.limit(zoneId)]?.id;
		this.grow(zoneId);
		if (focused && next) void tick().then(() => document.getElementById(idOf(next))?.focus());
	}

	/**
	 * Which of a zone's notes (in the order shown) are rendered, and how many are not yet: `omitted` more than
	 * `ordered` holds while the board shows only the first screen the server sent (BoardState.omitted).
	 */
	shown<T extends { id: string }>(zoneId: string, ordered: T[], pinned: (string | null)[] = [], omitted = 0) {
		const limit = this.limit(zoneId);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built fresh on every call and read by the caller's template only
		const ids = new Set<string>();
		ordered.forEach((n, i) => {
			if (i < limit || n.id === this.keep || pinned.includes(n.id)) ids.add(n.id);
		});
		return { ids, hidden: ordered.length - ids.size + omitted };
	}
}

/** Calls `near` whenever the element comes within a screen of the viewport (a zone's "show more" marker). */
export function nearView(element: HTMLElement, near: () => void) {
	let callback = near;
	if (typeof IntersectionObserver === 'undefined') return;
	const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && callback(), {
		rootMargin: '100% 100%'
	});
	observer.observe(element);
	return {
		update(next: () => void) {
			callback = next;
		},
		destroy() {
			observer.disconnect();
		}
	};
}
