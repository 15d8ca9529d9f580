// One visual system (issue 21, point 6): the spacing and type scales are defined once, in src/app.css, and the
// app's stylesheets size their text from the type scale rather than each choosing its own rem size; every
// scale token they use exists.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../../../src/', import.meta.url);
const css = readFileSync(new URL('app.css', src), 'utf8');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const defined = new Set([...root.matchAll(/(--(?:space|text)-[\w]+):/g)].map((m) => m[1]));
const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.(svelte|css)$/.test(f))
	.map((f) => ({ file: f, text: readFileSync(new URL(f, src), 'utf8') }));

describe('the design tokens', () => {
	it('define a spacing scale and a type scale in app.css', () => {
		expect([...defined].filter((t) => t.startsWith('--space-')).length).toBeGreaterThanOrEqual(6);
		expect([...defined].filter((t) => t.startsWith('--text-')).length).toBeGreaterThanOrEqual(6);
	});

	it('are what the stylesheets size their text with: no font size of their own in rem', () => {
		expect(sheets.length).toBeGreaterThan(50);
		const own = sheets.flatMap(({ file, text }) =>
			[...text.matchAll(/font-size:\s*[0-9.]+rem\s*;/g)].map((m) => `${file}: ${m[0]}`)
		);
		expect(own).toEqual([]);
	});

	it('are all defined where they are used', () => {
		const used = sheets.flatMap(({ file, text }) =>
			[...text.matchAll(/var\((--(?:space|text)-[\w]+)\)/g)].map((m) => ({ file, token: m[1] }))
		);
		expect(used.length).toBeGreaterThan(100);
		expect(used.filter((u) => !defined.has(u.token))).toEqual([]);
	});
});
