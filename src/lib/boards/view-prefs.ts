// How a person last left the board page in this browser: the canvas or the list view, and the side panel open or
// folded away. Kept in a cookie (the board's first screen is rendered on the server, which must render it the way
// the browser will show it, or the board would jump as it hydrates); earlier versions kept it in localStorage only.

export interface BoardViewPrefs {
	view: 'canvas' | 'list';
	sideOpen: boolean;
}

export const VIEW_COOKIE = 'samspil-board-view';
export const SIDE_COOKIE = 'samspil-board-side';
const YEAR = 60 * 60 * 24 * 365;

/** The preferences from cookie values (anything else reads as the defaults: canvas, side panel open). */
export function readViewPrefs(get: (name: string) => string | undefined): BoardViewPrefs {
	return { view: get(VIEW_COOKIE) === 'list' ? 'list' : 'canvas', sideOpen: get(SIDE_COOKIE) !== 'closed' };
}

/** Remembers one preference in this browser (the cookie the server reads, and localStorage as before). */
export function saveViewPref(name: typeof VIEW_COOKIE | typeof SIDE_COOKIE, value: string) {
	document.cookie = `${name}=${value}; path=/; max-age=${YEAR}; samesite=lax`;
	localStorage.setItem(name, value);
}
