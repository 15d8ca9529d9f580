// Form input at the boundary: one schema library (zod) for every form and API; errors come back as
// catalogue keys, translated into the request's language, per field.
import { z } from 'zod';
import { translate } from './i18n';

export interface FormErrors {
	/** what the person typed (passwords never echoed back) */
	values: Record<string, string>;
	/** field name → translated message; `_form` for errors that belong to no field */
	errors: Record<string, string>;
	/** what was ticked in each checkbox group / multiple select, so a failed submit keeps the ticks */
	lists?: Record<string, string[]>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; failure: FormErrors };

function issueMessage(issue: z.core.$ZodIssue): string {
	if (typeof issue.message === 'string' && issue.message.startsWith('error_')) return translate(issue.message);
	switch (issue.code) {
		case 'too_small':
			return issue.minimum === 1
				? translate('error_required')
				: translate('error_too_short', { min: Number(issue.minimum) });
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

/**
 * How a schema wants a form field: a list (checkbox group, multiple select, repeated hidden inputs), a
 * single value, or `open` when a preprocess step decides (it gets a list only when the name repeats).
 * Read from the schema's *input* side, through every wrapper: `days: z.array(…).min(1).transform(…)` is a
 * pipe whose input is the array, `z.array(…).optional().default([])` wraps it twice.
 */
type FieldKind = 'list' | 'set' | 'single' | 'open';

// zod 4's definitions: what we read of them (wrappers keep `innerType`, pipes `in`/`out`).
interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	getter?: () => z.ZodType;
	options?: z.ZodType[];
	left?: z.ZodType;
	right?: z.ZodType;
	shape?: Record<string, z.ZodType>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set([
	'optional',
	'nullable',
	'default',
	'prefault',
	'catch',
	'readonly',
	'nonoptional',
	'success',
	'promise'
]);

/** The schema that reads the raw input: through wrappers, a pipe's input end (or a preprocess's schema), lazies. */
function inputSide(schema: z.ZodType): z.ZodType {
	for (let depth = 0; depth < 50; depth++) {
		const def = defOf(schema);
		if (WRAPPERS.has(def.type) && def.innerType) schema = def.innerType;
		else if (def.type === 'lazy' && def.getter) schema = def.getter();
		else if (def.type === 'pipe' && def.in && def.out) schema = defOf(def.in).type === 'transform' ? def.out : def.in;
		else break;
	}
	return schema;
}

function fieldKind(schema: z.ZodType): FieldKind {
	const def = defOf(schema);
	// A preprocess sees the raw input before its schema does: let it have a list only when there is one.
	if (def.type === 'pipe' && def.in && defOf(def.in).type === 'transform') return 'open';
	const inner = inputSide(schema);
	const t = defOf(inner).type;
	if (t === 'array' || t === 'tuple') return 'list';
	if (t === 'set') return 'set';
	if (t === 'union' || t === 'intersection') {
		const kinds = (t === 'union' ? defOf(inner).options! : [defOf(inner).left!, defOf(inner).right!]).map(fieldKind);
		return kinds.find((k) => k === 'list' || k === 'set') ?? 'single';
	}
	if (t === 'transform' || t === 'any' || t === 'unknown' || t === 'custom') return 'open';
	return 'single';
}

const isMany = (kind: FieldKind | undefined) => kind === 'list' || kind === 'set';

/** Every field a form schema knows, with how it wants its value (objects inside pipes, unions, intersections…). */
export function formFields(schema: z.ZodType): Map<string, FieldKind> {
	const out = new Map<string, FieldKind>();
	const visit = (s: z.ZodType) => {
		const inner = inputSide(s);
		const def = defOf(inner);
		if (def.type === 'object' && def.shape) {
			for (const [key, field] of Object.entries(def.shape)) {
				const kind = fieldKind(field);
				if (!isMany(out.get(key))) out.set(key, kind);
			}
		} else if (def.type === 'union') def.options!.forEach(visit);
		else if (def.type === 'intersection') [def.left!, def.right!].forEach(visit);
	};
	visit(schema);
	return out;
}

function formToObject(form: FormData, schema: z.ZodType): Record<string, unknown> {
	const fields = formFields(schema);
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const sent = form.getAll(key);
		const all = sent.filter((v): v is string => typeof v === 'string');
		const kind = fields.get(key) ?? 'single';
		// A file input (the schema says z.instanceof(File)) keeps its File; nothing else ever sees one.
		if ((kind === 'single' || kind === 'open') && all.length === 0 && sent[0] instanceof File) {
			out[key] = sent[0];
			continue;
		}
		out[key] = kind === 'set' ? new Set(all) : kind === 'list' || (kind === 'open' && all.length > 1) ? all : all[0];
	}
	// A checkbox group with nothing ticked sends nothing at all: that is an empty list, so the schema's own
	// message ("choose at least one day") is shown rather than "required".
	for (const [key, kind] of fields) if (isMany(kind) && !(key in out)) out[key] = kind === 'set' ? new Set() : [];
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
	const lists: Record<string, string[]> = {};
	if (raw && typeof raw === 'object') {
		for (const [k, v] of Object.entries(raw)) {
			if (typeof v === 'string' && !/password|current|next/i.test(k)) values[k] = v;
			else if ((Array.isArray(v) || v instanceof Set) && [...v].every((x) => typeof x === 'string')) lists[k] = [...v];
		}
	}
	return { ok: false, failure: { values, errors, ...(Object.keys(lists).length ? { lists } : {}) } };
}

export function parseForm<S extends z.ZodType>(form: FormData, schema: S): Parsed<z.output<S>> {
	return parseInput(formToObject(form, schema), schema);
}
