// Form input at the boundary: one schema library (zod) for every form and API; errors come back as
// catalogue keys, translated into the request's language, per field.
import { z } from 'zod';
import { translate } from './i18n';

export interface FormErrors {
	/** what the person typed (passwords never echoed back) */
	values: Record<string, string>;
	/** field name → translated message; `_form` for errors that belong to no field */
	errors: Record<string, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; failure: FormErrors };

function issueMessage(issue: z.core.$ZodIssue): string {
	if (typeof issue.message === 'string' && issue.message.startsWith('error_')) return translate(issue.message);
	switch (issue.code) {
		case 'too_small':
			return issue.minimum === 1 ? translate('error_required') : translate('error_too_short', { min: Number(issue.minimum) });
		case 'too_big':
			return translate('error_too_long', { max: Number(issue.maximum) });
		case 'invalid_format':
			return issue.format === 'email' ? translate('error_email') : translate('error_invalid');
		case 'invalid_value':
			return translate('error_choice');
		case 'invalid_type':
			return translate(issue.input === undefined ? 'error_required' : 'error_invalid');
		default:
			return translate('error_invalid');
	}
}

function formToObject(form: FormData, schema: z.ZodType): Record<string, unknown> {
	const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const field = shape[key];
		const isArray = field && field.def.type === 'array';
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = isArray ? all : all[0];
	}
	return out;
}

export function parseInput<S extends z.ZodType>(raw: unknown, schema: S): Parsed<z.output<S>> {
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, value: result.data };
	const errors: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const field = issue.path.length ? String(issue.path[0]) : '_form';
		errors[field] ??= issueMessage(issue);
	}
	const values: Record<string, string> = {};
	if (raw && typeof raw === 'object') {
		for (const [k, v] of Object.entries(raw)) {
			if (typeof v === 'string' && !/password|current|next/i.test(k)) values[k] = v;
		}
	}
	return { ok: false, failure: { values, errors } };
}

export function parseForm<S extends z.ZodType>(form: FormData, schema: S): Parsed<z.output<S>> {
	return parseInput(formToObject(form, schema), schema);
}
