// Paraglide's compiler options, read alike by the CLI (`npm run prepare`, `npm run check`) and the Vite plugin,
// so a test or dev run compiles the same runtime the CLI wrote and does not rewrite src/lib/paraglide under it.
export default {
	// The signed-in person's saved language first (src/hooks.server.ts), then the cookie, the browser, Danish.
	strategy: ['custom-user', 'cookie', 'preferredLanguage', 'baseLocale'],
	cookieName: 'samspil_locale',
	outputStructure: 'message-modules'
};
