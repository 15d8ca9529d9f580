// An imported package's files as the browser gets them. The package's scripts are someone else's code: they are
// served under their own path with `Content-Security-Policy: sandbox allow-scripts allow-forms` (and the player's
// iframe is sandboxed the same way, without allow-same-origin), so they run in an opaque origin — no cookies, no
// storage, no DOM or fetch with the app's origin. They reach the SCORM API only by postMessage: every HTML page of the
// package gets scorm-again's CrossFrameAPI as window.API / window.API_1484_11, which talks to the CrossFrameLMS and
// the real scorm-again API in the player page (PackagePlayer.svelte).
// The path is relative so Vite reads the library's browser build as text; the package exports only the ESM build.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { derivedSecret } from './keys';
import crossFrameApi from '../../../../node_modules/scorm-again/dist/cross-frame-api.min.js?raw';

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	htm: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json',
	xml: 'application/xml',
	xsd: 'application/xml',
	txt: 'text/plain; charset=utf-8',
	vtt: 'text/vtt; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	ico: 'image/x-icon',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	ogg: 'audio/ogg',
	m4a: 'audio/mp4',
	mp4: 'video/mp4',
	webm: 'video/webm',
	woff: 'font/woff',
	woff2: 'font/woff2',
	ttf: 'font/ttf',
	otf: 'font/otf',
	pdf: 'application/pdf'
};

export function packageFileType(name: string) {
	return TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/** The headers every package file is served with (see the comment at the top). */
export const PACKAGE_FILE_HEADERS = {
	'content-security-policy': 'sandbox allow-scripts allow-forms',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'cache-control': 'private, max-age=3600'
};

const LIBRARY = crossFrameApi.replace(/\/\/# sourceMappingURL=.*$/m, '');

/**
 * An HTML page of the package with the SCORM API bridge first in its head (before the package's own scripts). The
 * bridge posts only to the app's origin (the player page); the player page must accept the opaque origin ("null").
 */
export function withApiBridge(html: Uint8Array, appOrigin: string): Uint8Array {
	const bridge = `<script>${LIBRARY}
window.API = window.API_1484_11 = new CrossFrameAPI(${JSON.stringify(appOrigin).replace(/</g, '\\u003c')}, window.top);</script>`;
	const text = new TextDecoder().decode(html);
	const tag = /<head[^>]*>/i.exec(text) ?? /<html[^>]*>/i.exec(text);
	const at = tag ? tag.index + tag[0].length : 0;
	return new TextEncoder().encode(text.slice(0, at) + bridge + text.slice(at));
}

const GRANT_HOURS = 12;
const sign = (packageId: string, expires: string) =>
	createHmac('sha256', derivedSecret('samspil-bite-package'))
		.update(`${packageId}.${expires}`)
		.digest('base64url')
		.slice(0, 32);

/**
 * The path segment that lets a browser read a package's files for a while: given by the player page to someone who
 * may play the module, since the sandboxed frame's requests carry no session cookie. Anyone holding the URL can
 * read the package's files until it expires (they are course content, not a person's data).
 */
export function packageGrant(packageId: string, now = Date.now()) {
	const expires = Math.floor(now / 1000 + GRANT_HOURS * 3600).toString(36);
	return `${expires}.${sign(packageId, expires)}`;
}

export function grantValid(packageId: string, grant: string, now = Date.now()) {
	const [expires, mac, ...rest] = grant.split('.');
	if (!expires || !mac || rest.length || parseInt(expires, 36) * 1000 < now) return false;
	const given = Buffer.from(mac);
	const wanted = Buffer.from(sign(packageId, expires));
	return given.length === wanted.length && timingSafeEqual(given, wanted);
}
