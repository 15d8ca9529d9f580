// Page loads and endpoints: the actor first (or sign-in), then one module call; domain errors become pages.
import type { RequestEvent } from '@sveltejs/kit';
import type { Actor } from '../actor';
import { requireActor } from '../guards';
import { guard, toHttpError } from '../respond';

type AnyEvent = RequestEvent<Record<string, string>>;
type Load<E, T> = (actor: Actor, event: E) => Promise<T> | T;

/** A load for signed-in people of an organisation; someone signed out is sent to sign in and back. */
export function page<E extends Pick<RequestEvent, 'locals' | 'url'> = AnyEvent, T = unknown>(fn: Load<E, T>) {
	return (event: E): Promise<T> => {
		const actor = requireActor(event.locals, event.url);
		return guard(async () => fn(actor, event));
	};
}

/** A load anyone may see (sign-in, join codes, public bites); domain errors still become 403/404 pages. */
export function publicPage<E = AnyEvent, T = unknown>(fn: (event: E) => Promise<T> | T) {
	return (event: E): Promise<T> => guard(async () => fn(event));
}

/** A +server.ts handler for signed-in people (CSV, calendar and markdown exports). */
export function endpoint<E extends Pick<RequestEvent, 'locals' | 'url'> = AnyEvent>(fn: Load<E, Response>) {
	return async (event: E): Promise<Response> => {
		const actor = requireActor(event.locals, event.url);
		try {
			return await fn(actor, event);
		} catch (e) {
			return toHttpError(e);
		}
	};
}

/** A +server.ts handler anyone may call. */
export function publicEndpoint<E = AnyEvent>(fn: (event: E) => Promise<Response> | Response) {
	return async (event: E): Promise<Response> => {
		try {
			return await fn(event);
		} catch (e) {
			return toHttpError(e);
		}
	};
}
