// The colour tokens of both themes (src/app.css) reach WCAG AA: 4.5:1 for text on every surface it is used on,
// 3:1 for the focus ring and borders of controls; and the dark tokens, which app.css must state twice (the person's
// choice and the device's setting), are the same in both places. No other stylesheet decides dark by the device
// alone: a page that did would stay dark for someone who chose the light theme.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');

function tokensIn(block: string) {
	return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((t) => [t[1], t[2]]));
}
function blockAfter(marker: string) {
	const start = css.indexOf(marker);
	expect(start, marker).toBeGreaterThanOrEqual(0);
	return css.slice(start, css.indexOf('}', start));
}
const light = tokensIn(blockAfter(':root {'));
const darkChosen = tokensIn(blockAfter(":root[data-theme='dark'] {"));
const darkDevice = tokensIn(blockAfter(":root:not([data-theme='light']) {"));
const dark = { ...light, ...darkChosen };

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string) {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum]
const PAIRS: [string, string, number][] = [
	...['bg', 'surface', 'surface-2'].flatMap((bg): [string, string, number][] => [
		['text', bg, 4.5],
		['muted', bg, 4.5],
		['accent', bg, 4.5],
		['danger', bg, 4.5],
		['focus', bg, 3]
	]),
	['accent-text', 'accent', 4.5],
	['text', 'accent-soft', 4.5],
	['danger', 'danger-soft', 4.5],
	['ok', 'surface', 4.5],
	// the favourable and unfavourable parts of the survey result bars (graphical objects)
	['fav', 'surface', 3],
	['unf', 'surface', 3],
	...['yellow', 'pink', 'blue', 'green', 'orange', 'purple'].map((c): [string, string, number] => [
		'note-ink',
		`note-${c}`,
		4.5
	])
];

describe('the colour tokens', () => {
	it('are read from app.css for both themes', () => {
		expect(Object.keys(light).length).toBeGreaterThan(15);
		expect(Object.keys(darkChosen).length).toBeGreaterThan(10);
	});

	it('state the same dark theme for the person’s choice and for the device’s setting', () => {
		expect(darkDevice).toEqual(darkChosen);
	});

	for (const [name, tokens] of [
		['light', light],
		['dark', dark]
	] as const)
		it(`reach AA in the ${name} theme`, () => {
			const missing = PAIRS.flatMap(([fg, bg]) => [fg, bg]).filter((t) => !tokens[t]);
			expect(missing).toEqual([]);
			const failing = PAIRS.map(([fg, bg, min]) => ({
				pair: `${fg} on ${bg}`,
				ratio: contrast(tokens[fg], tokens[bg]),
				min
			}))
				.filter((p) => p.ratio < p.min)
				.map((p) => `${p.pair}: ${p.ratio.toFixed(2)} < ${p.min}`);
			expect(failing).toEqual([]);
		});

	it('are the only place that reads the device’s colour scheme', () => {
		const src = new URL('../../../src/', import.meta.url);
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(svelte|css|ts)$/.test(f));
		expect(files.length).toBeGreaterThan(50);
		const offenders = files.filter(
			(f) => f !== 'app.css' && readFileSync(new URL(f, src), 'utf8').includes('prefers-color-scheme')
		);
		expect(offenders).toEqual([]);
	});
});
