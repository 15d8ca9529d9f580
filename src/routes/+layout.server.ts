import { getLocale } from '$lib/paraglide/runtime.js';
import { readTheme } from '$lib/server/theme';

// The language the server chose for this request, so the browser can tell when a client-side navigation (after
// signing in, say) lands on a page that should be in another language than the document it started from.
// The theme goes along for the switcher's current choice.
export const load = ({ cookies }) => ({ locale: getLocale(), theme: readTheme(cookies) });
