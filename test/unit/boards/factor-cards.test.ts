// The learning-environment template's question cards per factor: every zone (factor) has its own deck of at
// least four cards, written in all four languages, and the cards of one factor are not another's.
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../../src/lib/server/boards/template-catalogue';

const LOCALES = ['da', 'en', 'nl', 'sv'] as const;

describe('learning-environment cards per factor', () => {
	const template = BUILT_IN.find((t) => t.id === 'learning-environment')!;

	it('gives each of the four factors at least four cards in every language', () => {
		expect(template.zones).toHaveLength(4);
		for (const zone of template.zones) {
			expect(zone.questions?.length ?? 0, zone.title.en).toBeGreaterThanOrEqual(4);
			for (const card of zone.questions!)
				for (const locale of LOCALES) {
					expect(card[locale]?.trim().length, `${zone.title.en} / ${locale}`).toBeGreaterThan(10);
					expect(card[locale].trim().endsWith('?'), card[locale]).toBe(true);
				}
		}
	});

	it('has no card twice, within a factor or across factors, in any language', () => {
		for (const locale of LOCALES) {
			const all = template.zones.flatMap((z) => z.questions!.map((q) => q[locale]));
			expect(all.length).toBeGreaterThan(0);
			expect(new Set(all).size).toBe(all.length);
		}
	});
});
