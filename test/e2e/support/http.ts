// Plain HTTP against a test server, as a browser's form would send it, from an address of its own (the server under
// test reads the client address from `x-client-address`, so rate limits per address do not meet across tests).
import { expect } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import type { TestServer } from './server';

export const newAddress = () => `10.${randomBytes(3).join('.')}`;

export interface HttpInit {
	form?: Record<string, string> | [string, string][];
	cookie?: string;
	address?: string;
	headers?: Record<string, string>;
}

export function http(target: TestServer, urlPath: string, init: HttpInit = {}) {
	return fetch(target.baseURL + urlPath, {
		method: init.form ? 'POST' : 'GET',
		body: init.form ? new URLSearchParams(init.form) : undefined,
		headers: {
			accept: 'text/html',
			'accept-language': 'en',
			origin: target.baseURL,
			'x-client-address': init.address ?? newAddress(),
			...(init.cookie ? { cookie: init.cookie } : {}),
			...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
			...init.headers
		},
		redirect: 'manual'
	});
}

/** Signs in with a password and returns the session cookie (`name=value`). */
export async function signInCookie(
	target: TestServer,
	email: string,
	password: string,
	headers?: Record<string, string>
) {
	const res = await http(target, '/signin', { form: { email, password }, headers });
	expect(res.status, `sign-in of ${email}`).toBe(303);
	const c = res.headers.getSetCookie().find((s) => s.startsWith('samspil_session='));
	return c!.split(';')[0];
}
