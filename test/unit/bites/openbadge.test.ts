import { describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential, OB_CONTEXT, VC_CONTEXT } from '../../../src/lib/server/bites/openbadge';
import { EXTENSION_CONTEXT, readElements } from '../../../src/lib/bites/elements';
import { renderMarkdown } from '../../../src/lib/server/bites/markdown';
import { QuizCardInput } from '../../../src/lib/server/bites/schemas';
import { quizOptions } from '../../../src/lib/server/bites/card-authoring';

describe('the OpenBadgeCredential', () => {
	const credential = buildOpenBadgeCredential({
		origin: 'https://samspil.test',
		orgId: 'org123456789',
		credentialId: '3f1c0c5e-6d8e-4b7a-9d2c-0f7a1e2b3c4d',
		issuer: { id: 'https://samspil.test/credentials/org123456789', name: 'Fjordby Kommune' },
		definition: {
			id: 'def1',
			title: 'Feedback',
			outcomes: 'Gives feedback.',
			assessment: 'Quiz',
			minScore: 80,
			eqfLevel: 4,
			workloadHours: 0.5,
			credits: 0.2,
			qualityAssurance: 'HR review',
			modules: ['Feedback basics'],
			requires: [],
			language: 'da',
			country: 'DK',
			region: 'Region Syddanmark',
			participation: 'blended',
			assessmentType: 'quiz',
			qaType: 'internal',
			validMonths: 24
		},
		holder: {
			name: 'Nina Holt',
			email: 'Nina@Example.test',
			subjectId: 'urn:uuid:0a9b8c7d-1111-4222-8333-444455556666'
		},
		issuedAt: new Date('2026-03-02T09:00:00.123Z'),
		statusIndex: 42,
		salt: 'abc'
	});
	it('uses the VC 2.0 and OB 3.0 contexts and types', () => {
		expect(credential['@context']).toEqual([VC_CONTEXT, OB_CONTEXT, EXTENSION_CONTEXT]);
		expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
		expect(credential.validFrom).toBe('2026-03-02T09:00:00Z');
	});
	it('carries the EU micro-credential elements', () => {
		const a = credential.credentialSubject.achievement;
		expect(a.criteria.narrative).toMatch(
			/Learning outcomes: Gives feedback\.[\s\S]*Assessment: Quiz[\s\S]*Workload: 0.5 hours, 0.2 ECTS[\s\S]*EQF level: 4[\s\S]*Quality assurance: HR review/
		);
		expect(a.alignment[0]).toMatchObject({ targetFramework: 'European Qualifications Framework', targetCode: '4' });
		expect(a.creditsAvailable).toBe(0.2);
	});
	it('carries all eleven elements structured, readable in Danish and English', () => {
		expect(credential.credentialSubject.id).toBe('urn:uuid:0a9b8c7d-1111-4222-8333-444455556666');
		expect(credential.validUntil).toBe('2028-03-02T09:00:00Z');
		expect(credential.issuer.address).toMatchObject({ addressCountryCode: 'DK', addressRegion: 'Region Syddanmark' });
		const en = readElements(credential, 'en');
		expect(en).toHaveLength(11);
		for (const e of en) expect(e.value, e.key).not.toBe('');
		const value = (els: typeof en, key: string) => els.find((e) => e.key === key)?.value;
		expect(value(en, 'participation')).toBe('Blended (online and on site)');
		expect(value(en, 'workload')).toBe('0.5 h · 0.2 ECTS');
		expect(value(en, 'country')).toBe('Denmark, Region Syddanmark');
		const da = readElements(credential, 'da');
		expect(value(da, 'participation')).toBe('Blandet (online og fremmøde)');
		expect(value(da, 'workload')).toBe('0,5 t · 0,2 ECTS');
		expect(value(da, 'country')).toBe('Danmark, Region Syddanmark');
		expect(da.find((e) => e.key === 'level')?.label).toBe('Niveau');
	});
	it('hashes the email with a salt and points at the status list entry', () => {
		const email = credential.credentialSubject.identifier[1];
		expect(email).toMatchObject({ identityType: 'emailAddress', hashed: true, salt: 'abc' });
		expect(email.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
		expect(JSON.stringify(credential)).not.toContain('Nina@Example.test');
		expect(credential.credentialStatus).toEqual({
			id: 'https://samspil.test/credentials/org123456789/status#42',
			type: 'BitstringStatusListEntry',
			statusPurpose: 'revocation',
			statusListIndex: '42',
			statusListCredential: 'https://samspil.test/credentials/org123456789/status'
		});
	});
});

describe('Markdown', () => {
	it('keeps formatting and drops anything that could run', () => {
		const html = renderMarkdown(
			'**bold** <a href="javascript:x()" onclick="y()">l</a> <svg onload="z()"></svg><style>*{}</style>'
		);
		expect(html).toContain('<strong>bold</strong>');
		expect(html).not.toMatch(/javascript:|onclick|onload|<svg|<style/);
	});
});

describe('quiz input', () => {
	it('refuses a single-choice question with two right answers, and builds true/false options', () => {
		const base = { body: 'Q', option1: 'a', option2: 'b', correct1: 'on', correct2: 'on' };
		const single = QuizCardInput.safeParse({ ...base, quizKind: 'single' });
		expect(single.success).toBe(false);
		expect(single.error!.issues[0].message).toBe('error_bites_single_one');
		expect(QuizCardInput.safeParse({ ...base, quizKind: 'multiple' }).success).toBe(true);
		const tf = QuizCardInput.parse({
			body: 'The sky is green',
			quizKind: 'truefalse',
			truth: 'false',
			feedback1: 'No',
			feedback2: 'Right'
		});
		expect(quizOptions(tf)).toEqual([
			{ id: 'true', text: '', correct: false, feedback: 'No' },
			{ id: 'false', text: '', correct: true, feedback: 'Right' }
		]);
	});
});
