import { describe, expect, it } from 'vitest';
import { parseTexts, pickText, serializeTexts } from '../../../src/lib/surveys/texts';
import { roundStatus, isValidDate } from '../../../src/lib/surveys/status';
import { DIMENSIONS, OPEN_QUESTIONS, instrumentItemCount } from '../../../src/lib/surveys/instrument';

describe('texts in four languages', () => {
	it('shows the reader’s language, else a marked fallback', () => {
		expect(pickText({ da: 'Hej', en: 'Hello' }, 'da')).toEqual({ text: 'Hej', lang: 'da', fallback: false });
		expect(pickText({ en: 'Hello' }, 'sv')).toEqual({ text: 'Hello', lang: 'en', fallback: true });
		expect(pickText({ nl: 'Hallo' }, 'sv')).toEqual({ text: 'Hallo', lang: 'nl', fallback: true });
	});

	it('stores only languages with text and survives malformed JSON', () => {
		expect(serializeTexts({ da: ' x ', en: '' })).toBe('{"da":"x"}');
		expect(parseTexts('not json')).toEqual({});
		expect(parseTexts('["a"]')).toEqual({});
	});
});

describe('round dates', () => {
	const round = { opens_on: '2026-03-01', closes_on: '2026-03-14', time_zone: 'Europe/Copenhagen', closed_at: null };
	it('is open from the first to the last day, in the round’s time zone', () => {
		expect(roundStatus(round, new Date('2026-02-28T22:59:00Z'))).toBe('scheduled');
		expect(roundStatus(round, new Date('2026-02-28T23:01:00Z'))).toBe('open');
		expect(roundStatus(round, new Date('2026-03-14T22:59:00Z'))).toBe('open');
		expect(roundStatus(round, new Date('2026-03-14T23:01:00Z'))).toBe('closed');
	});
	it('is closed once closed by hand', () => {
		expect(roundStatus({ ...round, closed_at: '2026-03-05T10:00:00Z' }, new Date('2026-03-06T10:00:00Z'))).toBe(
			'closed'
		);
	});
	it('accepts real calendar dates only', () => {
		expect(isValidDate('2026-02-29')).toBe(false);
		expect(isValidDate('2028-02-29')).toBe(true);
		expect(isValidDate('29/02/2028')).toBe(false);
	});
});

describe('the built-in instrument', () => {
	it('has 20–30 Likert items in dimensions, reverse-scored ones among them, and two open questions, all in four languages', () => {
		expect(instrumentItemCount()).toBeGreaterThanOrEqual(20);
		expect(instrumentItemCount()).toBeLessThanOrEqual(30);
		expect(OPEN_QUESTIONS).toHaveLength(2);
		const items = DIMENSIONS.flatMap((d) => d.items);
		expect(items.filter((i) => i.reverse).length).toBeGreaterThanOrEqual(4);
		for (const t of [
			...items.map((i) => i.text),
			...DIMENSIONS.map((d) => d.name),
			...DIMENSIONS.map((d) => d.description),
			...OPEN_QUESTIONS.map((q) => q.text)
		]) {
			for (const l of ['da', 'en', 'nl', 'sv'] as const) expect(t[l].trim().length).toBeGreaterThan(3);
		}
		expect(new Set(DIMENSIONS.map((d) => d.factor))).toEqual(new Set([1, 2, 3, 4]));
	});
});
