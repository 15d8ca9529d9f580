import { getLocale } from '$lib/paraglide/runtime.js';

// The language the server chose for this request, so the browser can tell when a client-side navigation (after
// signing in, say) lands on a page that should be in another language than the document it started from.
export const load = () => ({ locale: getLocale() });
