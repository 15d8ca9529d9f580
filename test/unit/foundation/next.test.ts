// Where sign-in sends a person afterwards: only a path of this site, read the way a browser reads it.
import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../src/lib/server/guards';

/** What a browser does with a Location header: tabs and newlines dropped, backslashes taken as slashes. */
const asBrowser = (location: string) =>
	new URL(location.replace(/[\t\n\r]/g, '').replace(/\\/g, '/'), 'https://samspil.test');

describe('the page after sign-in', () => {
	const hostile = [
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r/evil.example',
		'/ \t/evil.example',
		'//evil.example',
		'/\\evil.example',
		'\\/evil.example',
		'/\t\\evil.example',
		'https://evil.example/',
		'javascript:alert(1)',
		' /\t/evil.example',
		'/\r\nSet-Cookie: x=1',
		'/\u0000/evil.example',
		'/a/\u0001\u007f'
	];
	for (const next of hostile) {
		it(`never leaves the site for ${JSON.stringify(next)}, and holds no control character`, () => {
			const location = safeNext(next);
			expect(asBrowser(location).origin).toBe('https://samspil.test');
			expect(location.startsWith('/')).toBe(true);
			expect(location.startsWith('//')).toBe(false);
			// eslint-disable-next-line no-control-regex -- control characters are exactly what must not be there
			expect(location).not.toMatch(/[\u0000-\u001f\u007f\\]/);
		});
	}

	it('keeps a path of this site with its query and fragment', () => {
		expect(safeNext('/boards?q=plan#top')).toBe('/boards?q=plan#top');
		expect(safeNext('/invite/abc_DEF-123')).toBe('/invite/abc_DEF-123');
	});

	it('goes to the dashboard without a next', () => {
		expect(safeNext(null)).toBe('/dashboard');
		expect(safeNext('')).toBe('/dashboard');
	});
});
