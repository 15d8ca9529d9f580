import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import {
	DIMENSIONS,
	DRIVERS,
	EFFORTS,
	ENTRIES,
	FACTORS,
	LOCALES,
	TEXTS,
	builtinCatalogue
} from '../../../src/lib/actions/catalogue/index';
import { dimensionByKey } from '../../../src/lib/surveys/instrument';

const messages = Object.fromEntries(
	LOCALES.map((l) => [l, JSON.parse(fs.readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, string>])
);

describe('the action catalogue', () => {
	it('holds at least forty actions with unique ids', () => {
		expect(ENTRIES.length).toBeGreaterThanOrEqual(40);
		expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
	});

	it('is complete in four languages: every action has a title, why, 3–6 steps and an indicator in each', () => {
		const ids = ENTRIES.map((e) => e.id).sort();
		for (const locale of LOCALES) {
			const texts = TEXTS[locale];
			expect(Object.keys(texts).sort(), `${locale} has exactly the catalogue's actions`).toEqual(ids);
			for (const id of ids) {
				const t = texts[id];
				expect(Object.keys(t).sort(), `${locale}/${id} fields`).toEqual(['how', 'indicator', 'title', 'why']);
				expect(t.title.trim().length, `${locale}/${id} title`).toBeGreaterThan(3);
				expect(t.why.trim().length, `${locale}/${id} why`).toBeGreaterThan(20);
				expect(t.indicator.trim().length, `${locale}/${id} indicator`).toBeGreaterThan(10);
				expect(t.how.length, `${locale}/${id} steps`).toBeGreaterThanOrEqual(3);
				expect(t.how.length, `${locale}/${id} steps`).toBeLessThanOrEqual(6);
				expect(t.how.length, `${locale}/${id} has as many steps as English`).toBe(TEXTS.en[id].how.length);
				for (const step of t.how) expect(step.trim().length).toBeGreaterThan(5);
			}
		}
		// 4 languages × actions × (title + why + indicator + steps): the whole catalogue counted.
		const count = LOCALES.reduce((n, l) => n + Object.values(TEXTS[l]).reduce((m, t) => m + 3 + t.how.length, 0), 0);
		expect(count).toBe(4 * ENTRIES.reduce((n, e) => n + 3 + TEXTS.en[e.id].how.length, 0));
	});

	it('is translated, not copied: no Danish, Dutch or Swedish text equals the English', () => {
		for (const locale of ['da', 'nl', 'sv'] as const) {
			for (const e of ENTRIES) {
				const t = TEXTS[locale][e.id];
				const en = TEXTS.en[e.id];
				expect(t.title, `${locale}/${e.id}`).not.toBe(en.title);
				expect(t.why, `${locale}/${e.id}`).not.toBe(en.why);
				expect(t.indicator, `${locale}/${e.id}`).not.toBe(en.indicator);
				t.how.forEach((step, i) => expect(step, `${locale}/${e.id} step ${i + 1}`).not.toBe(en.how[i]));
			}
		}
	});

	it('ties every action to the factors and survey dimensions, with who drives it, effort and time to effect', () => {
		for (const e of ENTRIES) {
			expect(e.factors.length, e.id).toBeGreaterThan(0);
			for (const f of e.factors) expect(FACTORS).toContain(f);
			expect(e.dimensions.length, e.id).toBeGreaterThan(0);
			for (const d of e.dimensions) expect(DIMENSIONS).toContain(d);
			expect(DRIVERS).toContain(e.driver);
			expect(EFFORTS).toContain(e.effort);
			expect(e.firstEffectWeeks).toBeGreaterThan(0);
		}
	});

	it('offers at least three actions for every survey dimension and several for every factor', () => {
		for (const d of DIMENSIONS)
			expect(ENTRIES.filter((e) => e.dimensions.includes(d)).length, d).toBeGreaterThanOrEqual(3);
		for (const f of FACTORS) expect(ENTRIES.filter((e) => e.factors.includes(f)).length, f).toBeGreaterThanOrEqual(5);
		for (const d of DRIVERS)
			expect(
				ENTRIES.some((e) => e.driver === d),
				d
			).toBe(true);
	});

	it('includes the examples the issue names', () => {
		const ids = ENTRIES.map((e) => e.id);
		for (const id of [
			'weekly-learning-minutes',
			'buddy-for-newcomers',
			'after-action-review',
			'task-rotation',
			'leaders-share-learning',
			'shared-learning-log',
			'user-session-quarterly'
		]) {
			expect(ids).toContain(id);
		}
		expect(TEXTS.en['buddy-for-newcomers'].indicator).toBe('Every new colleague has a named buddy in week 1.');
	});

	it('serves each language its own text', () => {
		expect(builtinCatalogue('da').find((a) => a.id === 'buddy-for-newcomers')!.title).toBe(
			'En navngiven buddy til hver ny kollega'
		);
		expect(builtinCatalogue('sv').find((a) => a.id === 'task-rotation')!.title).toBe('Arbetsrotation');
	});
});

describe("the actions module's interface text", () => {
	const keys = (l: string) =>
		Object.keys(messages[l]).filter((k) => k.startsWith('actions_') || k.startsWith('error_actions_'));

	it('has every key in all four languages', () => {
		expect(keys('en').length).toBeGreaterThan(100);
		for (const l of ['da', 'nl', 'sv']) expect(keys(l).sort(), l).toEqual(keys('en').sort());
	});

	it('has a label for every factor, dimension, driver, effort and status', () => {
		for (const l of LOCALES) {
			for (const f of FACTORS) expect(messages[l][`actions_factor_${f}`], `${l} ${f}`).toBeTruthy();
			for (const d of DIMENSIONS) expect(dimensionByKey(d)?.name[l], `${l} ${d}`).toBeTruthy();
			for (const d of DRIVERS) expect(messages[l][`actions_driver_${d}`], `${l} ${d}`).toBeTruthy();
			for (const e of EFFORTS) expect(messages[l][`actions_effort_${e.toLowerCase()}`], `${l} ${e}`).toBeTruthy();
			for (const s of ['planned', 'doing', 'done', 'dropped']) expect(messages[l][`actions_status_${s}`]).toBeTruthy();
		}
	});

	it('keeps the same placeholders in every language', () => {
		// a plural message (an array of variants) is checked over the text of all its variants
		const params = (v: unknown) => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort().join(',');
		for (const k of keys('en'))
			for (const l of ['da', 'nl', 'sv']) expect(params(messages[l][k]), `${l} ${k}`).toBe(params(messages.en[k]));
	});
});
