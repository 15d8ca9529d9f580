// The definition form must let a browser submit 0.25 hours and 0.1 ECTS: an <input type="number"> without a
// `step` only accepts whole numbers (HTML constraint validation, step 1), so the browser refuses the form.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Page from '../../../src/routes/(app)/bites/credentials/manage/+page.svelte';

/** Would a browser accept `value` in this <input>? (the step rule of HTML's number input, base = min or 0) */
function stepAccepts(html: string, name: string, value: number) {
	const tag = html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0];
	expect(tag, `an input named ${name}`).toBeTruthy();
	const step = tag!.match(/\sstep="([^"]*)"/)?.[1] ?? '1';
	if (step === 'any') return true;
	const base = Number(tag!.match(/\smin="([^"]*)"/)?.[1] ?? 0);
	const steps = (value - base) / Number(step);
	return Math.abs(steps - Math.round(steps)) < 1e-9;
}

describe('the credential definition form', () => {
	it('accepts a workload of 0.25 hours and 0.1 ECTS credits', () => {
		const { body } = render(Page, {
			props: {
				data: { definitions: [], modules: [], issued: [], locked: [], members: [], programmes: [] },
				form: null
			} as never
		});
		expect(stepAccepts(body, 'workloadHours', 0.25)).toBe(true);
		expect(stepAccepts(body, 'credits', 0.1)).toBe(true);
	});
});
