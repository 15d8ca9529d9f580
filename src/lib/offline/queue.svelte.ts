// The offline queue: a form written without a connection (a quiz answer, a session log, a peer feedback) waits in
// IndexedDB and is posted to its form action when the device is back online. Every item carries an id made here
// (`clientId`), which the server stores once however often it arrives (migration 0029), so sending again after a
// lost response, or from two tabs at once, is safe.
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

/** What the pages show: items waiting, and items the server refused (invalid by now) since the last look. */
export const queueState = $state({ waiting: 0, refused: 0 });

let store: UseStore | undefined;
const queueStore = () => (store ??= createStore('samspil-offline', 'queue'));

export const newClientId = () => crypto.randomUUID();

export async function refreshCount() {
	queueState.waiting = (await entries(queueStore())).length;
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

type Outcome = 'sent' | 'refused' | 'later';

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
		return 'later';
	}
	if (!response.ok)
		return response.status >= 400 && response.status < 500 && response.status !== 429 ? 'refused' : 'later';
	const result = deserialize(await response.text());
	if (result.type === 'success') return 'sent';
	if (result.type === 'redirect') return result.location.startsWith('/signin') ? 'later' : 'sent';
	if (result.type === 'failure') return 'refused';
	return 'later';
}

/** Sends everything waiting, oldest first; one tab at a time where the browser can say so (Web Locks). */
export async function flush() {
	const run = async () => {
		const items = (await queuedItems()).sort((a, b) => a.queuedAt - b.queuedAt);
		for (const item of items) {
			const outcome = await send(item);
			if (outcome === 'later') break;
			await del(item.id, queueStore());
			if (outcome === 'refused') queueState.refused += 1;
		}
		await refreshCount();
	};
	if (!navigator.onLine) return refreshCount();
	if (navigator.locks) await navigator.locks.request('samspil-offline-queue', run);
	else await run();
}
