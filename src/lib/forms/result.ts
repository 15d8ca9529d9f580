// Reading a form action's answer in a component, one way everywhere. The server adapter ($lib/server/http) names
// every answer with `formName` (the action it came from), so a page with several forms shows each error, kept
// value and tick next to the form that caused it, and nothing next to the others.
export interface FormAnswer {
	formName?: string;
	values?: Record<string, string>;
	errors?: Record<string, string>;
	lists?: Record<string, string[]>;
	confirming?: string;
	[key: string]: unknown;
}

export interface FormView {
	/** field → translated message; `_form` for the form as a whole */
	errors: Record<string, string>;
	/** what was typed, to fill the fields again after a failed submit */
	values: Record<string, string>;
	/** what was ticked in each checkbox group */
	lists: Record<string, string[]>;
	/** the whole answer when it belongs to this form (e.g. `saved`), else null */
	answer: FormAnswer | null;
}

const EMPTY: FormView = { errors: {}, values: {}, lists: {}, answer: null };

/** The answer for the form posting to `?/name` (any answer when no name is given). */
export function formView(form: unknown, name?: string): FormView {
	if (!form || typeof form !== 'object') return EMPTY;
	const answer = form as FormAnswer;
	if (name !== undefined && answer.formName !== undefined && answer.formName !== name) return EMPTY;
	return { errors: answer.errors ?? {}, values: answer.values ?? {}, lists: answer.lists ?? {}, answer };
}
