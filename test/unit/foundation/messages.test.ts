import { describe, expect, it } from 'vitest';
import fs from 'node:fs';

const LOCALES = ['en', 'da', 'nl', 'sv'] as const;
/** A message is a string, or (with plural forms) an array of { declarations, selectors, match: { variant: text } }. */
type Message = string | { match: Record<string, string> }[];
/** Every text of a message (each plural variant), joined: what the checks below read. */
const text = (m: Message | undefined): string => (m === undefined ? '' : typeof m === 'string' ? m : m.flatMap((v) => Object.values(v.match)).join(' '));
const load = (l: string) => Object.fromEntries(Object.entries(JSON.parse(fs.readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, Message>).map(([k, v]) => [k, k.startsWith('$') ? '' : text(v)]));
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
			const wrong = keys('en').filter((k) => JSON.stringify(params(catalogues[locale][k] ?? '')) !== JSON.stringify(params(catalogues.en[k])));
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
