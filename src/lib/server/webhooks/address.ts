// Server-side request forgery: an admin names a URL and our server calls it, so a hook must not reach what only
// the server can (loopback, the private network, link-local cloud metadata at 169.254.169.254). Checked when the
// hook is registered, and again for every delivery at the moment of connecting (a `lookup` that refuses private
// answers), so a name that resolves elsewhere later (DNS rebinding) is refused too. WEBHOOKS_ALLOW_PRIVATE=1
// lifts this for tests and local development.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import dns from 'node:dns';
import { config } from '../config';

/** Whether an IP address is one a webhook may not call. */
export function isPrivateAddress(ip: string): boolean {
	if (net.isIPv4(ip)) {
		const [a, b, c] = ip.split('.').map(Number);
		return (
			a === 0 ||
			a === 10 ||
			a === 127 ||
			(a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
			(a === 169 && b === 254) || // link-local, cloud metadata
			(a === 172 && b >= 16 && b <= 31) ||
			(a === 192 && b === 168) ||
			(a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, TEST-NET-1
			(a === 198 && (b === 18 || b === 19)) ||
			a >= 224 // multicast, reserved, broadcast
		);
	}
	if (net.isIPv6(ip)) {
		const lower = ip.toLowerCase();
		// an IPv4 address written as IPv6 (::ffff:127.0.0.1, which URL parsing turns into ::ffff:7f00:1; NAT64)
		const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
		if (mapped) return isPrivateAddress(mapped[1]);
		const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
		if (hex) {
			const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
			return isPrivateAddress([hi >> 8, hi & 255, lo >> 8, lo & 255].join('.'));
		}
		return (
			lower === '::' ||
			lower === '::1' ||
			lower.startsWith('fc') ||
			lower.startsWith('fd') || // unique local
			/^fe[89ab]/.test(lower) || // link-local
			lower.startsWith('ff') // multicast
		);
	}
	return true; // not an address at all: refuse
}

export const privateAllowed = () => config.webhooksAllowPrivate;

/** Why a URL cannot be a webhook endpoint, or null when it can. Resolves its host name. */
export async function endpointProblem(raw: string): Promise<string | null> {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return 'error_webhook_url';
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'error_webhook_url';
	if (url.username || url.password) return 'error_webhook_url';
	if (privateAllowed()) return null;
	const host = url.hostname.replace(/^\[|\]$/g, '');
	try {
		const addresses = net.isIP(host) ? [{ address: host }] : await dns.promises.lookup(host, { all: true });
		if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))) return 'error_webhook_private';
	} catch {
		return 'error_webhook_unresolved';
	}
	return null;
}

/** A `lookup` for http(s).request that refuses private answers at connect time (unless allowed). */
export const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
	dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
		if (error) return callback(error, '', 0);
		const list = addresses as dns.LookupAddress[];
		const allowed = privateAllowed() ? list : list.filter((a) => !isPrivateAddress(a.address));
		if (allowed.length === 0)
			return callback(Object.assign(new Error('refused: a private address'), { code: 'EPRIVATE' }), '', 0);
		if ((options as dns.LookupOptions).all)
			return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, allowed);
		callback(null, allowed[0].address, allowed[0].family);
	});
};

/**
 * One POST to an address an organisation gave (a webhook, an LRS), through the private-address guard: resolves
 * with the receiver's status, rejects when it could not be reached. Redirects are not followed; the body of the
 * answer is not kept.
 */
export function postGuarded(
	url: string,
	headers: Record<string, string>,
	body: string,
	timeoutMs = 10_000
): Promise<number> {
	return new Promise((resolve, reject) => {
		const target = new URL(url);
		const request = (target.protocol === 'https:' ? https : http).request(
			target,
			{
				method: 'POST',
				lookup: guardedLookup,
				timeout: timeoutMs,
				headers: {
					'content-type': 'application/json',
					'content-length': String(Buffer.byteLength(body)),
					...headers
				}
			},
			(response) => {
				response.resume();
				response.on('end', () => resolve(response.statusCode ?? 0));
				response.on('error', reject);
			}
		);
		request.on('timeout', () => request.destroy(new Error('timed out')));
		request.on('error', reject);
		request.end(body);
	});
}
