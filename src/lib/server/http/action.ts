// Form actions: actor → form through the schema → (confirm step) → one module call → result with its form's name.
import { error, fail, isActionFailure, isHttpError, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Actor } from '../actor';
import { confirmStep } from '../confirm';
import { parseForm, type FormErrors, type Parsed } from '../forms';
import { requireActor } from '../guards';
import { act, guard } from '../respond';
import { translate } from '../i18n';
import { idFields, NoInput } from './ids';

/** Every action result says which form it answers (`?/name` of the request). */
export type FormResult<T> = (T extends object ? T : object) & { formName: string };
export type ActionResult<T> = Promise<FormResult<T> | ActionFailure<FormErrors & { formName: string }>>;

// Route params are typed by SvelteKit per route; an action is written before its route's types apply, so params
// are read as strings (a param the route does not have is simply absent, and the module answers 404).
type Event = RequestEvent<Record<string, string>>;
type Handler<I, T> = (actor: Actor, input: I, event: Event) => Promise<T> | T;

/**
 * A form whose field names are data (a survey's `q_<question id>` answers) cannot be a fixed schema: the module
 * reads it itself, with the same result shape as a schema would give.
 */
export interface FormReader<T> {
	read(form: FormData): Parsed<T>;
	/** the fields that name a record (ids.ts) */
	ids?: Set<string>;
}
/** The form as sent, for a module that reads it against data it loads first (a round's questions). */
export const rawForm: FormReader<FormData> = { read: (form) => ({ ok: true, value: form }) };

interface Options<I> {
	/**
	 * An irreversible action asks first (confirm.ts). The key names what the page shows the question for; the
	 * function runs before the question, so someone who may not act is refused rather than asked.
	 */
	confirm?: (actor: Actor, input: I, event: Event) => Promise<string> | string;
	/**
	 * Who may act on the record in the URL, asked before the form is read: someone refused learns nothing about
	 * the form (403/404, never a 400 about its fields). A module function that throws Forbidden/NotFound.
	 */
	access?: (actor: Actor, event: Event) => Promise<unknown>;
	/** A body over BODY_SIZE_LIMIT (an upload) is answered next to this field with this message, not as an error page. */
	tooLarge?: { field: string; key: string };
}

/** The name of the form action a request calls (`?/create` → create). */
export function formNameOf(url: URL): string {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return key.slice(1);
	return 'default';
}

function named<T>(formName: string, result: T): FormResult<T> {
	if (result && typeof result === 'object' && !Array.isArray(result)) return { ...result, formName } as FormResult<T>;
	return { formName } as FormResult<T>;
}

const withName = (failure: ActionFailure<unknown>, formName: string) =>
	fail(failure.status, { ...(failure.data as object), formName });

async function run<I, T>(
	event: Event,
	reader: FormReader<I>,
	fn: (input: I) => Promise<T> | T,
	confirm?: (input: I) => Promise<string> | string,
	tooLarge?: Options<I>['tooLarge']
) {
	const formName = formNameOf(event.url);
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch (e) {
		if (tooLarge && isHttpError(e) && e.status === 413)
			return fail(413, { values: {}, errors: { [tooLarge.field]: translate(tooLarge.key) }, formName });
		form = new FormData(); // not a form body at all: the schema says what is missing
	}
	const input = reader.read(form);
	if (!input.ok) {
		// A form that names no record (the field is not sent at all: no page has such a form) or a malformed id names
		// nothing there is: not found, like a wrong id. An empty choice ("pick a person") is still "required".
		const names = (field: string) => !form.has(field) || String(form.get(field)).trim().length > 40;
		if (Object.keys(input.failure.errors).some((field) => reader.ids?.has(field) && names(field)))
			error(404, translate('error_not_found'));
		return fail(400, { ...input.failure, formName });
	}
	if (confirm) {
		const key = await act(form, async () => confirm(input.value));
		if (isActionFailure(key)) return withName(key, formName);
		const step = confirmStep(form, key as string);
		if (step) return withName(step, formName);
	}
	const result = await act(form, async () => fn(input.value));
	// A handler may answer with fail() itself; its failure gets the form's name like any other.
	if (isActionFailure(result)) return withName(result, formName);
	return named(formName, result as T);
}

function readerOf(input: z.ZodType | FormReader<unknown>): FormReader<unknown> {
	if ('read' in input && typeof input.read === 'function') return input as FormReader<unknown>;
	return { read: (form) => parseForm(form, input as z.ZodType), ids: idFields(input as z.ZodType) };
}

/**
 * A form action for signed-in people. `action(Schema, (actor, input, event) => …)`, or `action((actor) => …)` for a
 * button with nothing to read. Throw redirect() to move on; return data to show next to the form.
 */
export function action<T>(fn: Handler<z.output<typeof NoInput>, T>): (event: Event) => ActionResult<T>;
export function action<S extends z.ZodType, T>(
	schema: S,
	fn: Handler<z.output<S>, T>,
	options?: Options<z.output<S>>
): (event: Event) => ActionResult<T>;
export function action<I, T>(
	reader: FormReader<I>,
	fn: Handler<I, T>,
	options?: Options<I>
): (event: Event) => ActionResult<T>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloads above carry the types
export function action(a: any, b?: any, options: Options<any> = {}) {
	const reader = readerOf(typeof a === 'function' ? NoInput : a);
	const fn = (typeof a === 'function' ? a : b!) as Handler<unknown, unknown>;
	return async (event: Event) => {
		// Signed out (a session that expired with the form open): sign in, then back to the page, not the action.
		const actor = requireActor(event.locals, new URL(event.url.pathname, event.url));
		if (options.access) await guard(() => options.access!(actor, event));
		const confirm = options.confirm;
		return run(
			event,
			reader,
			(input) => fn(actor, input, event),
			confirm && ((input) => confirm(actor, input, event)),
			options.tooLarge
		);
	};
}

/** A form action anyone may submit (sign-in, join with a code, password reset). */
export function publicAction<S extends z.ZodType, T>(
	schema: S,
	fn: (input: z.output<S>, event: Event) => Promise<T> | T
): (event: Event) => ActionResult<T>;
export function publicAction<I, T>(
	reader: FormReader<I>,
	fn: (input: I, event: Event) => Promise<T> | T
): (event: Event) => ActionResult<T>;
export function publicAction(schema: z.ZodType | FormReader<unknown>, fn: (input: unknown, event: Event) => unknown) {
	const reader = readerOf(schema);
	return (event: Event) => run(event, reader, (input) => fn(input, event));
}
