// The HTTP side of a sync connection: which document an upgrade asks for, and how to say no before the
// WebSocket handshake (a plain HTTP response, so browsers and the ws client see the status code).
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const prefix = '/sync/';
const segment = /^[A-Za-z0-9_\-.:~]+$/;
const maxNameLength = 256;

/** `/sync/board/abc?x=1` → `board/abc`; undefined when the path is not a valid document name. */
export function parseDocName(url: string | undefined): string | undefined {
	if (!url?.startsWith(prefix)) return undefined;
	const path = url.slice(prefix.length).split('?')[0].split('#')[0];
	let name: string;
	try {
		name = decodeURIComponent(path);
	} catch {
		return undefined;
	}
	if (!name || name.length > maxNameLength) return undefined;
	const parts = name.split('/');
	// '.' and '..' would make two names for one document once a proxy or browser normalises the URL.
	if (parts.some((p) => !segment.test(p) || p === '.' || p === '..')) return undefined;
	return name;
}

export function refuseUpgrade(socket: Duplex, status: number) {
	if (socket.destroyed) return;
	const text = STATUS_CODES[status] ?? 'Error';
	socket.end(
		`HTTP/1.1 ${status} ${text}\r\n` +
			'Connection: close\r\n' +
			'Content-Type: text/plain; charset=utf-8\r\n' +
			`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`
	);
	setTimeout(() => socket.destroy(), 1000).unref();
}

/** The peer address, for per-IP limits and logs. Behind a proxy the app passes its own function. */
export function remoteAddress(req: IncomingMessage): string {
	return req.socket.remoteAddress ?? 'unknown';
}

/**
 * True when a browser opened this upgrade from another site. Browsers send `Origin` with every WebSocket
 * handshake, and cookies ride along whatever page asked, so — as SvelteKit does for form posts — the origin
 * must be the app's: `appOrigin` when configured (adapter-node's ORIGIN), else the request's own host
 * (another port of the same host is another site). Clients that send no Origin are not browsers: they
 * hold no visitor's cookies.
 */
export function crossSite(req: IncomingMessage, appOrigin: string | undefined, host: string | undefined): boolean {
	const origin = req.headers.origin;
	if (origin === undefined) return false;
	if (appOrigin) return origin !== new URL(appOrigin).origin;
	let url: URL;
	try {
		url = new URL(origin);
	} catch {
		return true; // 'null' (sandboxed frames, file:) and anything unreadable
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !host) return true;
	try {
		// Normalised the same way (case, default port) before comparing.
		return url.host !== new URL(`${url.protocol}//${host}`).host;
	} catch {
		return true;
	}
}
