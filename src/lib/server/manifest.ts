// The web app manifest (installing Samspil on a phone or desktop): name and description in the person's language.
// One per language, so the link in app.html names the page's language (`?lang=`) and a cached copy never mixes two.
import { translateIn, type Locale } from './i18n';

export const MANIFEST_ICONS = [
	{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
	{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
	{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
];

export function webManifest(locale: Locale) {
	return {
		id: '/',
		name: translateIn(locale, 'app_name'),
		short_name: translateIn(locale, 'app_name'),
		description: translateIn(locale, 'manifest_description'),
		lang: locale,
		start_url: '/dashboard',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0f6b5c',
		icons: MANIFEST_ICONS
	};
}
