import { defineCustomClientStrategy } from '$lib/paraglide/runtime.js';

// The server decided the language (person's choice → cookie → Accept-Language) and wrote it on <html>.
defineCustomClientStrategy('custom-user', {
	getLocale: () => document.documentElement.lang || undefined,
	setLocale: () => {}
});
