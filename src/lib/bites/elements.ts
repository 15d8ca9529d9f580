// The eleven mandatory elements of an EU micro-credential (Council Recommendation of 16 June 2022, Annex I part I):
// the fixed choices a definition picks from, where each element sits in a signed Open Badges 3.0 credential, and
// how to read them back from one — in any viewer's language. The verification page, the certificate (PDF) and the
// tests read a credential through here, so the mapping documented in the README lives in one place.
import { m } from '$lib/paraglide/messages.js';

export const PARTICIPATION = ['online', 'onsite', 'blended', 'work_based'] as const;
export const ASSESSMENT_TYPES = ['quiz', 'practical', 'portfolio', 'oral', 'written', 'observation'] as const;
export const QA_TYPES = ['internal', 'external', 'accredited'] as const;
/** EU/EEA countries (ISO 3166-1 alpha-2); names come from Intl.DisplayNames in the viewer's language. */
export const COUNTRIES = [
	'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT',
	'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'
] as const; // prettier-ignore

/** The JSON-LD term for what Open Badges 3.0 has no field for (see README, "EU micro-credential elements"). */
export const EXTENSION_TERM = 'euMicroCredential';
export const EXTENSION_CONTEXT = {
	[EXTENSION_TERM]: { '@id': 'urn:samspil:eu-micro-credential', '@type': '@json' }
};

export type Locale = 'en' | 'da' | 'nl' | 'sv';
type Opt = { locale?: Locale };

const choice: Record<string, (p: object, o: Opt) => string> = {
	'participation.online': m.bites_mc_part_online,
	'participation.onsite': m.bites_mc_part_onsite,
	'participation.blended': m.bites_mc_part_blended,
	'participation.work_based': m.bites_mc_part_work_based,
	'assessment.quiz': m.bites_mc_assess_quiz,
	'assessment.practical': m.bites_mc_assess_practical,
	'assessment.portfolio': m.bites_mc_assess_portfolio,
	'assessment.oral': m.bites_mc_assess_oral,
	'assessment.written': m.bites_mc_assess_written,
	'assessment.observation': m.bites_mc_assess_observation,
	'qa.internal': m.bites_mc_qa_internal,
	'qa.external': m.bites_mc_qa_external,
	'qa.accredited': m.bites_mc_qa_accredited
};

/** The translated name of a fixed choice; an unknown value (a credential from elsewhere) is shown as it is. */
export function choiceLabel(kind: 'participation' | 'assessment' | 'qa', value: unknown, locale?: Locale): string {
	const fn = choice[`${kind}.${String(value)}`];
	return fn ? fn({}, { locale }) : String(value ?? '');
}

export function countryName(code: unknown, locale?: Locale): string {
	const c = String(code ?? '');
	if (!/^[A-Z]{2}$/.test(c)) return c;
	try {
		return new Intl.DisplayNames([locale ?? 'en'], { type: 'region' }).of(c) ?? c;
	} catch {
		return c;
	}
}

export const ELEMENT_KEYS = [
	'learner',
	'title',
	'country',
	'awardingBody',
	'issued',
	'outcomes',
	'workload',
	'level',
	'assessment',
	'participation',
	'qualityAssurance'
] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];

export function elementLabel(key: ElementKey, locale?: Locale): string {
	const o = { locale };
	switch (key) {
		case 'learner':
			return m.bites_mc_el_learner({}, o);
		case 'title':
			return m.bites_mc_el_title({}, o);
		case 'country':
			return m.bites_mc_el_country({}, o);
		case 'awardingBody':
			return m.bites_mc_el_awarding({}, o);
		case 'issued':
			return m.bites_mc_el_issued({}, o);
		case 'outcomes':
			return m.bites_mc_el_outcomes({}, o);
		case 'workload':
			return m.bites_mc_el_workload({}, o);
		case 'level':
			return m.bites_mc_el_level({}, o);
		case 'assessment':
			return m.bites_mc_el_assessment({}, o);
		case 'participation':
			return m.bites_mc_el_participation({}, o);
		case 'qualityAssurance':
			return m.bites_mc_el_qa({}, o);
	}
}

/** A decoded credential: untrusted JSON of any shape, every field read with ?. and turned into text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untrusted JSON, each field checked where read
type Json = any;

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export interface Element {
	key: ElementKey;
	label: string;
	value: string;
}

/**
 * The eleven elements as they stand in a signed credential, labelled and worded in `locale`. An element the
 * credential lacks has an empty value (the verification page then shows it missing; tests assert none is).
 */
export function readElements(credential: Json, locale?: Locale): Element[] {
	const subject = credential?.credentialSubject ?? {};
	const achievement = subject.achievement ?? {};
	const ext = achievement[EXTENSION_TERM] ?? {};
	const issuer = credential?.issuer ?? {};
	const names = Array.isArray(subject.identifier) ? subject.identifier : [];
	const learner = text(names.find((i: Json) => i?.identityType === 'name')?.identityHash);
	const num = (v: unknown) =>
		typeof v === 'number' ? new Intl.NumberFormat(locale ?? 'en', { maximumFractionDigits: 2 }).format(v) : '';
	const hours = num(ext.workloadHours);
	const credits = num(achievement.creditsAvailable);
	const workload = [
		hours ? m.bites_mc_hours_value({ hours }, { locale }) : '',
		credits ? m.bites_mc_ects_value({ credits }, { locale }) : ''
	]
		.filter(Boolean)
		.join(' · ');
	const eqf = (Array.isArray(achievement.alignment) ? achievement.alignment : []).find(
		(a: Json) => a?.targetFramework === 'European Qualifications Framework'
	);
	const issuedIso = text(credential?.awardedDate) || text(credential?.validFrom);
	const issuedDate = new Date(issuedIso);
	const issued = isNaN(issuedDate.getTime())
		? issuedIso
		: new Intl.DateTimeFormat(locale ?? 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(issuedDate);
	const address = issuer.address ?? {};
	const country = [countryName(address.addressCountryCode, locale), text(address.addressRegion)]
		.filter(Boolean)
		.join(', ');
	const resultDescription = Array.isArray(achievement.resultDescription) ? achievement.resultDescription[0] : null;
	const assessment = [
		ext.assessmentType ? choiceLabel('assessment', ext.assessmentType, locale) : '',
		text(resultDescription?.name)
	]
		.filter(Boolean)
		.join(': ');
	const qa = ext.qualityAssurance ?? {};
	const value: Record<ElementKey, string> = {
		learner,
		title: text(achievement.name) || text(credential?.name),
		country,
		awardingBody: text(issuer.name),
		issued,
		outcomes: text(achievement.description),
		workload,
		level: eqf ? m.bites_mc_eqf_value({ level: text(eqf.targetCode) }, { locale }) : '',
		assessment,
		participation: ext.participation ? choiceLabel('participation', ext.participation, locale) : '',
		qualityAssurance: [qa.type ? choiceLabel('qa', qa.type, locale) : '', text(qa.description)]
			.filter(Boolean)
			.join(': ')
	};
	return ELEMENT_KEYS.map((key) => ({ key, label: elementLabel(key, locale), value: value[key] }));
}

/** When a credential stops being valid (its `validUntil`), or null when it does not expire. */
export function expiresAt(credential: Json): Date | null {
	const v = text(credential?.validUntil);
	const d = new Date(v);
	return v && !isNaN(d.getTime()) ? d : null;
}
