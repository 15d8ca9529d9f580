// Irreversible actions (closing a survey round, revoking a credential, ending a pair) take effect only
// when the form says confirm=yes. The confirmation dialog sends it (with JavaScript); without JavaScript
// the first submit comes without it, and the answer is this confirm step, which the page shows in place
// of the button (`ConfirmAction.svelte`). A stray, repeated or forged plain submit asks instead of acting.
import { fail } from '@sveltejs/kit';

export function isConfirmed(form: FormData): boolean {
	return form.get('confirm') === 'yes';
}

/** The confirm step for `key` (the thing the page shows it for), or null when the form confirms. */
export function confirmStep(form: FormData, key: string, errors: Record<string, string> = {}) {
	if (isConfirmed(form) && Object.keys(errors).length === 0) return null;
	const values: Record<string, string> = {};
	for (const [k, v] of form) if (typeof v === 'string' && k !== 'confirm') values[k] = v;
	return fail(400, { confirming: key, values, errors });
}
