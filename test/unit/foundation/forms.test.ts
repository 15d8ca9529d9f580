import { describe, expect, it } from 'vitest';
import { parseForm } from '../../../src/lib/server/forms';
import { ProfileInput, SetupInput } from '../../../src/lib/server/auth/schemas';
import { OrgSettingsInput } from '../../../src/lib/server/orgs/schemas';

function form(values: Record<string, string>) {
	const f = new FormData();
	for (const [k, v] of Object.entries(values)) f.set(k, v);
	return f;
}

describe('form parsing', () => {
	it('returns a translated message per bad field and keeps what was typed, except passwords', () => {
		const r = parseForm(form({ orgName: 'Kattegat', name: '', email: 'nope', password: 'short' }), SetupInput);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.failure.errors).toEqual({
			name: 'This field is required.',
			email: 'Enter a valid email address.',
			password: 'The password must be at least 10 characters.'
		});
		expect(r.failure.values).toEqual({ orgName: 'Kattegat', name: '', email: 'nope' });
	});

	it('treats a missing field as required rather than crashing', () => {
		const r = parseForm(form({}), SetupInput);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.failure.errors.orgName).toBe('This field is required.');
	});

	it('accepts a valid time zone and rejects a made-up one', () => {
		expect(parseForm(form({ name: 'A', locale: 'da', timeZone: 'Europe/Copenhagen' }), ProfileInput).ok).toBe(true);
		const bad = parseForm(form({ name: 'A', locale: '', timeZone: 'Mars/Olympus' }), ProfileInput);
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.failure.errors.timeZone).toContain('Europe/Copenhagen');
	});

	it('never lets the minimum group size fall below three', () => {
		const r = parseForm(form({ name: 'Org', minGroupSize: '2' }), OrgSettingsInput);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.failure.errors.minGroupSize).toBe('The minimum group size cannot be below 3.');
		expect(parseForm(form({ name: 'Org', minGroupSize: 'lots' }), OrgSettingsInput).ok).toBe(false);
	});
});
