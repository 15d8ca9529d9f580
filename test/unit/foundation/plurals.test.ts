// Every count a person reads is worded through the locale's plural rules ("1 actions", "1 indsatser" and
// "day(s)" were issue 17, point 9). A message is "about a count" when, in any language, a count-like
// variable is followed by a word ("{count} actions", "{min} characters"); such a message must then be a
// plural selection on that variable in every language, with a variant for each of the locale's
// Intl.PluralRules categories.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';

const LOCALES = ['en', 'da', 'nl', 'sv'] as const;
type Complex = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Value = string | Complex[];
const catalogues = Object.fromEntries(
	LOCALES.map((l) => [l, JSON.parse(fs.readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, Value>])
);
const keys = Object.keys(catalogues.en).filter((k) => !k.startsWith('$'));
const patterns = (v: Value): string[] => (typeof v === 'string' ? [v] : v.flatMap((c) => Object.values(c.match)));

/** Variable names that hold numbers of things in this catalogue (not ids, names or dates; `n` is a position here: "Card {n}"). */
const COUNT_LIKE =
	/^(count|total|dots|days|weeks|hours|minutes|seconds|min|max|budget|items|dimensions|done|shown|comments|people|answers|questions|responses)$/;
/** "{n} of {total} tasks": the noun belongs to the second number. */
const LINK_WORDS = new Set(['of', 'af', 'van', 'av']);
/** Abbreviated units read the same for one and many. */
const UNITS = new Set(['min', 'MB', 'h', 't', 'u']);

/** [variable, following word] for every count-like placeholder followed by a word. */
function countedNouns(text: string): string[] {
	const found: string[] = [];
	for (const m of text.matchAll(/\{(\w+)\}\s+(\p{L}+)/gu)) {
		if (COUNT_LIKE.test(m[1]) && !LINK_WORDS.has(m[2]) && !UNITS.has(m[2])) found.push(m[1]);
	}
	return found;
}

/** The variable a message selects through `plural`, with the categories it covers. */
function pluralSelections(v: Value): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	if (typeof v === 'string') return out;
	for (const c of v) {
		const locals = new Map<string, string>();
		for (const d of c.declarations ?? []) {
			const m = /^local (\w+) = (\w+): plural\b/.exec(d);
			if (m) locals.set(m[1], m[2]);
		}
		for (const sel of c.selectors ?? []) {
			const variable = locals.get(sel);
			if (!variable) continue;
			const cats = out.get(variable) ?? new Set<string>();
			for (const match of Object.keys(c.match)) {
				for (const part of match.split(',')) {
					const [k, val] = part.split('=').map((s) => s.trim());
					if (k === sel) cats.add(val);
				}
			}
			out.set(variable, cats);
		}
	}
	return out;
}

const counted = new Map<string, Set<string>>();
for (const locale of LOCALES) {
	for (const key of keys) {
		for (const p of patterns(catalogues[locale][key] ?? '')) {
			for (const v of countedNouns(p)) counted.set(key, (counted.get(key) ?? new Set()).add(v));
		}
	}
}

describe('counts in the message catalogue', () => {
	it('finds the messages that show a count of something', () => {
		// the detector itself: these are known counts, one per kind
		for (const key of ['team_member_count', 'actions_filter_count', 'boards_voted', 'error_too_short']) {
			expect(counted.has(key), key).toBe(true);
		}
		expect(counted.has('bites_card_of')).toBe(false); // "Card {n} of {total}" counts nothing
	});

	for (const locale of LOCALES) {
		it(`words every count through the plural rules in ${locale}`, () => {
			const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
			expect(counted.size).toBeGreaterThan(0);
			const missing: string[] = [];
			for (const [key, vars] of counted) {
				const selections = pluralSelections(catalogues[locale][key]);
				for (const v of vars) {
					const covered = selections.get(v);
					const lacking = categories.filter((c) => !covered?.has(c));
					if (lacking.length) missing.push(`${key} {${v}}: ${lacking.join(', ')}`);
				}
			}
			expect(missing).toEqual([]);
		});

		it(`has no "(s)"- or "vraag/vragen"-style half plurals in ${locale}`, () => {
			const half = keys.filter((k) =>
				patterns(catalogues[locale][k]).some(
					(p) => /\p{L}\((s|e|er|en|ar|or|r|n|es|na)\)/u.test(p) || /(\p{L}{3})\p{L}*\/\1\p{L}*/u.test(p)
				)
			);
			expect(half).toEqual([]);
		});
	}
});

describe('compiled plural messages', () => {
	it('say "1 action" and "2 actions" in each language', async () => {
		const { m } = await import('../../../src/lib/paraglide/messages.js');
		const say = (locale: (typeof LOCALES)[number], count: number) => m.actions_filter_count({ count }, { locale });
		expect([say('en', 1), say('en', 2)]).toEqual(['1 action', '2 actions']);
		expect([say('da', 1), say('da', 2)]).toEqual(['1 indsats', '2 indsatser']);
		expect([say('nl', 1), say('nl', 2)]).toEqual(['1 actie', '2 acties']);
		expect([say('sv', 1), say('sv', 2)]).toEqual(['1 insats', '2 insatser']);
		expect(m.boards_voted({ count: 1 }, { locale: 'en' })).toBe('voted (1 dot)');
	}, 60_000); // the compiled catalogue is large to transform
});
