// Maps domain errors (thrown by modules) to HTTP in one place: page loads get error pages,
// form actions get a translated message next to the form with what was typed kept.
import { error, fail, isHttpError, isRedirect, type ActionFailure } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { DomainError, Invalid, RateLimited } from './errors';
import { translate } from './i18n';
import { log } from './log';

export function toHttpError(e: unknown): never {
	if (e instanceof RateLimited)
		getRequestEvent().setHeaders({ 'retry-after': String(Math.max(1, e.retryAfterSeconds)) });
	if (e instanceof DomainError)
		error(
			e.status,
			translate(
				e.key,
				e instanceof RateLimited ? { minutes: Math.max(1, Math.ceil(e.retryAfterSeconds / 60)) } : undefined
			)
		);
	throw e;
}

/** Runs a load; NotFound/Forbidden become 404/403 pages. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		return toHttpError(e);
	}
}

/** Runs a form action; Invalid/RateLimited become a failure shown with the form. */
export async function act<T>(
	form: FormData | null,
	fn: () => Promise<T>
): Promise<T | ActionFailure<{ values: Record<string, string>; errors: Record<string, string> }>> {
	try {
		return await fn();
	} catch (e) {
		if (isRedirect(e) || isHttpError(e)) throw e;
		const values: Record<string, string> = {};
		if (form) for (const [k, v] of form) if (typeof v === 'string' && !/password|current|next/i.test(k)) values[k] = v;
		if (e instanceof RateLimited) {
			getRequestEvent().setHeaders({ 'retry-after': String(Math.max(1, e.retryAfterSeconds)) });
			return fail(429, {
				values,
				errors: {
					_form: translate('error_rate_limited', { minutes: Math.max(1, Math.ceil(e.retryAfterSeconds / 60)) })
				}
			});
		}
		if (e instanceof Invalid) {
			return fail(400, { values, errors: { [e.field ?? '_form']: translate(e.key, e.params) } });
		}
		if (e instanceof DomainError) error(e.status, translate(e.key));
		log.error('action failed', { error: String(e) });
		throw e;
	}
}
