import { describe, expect, it } from 'vitest';
import fs from 'node:fs';

const LOCALES = ['en', 'da', 'nl', 'sv'] as const;
type Variants = { match: Record<string, string> }[];
/** A message's text: a plain string, or (plural and other variants) all its variants together. */
const text = (v: string | Variants) =>
	typeof v === 'string' ? v : v.flatMap((x) => Object.values(x.match)).join('\n');
const load = (l: string) =>
	Object.fromEntries(
		Object.entries(JSON.parse(fs.readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, string | Variants>).map(
			([k, v]) => [k, text(v)]
		)
	);
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, load(l)]));
const keys = (l: string) => Object.keys(catalogues[l]).filter((k) => !k.startsWith('$'));
const params = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the message catalogue', () => {
	for (const locale of LOCALES) {
		it(`has every key in ${locale}, and nothing extra`, () => {
			expect(keys(locale).sort()).toEqual(keys('en').sort());
		});
		it(`has no empty text in ${locale}`, () => {
			expect(keys(locale).filter((k) => !catalogues[locale][k].trim())).toEqual([]);
		});
		it(`uses the same placeholders as English in ${locale}`, () => {
			const wrong = keys('en').filter(
				(k) => JSON.stringify(params(catalogues[locale][k] ?? '')) !== JSON.stringify(params(catalogues.en[k]))
			);
			expect(wrong).toEqual([]);
		});
	}

	it('is really translated: Danish, Dutch and Swedish are not English copies', () => {
		for (const locale of ['da', 'nl', 'sv']) {
			const long = keys('en').filter((k) => catalogues.en[k].length > 25);
			const copied = long.filter((k) => catalogues[locale][k] === catalogues.en[k]);
			expect(copied.length / long.length, locale).toBeLessThan(0.05);
		}
	});

	it('has a key for every message the code uses', () => {
		const used = new Set<string>();
		const walk = (dir: string) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				const p = `${dir}/${e.name}`;
				if (e.isDirectory()) {
					if (e.name !== 'paraglide') walk(p);
				} else if (/\.(ts|svelte|js)$/.test(e.name)) {
					const text = fs.readFileSync(p, 'utf8');
					for (const m of text.matchAll(/\bm\.([a-z][a-z0-9_]*)\(/g)) used.add(m[1]);
					for (const m of text.matchAll(/['"](error_[a-z0-9_]+)['"]/g)) used.add(m[1]);
				}
			}
		};
		walk('src');
		const known = new Set(keys('en'));
		expect([...used].filter((k) => !known.has(k))).toEqual([]);
	});
});
