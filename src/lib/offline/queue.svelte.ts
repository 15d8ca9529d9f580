// The offline queue: a form written without a connection (a quiz answer, a session log, a peer feedback) waits in
// IndexedDB and is posted to its form action when the device is back online. Every item carries an id made here
// (`clientId`), which the server stores once however often it arrives (migration 0029), so sending again after a
// lost response, or from two tabs at once, is safe.
//
// The server may refuse an item by the time it arrives (what it was for was removed meanwhile, or it is no longer
// valid): the item then moves to a second store with the reason, so what the person wrote is never lost unseen;
// it stays there, shown by OfflineStatus, until they discard it.
//
// IndexedDB through idb-keyval: the queue is one small key → item store (add, list, remove), which is exactly
// idb-keyval's get/set/entries/del; it is 600 bytes and spares us IndexedDB's request/transaction callbacks.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { deserialize } from '$app/forms';

export interface QueuedForm {
	/** the device-made id, also sent as the form's `clientId` field */
	id: string;
	/** the form action's URL, e.g. /learning/pairs/<id>?/log */
	action: string;
	fields: [string, string][];
	/** milliseconds since 1970: sent oldest first */
	queuedAt: number;
}

/** Why the server refused an item: what it was for is gone, the person may no longer do it, or it is invalid now
 * (the server's own messages, in the person's language). */
export type Refusal = { kind: 'gone' } | { kind: 'forbidden' } | { kind: 'invalid'; messages: string[] };

export interface RefusedForm extends QueuedForm {
	refusal: Refusal;
	refusedAt: number;
}

/** What the pages show: items waiting, and items the server refused, kept until the person discards them. */
export const queueState = $state<{ waiting: number; refused: RefusedForm[] }>({ waiting: 0, refused: [] });

let store: UseStore | undefined;
const queueStore = () => (store ??= createStore('samspil-offline', 'queue'));
// A database of its own: idb-keyval opens one object store per database.
let refusedStore: UseStore | undefined;
const refusals = () => (refusedStore ??= createStore('samspil-offline-refused', 'refused'));

export const newClientId = () => crypto.randomUUID();

export async function refreshCount() {
	queueState.waiting = (await entries(queueStore())).length;
	queueState.refused = (await entries<string, RefusedForm>(refusals()))
		.map(([, item]) => item)
		.sort((a, b) => a.refusedAt - b.refusedAt);
}

/** The person has seen a refused item (and copied what they wanted of it). */
export async function discardRefused(id: string) {
	await del(id, refusals());
	await refreshCount();
}

/** Keeps a form to send later. Files are not queued (no queued form has one). */
export async function enqueue(action: string, form: FormData, id = newClientId()) {
	form.set('clientId', id);
	const fields = [...form].filter((f): f is [string, string] => typeof f[1] === 'string');
	await set(id, { id, action, fields, queuedAt: Date.now() } satisfies QueuedForm, queueStore());
	await refreshCount();
}

export async function queuedItems(): Promise<QueuedForm[]> {
	return (await entries<string, QueuedForm>(queueStore())).map(([, item]) => item);
}

type Outcome = { outcome: 'sent' } | { outcome: 'later' } | { outcome: 'refused'; refusal: Refusal };
const SENT: Outcome = { outcome: 'sent' };
const LATER: Outcome = { outcome: 'later' };

function refusal(status: number, data: unknown): Outcome {
	if (status === 404 || status === 410) return { outcome: 'refused', refusal: { kind: 'gone' } };
	if (status === 403) return { outcome: 'refused', refusal: { kind: 'forbidden' } };
	const errors = (data as { errors?: Record<string, unknown> } | undefined)?.errors ?? {};
	const messages = Object.values(errors).filter((e): e is string => typeof e === 'string');
	return { outcome: 'refused', refusal: { kind: 'invalid', messages } };
}

/** Posts one queued form the way SvelteKit's `enhance` does. */
export async function send(item: QueuedForm): Promise<Outcome> {
	const body = new FormData();
	for (const [name, value] of item.fields) body.append(name, value);
	let response: Response;
	try {
		response = await fetch(item.action, {
			method: 'POST',
			body,
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
			// a redirect of the request itself is the sign-in page (signed out meanwhile): keep the item
			redirect: 'manual'
		});
	} catch {
		return LATER;
	}
	if (!response.ok)
		return response.status >= 400 && response.status < 500 && response.status !== 429
			? refusal(response.status, undefined)
			: LATER;
	const result = deserialize(await response.text());
	if (result.type === 'success') return SENT;
	if (result.type === 'redirect') return result.location.startsWith('/signin') ? LATER : SENT;
	if (result.type === 'failure') return refusal(result.status, result.data);
	// An action that throws error(404) answers 200 with an error result carrying the status.
	if (result.type === 'error' && (result.status ?? 500) < 500) return refusal(result.status ?? 400, undefined);
	return LATER;
}

/** Sends everything waiting, oldest first; one tab at a time where the browser can say so (Web Locks). */
export async function flush() {
	const run = async () => {
		const items = (await queuedItems()).sort((a, b) => a.queuedAt - b.queuedAt);
		for (const item of items) {
			const answer = await send(item);
			if (answer.outcome === 'later') break;
			if (answer.outcome === 'refused')
				await set(item.id, { ...item, refusal: answer.refusal, refusedAt: Date.now() }, refusals());
			await del(item.id, queueStore());
		}
		await refreshCount();
	};
	if (!navigator.onLine) return refreshCount();
	if (navigator.locks) await navigator.locks.request('samspil-offline-queue', run);
	else await run();
}
