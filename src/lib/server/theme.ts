// A person's choice of light or dark: kept in a cookie (per browser, as the device's own setting is) and written
// into the page on the server as <html data-theme> and <meta name="color-scheme">, so no page flashes in the
// other theme before its styles apply. "auto" (no cookie) follows the device.
import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const THEME_COOKIE = 'samspil_theme';

export const ThemeInput = z.object({ theme: z.enum(THEMES).catch('auto'), to: z.string().max(8000).catch('') });

export function readTheme(cookies: Pick<Cookies, 'get'>): Theme {
	const value = cookies.get(THEME_COOKIE);
	return value === 'light' || value === 'dark' ? value : 'auto';
}

export function setThemeCookie(cookies: Cookies, theme: Theme) {
	if (theme === 'auto') cookies.delete(THEME_COOKIE, { path: '/' });
	else cookies.set(THEME_COOKIE, theme, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 400 * 86400 });
}

/** The page's <html> and <head> as the theme asks: app.html carries %samspil.theme% and %samspil.scheme%. */
export function themePage(html: string, theme: Theme) {
	return html.replace('%samspil.theme%', theme).replace('%samspil.scheme%', theme === 'auto' ? 'light dark' : theme);
}
