// Repeated form fields (checkbox groups, multiple selects, repeated hidden inputs) reach the schema as
// lists whatever wraps the array: the parser reads the schema's input side, not only a bare z.array.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from '../../../src/lib/server/forms';
import { ProfileInput } from '../../../src/lib/server/learning/schemas';
import { CustomAction } from '../../../src/lib/server/actions/schemas';

function form(entries: [string, string][]) {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}
const ticked = form([
	['days', '1'],
	['days', '3']
]);
const list = z.array(z.enum(['1', '2', '3']));

describe('parsing repeated form fields', () => {
	const shapes: [string, z.ZodType][] = [
		['a plain array', z.object({ days: list })],
		['an array with a transform', z.object({ days: list.transform((d) => d.map(String)) })],
		['an optional array', z.object({ days: list.optional() })],
		['a nullable array', z.object({ days: list.nullable() })],
		['an array with a default', z.object({ days: list.default([]) })],
		['an array piped into another schema', z.object({ days: list.pipe(z.array(z.enum(['1', '2', '3'])).min(1)) })],
		['an array with a refinement', z.object({ days: list.refine((d) => d.length > 0) })],
		['a set', z.object({ days: z.set(z.string()).transform((s) => [...s]) })],
		[
			'an array, optional, with a transform, in an object with a refinement',
			z.object({ days: list.optional().transform((d) => d ?? []) }).refine(() => true)
		],
		['an array in an object with a transform', z.object({ days: list }).transform((v) => ({ days: v.days }))],
		['an array in a preprocessed object', z.preprocess((v) => v, z.object({ days: list }))],
		['an array in an extended object', z.object({ other: z.string().optional() }).extend({ days: list.readonly() })],
		['an array inside a lazy schema', z.object({ days: z.lazy(() => list) })],
		['an array with a catch', z.object({ days: list.catch([]) })],
		[
			'an array in a union of objects',
			z.union([z.object({ kind: z.literal('a'), days: list }), z.object({ kind: z.literal('b') })])
		],
		[
			'an array in an intersection',
			z.intersection(z.object({ days: list }), z.object({ other: z.string().optional() }))
		]
	];
	for (const [name, schema] of shapes) {
		it(`gives every ticked value to ${name}`, () => {
			const entries = name.includes('union') ? form([['kind', 'a'], ...([...ticked] as [string, string][])]) : ticked;
			const r = parseForm(entries, schema);
			expect(r.ok, JSON.stringify(r)).toBe(true);
			if (!r.ok) return;
			const days = (r.value as { days: Iterable<string> }).days;
			expect([...days].map(String)).toEqual(['1', '3']);
		});
	}

	it('gives a one-tick group as a list of one', () => {
		const r = parseForm(form([['days', '2']]), z.object({ days: list.transform((d) => d) }));
		expect(r.ok && r.value.days).toEqual(['2']);
	});

	it('gives an untouched group as an empty list, so the schema’s own message is shown', () => {
		const r = parseForm(
			form([
				['offers', 'x'],
				['capacity', '2']
			]),
			ProfileInput
		);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.failure.errors.days).toBe('Choose at least one day.');
	});

	it('keeps single fields single: the first value of a repeated scalar, a preprocessed text split by lines', () => {
		const r = parseForm(
			form([
				['name', 'first'],
				['name', 'second']
			]),
			z.object({ name: z.string() })
		);
		expect(r.ok && r.value.name).toBe('first');
		const action = parseForm(
			form([
				['title', 'Pair up'],
				['why', 'Because'],
				['how', 'one\ntwo\nthree'],
				['factors', 'FACTOR'],
				['driver', 'x']
			]),
			CustomAction
		);
		expect(action.ok).toBe(false);
		if (!action.ok) expect(action.failure.errors.how).toBeUndefined();
	});

	it('saves the learning profile with the days ticked', () => {
		const r = parseForm(
			form([
				['offers', 'Excel, Forklift'],
				['wants', ''],
				['days', '2'],
				['days', '4'],
				['capacity', '1']
			]),
			ProfileInput
		);
		expect(r.ok, JSON.stringify(r)).toBe(true);
		if (r.ok) expect(r.value).toEqual({ offers: ['Excel', 'Forklift'], wants: [], days: [2, 4], capacity: 1 });
	});
});
