// `use:enhance={offlineForm(...)}`: a form that, offline, is kept in the offline queue (queue.svelte.ts) instead of
// failing. Online it posts as usual, with a device-made `clientId`, so a send that seemed to fail but arrived is
// still stored once when the queue sends it again. Without JavaScript the form posts as it always did.
import type { SubmitFunction } from '@sveltejs/kit';
import { enqueue, newClientId } from './queue.svelte';

export function offlineForm(onQueued: (form: HTMLFormElement) => void): SubmitFunction {
	return ({ formData, action, formElement, cancel }) => {
		const id = newClientId();
		formData.set('clientId', id);
		const keep = async () => {
			await enqueue(action.href, formData, id);
			onQueued(formElement);
		};
		if (!navigator.onLine) {
			cancel();
			return void keep();
		}
		return async ({ result, update }) => {
			// The connection dropped on the way (the browser still thought it was online).
			if (result.type === 'error' && result.error instanceof TypeError) return keep();
			await update();
		};
	};
}
