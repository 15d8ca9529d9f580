// How the authorisation matrix talks to the server: form posts with a valid Origin and a session cookie, sign-in
// as a demo person, and the outcome a response means (ok, redirect, sent to sign in, or a status).
import { expect } from '@playwright/test';
import type { Outcome } from '../authz-rules/index';

export const DEMO_PASSWORD = 'samspil-demo';

export function cookieFrom(res: Response, name: string): string {
	const c = res.headers.getSetCookie().find((s) => s.startsWith(name + '='));
	if (!c) throw new Error(`no ${name} cookie (status ${res.status})`);
	return c.split(';')[0];
}

export function outcomeOf(res: Response): Outcome | number {
	const location = res.headers.get('location') ?? '';
	if (res.status >= 300 && res.status < 400) return location.startsWith('/signin') ? 'signin' : 'redirect';
	if (res.status < 300) return 'ok';
	return res.status;
}

/** Posts and sign-ins against one server. */
export function authzClient(baseURL: () => string) {
	async function post(url: string, body: URLSearchParams | [string, string][], cookie: string): Promise<Response> {
		// A reused keep-alive connection the server has just closed resets once in a while under load; the post never arrived.
		return send(url, body, cookie).catch((e) =>
			e?.cause?.code === 'ECONNRESET' ? send(url, body, cookie) : Promise.reject(e)
		);
	}

	function send(url: string, body: URLSearchParams | [string, string][], cookie: string) {
		return fetch(baseURL() + url, {
			method: 'POST',
			body: body instanceof URLSearchParams ? body : new URLSearchParams(body),
			headers: {
				cookie,
				origin: baseURL(),
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			redirect: 'manual'
		});
	}

	async function signIn(email: string) {
		const res = await post(
			'/signin',
			[
				['email', email],
				['password', DEMO_PASSWORD]
			],
			''
		);
		expect(res.status, `sign-in of ${email}`).toBe(303);
		return cookieFrom(res, 'samspil_session');
	}

	return { post, signIn };
}
