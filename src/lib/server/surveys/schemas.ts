// Form input for the survey builder and rounds (zod, at the boundary). Texts come in one field per
// language (`title_da`, `title_en`, …); at least one language is needed, the rest fall back.
import { z } from 'zod';
import { QUESTION_KINDS, MAX_OPTIONS } from '$lib/surveys/kinds';
import { SURVEY_LOCALES, type Texts } from '$lib/surveys/texts';
import { isValidDate } from '$lib/surveys/status';
import { id } from '../http/ids';

const text = (max: number) => z.string().trim().max(max).optional().default('');

function textsShape<P extends string>(prefix: P, max: number) {
	return Object.fromEntries(SURVEY_LOCALES.map((l) => [`${prefix}_${l}`, text(max)])) as Record<
		`${P}_${(typeof SURVEY_LOCALES)[number]}`,
		ReturnType<typeof text>
	>;
}

/** Collects `<prefix>_<locale>` fields into a Texts object. */
export function textsFrom(value: Record<string, unknown>, prefix: string): Texts {
	const out: Texts = {};
	for (const l of SURVEY_LOCALES) {
		const v = value[`${prefix}_${l}`];
		if (typeof v === 'string' && v.trim()) out[l] = v.trim();
	}
	return out;
}

function requireSomeText(prefix: string, field = `${prefix}_en`) {
	return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
		if (Object.keys(textsFrom(value, prefix)).length === 0) {
			ctx.addIssue({ code: 'custom', message: 'error_surveys_text_required', path: [field] });
		}
	};
}

const dimensionTexts = (v: Record<string, unknown>) => ({
	name: textsFrom(v, 'name'),
	description: textsFrom(v, 'description')
});
const dimensionFields = z.object({ ...textsShape('name', 120), ...textsShape('description', 600) });

/** A survey's title, one field per language, read into Texts. */
export const SurveyTitleInput = z
	.object(textsShape('title', 160))
	.superRefine(requireSomeText('title'))
	.transform((v) => ({ title: textsFrom(v, 'title') }));

/** A new dimension's name and description. */
export const DimensionInput = dimensionFields.superRefine(requireSomeText('name')).transform(dimensionTexts);

/** A dimension's new name and description. */
export const DimensionEdit = dimensionFields
	.extend({ dimensionId: id() })
	.superRefine(requireSomeText('name'))
	.transform((v) => ({ dimensionId: v.dimensionId, ...dimensionTexts(v) }));

/** One option per line, the same line in every language. */
export function optionsFrom(value: Record<string, unknown>): Texts[] {
	const lines: Partial<Record<(typeof SURVEY_LOCALES)[number], string[]>> = {};
	let count = 0;
	for (const l of SURVEY_LOCALES) {
		const raw = value[`options_${l}`];
		const ls =
			typeof raw === 'string'
				? raw
						.replace(/\r/g, '')
						.split('\n')
						.map((s) => s.trim())
				: [];
		while (ls.length && !ls[ls.length - 1]) ls.pop();
		lines[l] = ls;
		count = Math.max(count, ls.length);
	}
	return Array.from({ length: count }, (_, i) => {
		const t: Texts = {};
		for (const l of SURVEY_LOCALES) if (lines[l]?.[i]) t[l] = lines[l]![i];
		return t;
	});
}

export const QuestionInput = z
	.object({
		kind: z.enum(QUESTION_KINDS),
		dimensionId: z.string().max(40).optional().default(''),
		reverse: z.string().optional(),
		allowDontKnow: z.string().optional(),
		...textsShape('text', 500),
		...textsShape('options', 3000)
	})
	.superRefine(requireSomeText('text'))
	.superRefine((value, ctx) => {
		if (value.kind !== 'single' && value.kind !== 'multiple') return;
		const options = optionsFrom(value);
		if (options.length < 2)
			ctx.addIssue({ code: 'custom', message: 'error_surveys_options_too_few', path: ['options_en'] });
		else if (options.length > MAX_OPTIONS)
			ctx.addIssue({ code: 'custom', message: 'error_surveys_options_too_many', path: ['options_en'] });
		else if (options.some((o) => Object.keys(o).length === 0))
			ctx.addIssue({ code: 'custom', message: 'error_surveys_option_empty', path: ['options_en'] });
	});

export type QuestionFields = z.output<typeof QuestionInput>;

export const MoveInput = z.object({ questionId: id(), direction: z.enum(['up', 'down']) });
export const DimensionRef = z.object({ dimensionId: id() });
export const QuestionRef = z.object({ questionId: id() });
/** The results form's scope (a team id, or the whole round when absent). */
export const ScopeInput = z.object({ scope: z.string().max(40).optional() });

const date = z.string().trim().refine(isValidDate, { message: 'error_surveys_date' });

export const RoundInput = z
	.object({
		name: z.string().trim().min(1).max(120),
		teamIds: z.array(z.string().max(40)).min(1, { message: 'error_surveys_choose_teams' }).max(500),
		opensOn: date,
		closesOn: date
	})
	.refine((v) => v.closesOn >= v.opensOn, { message: 'error_surveys_dates_order', path: ['closesOn'] });

export type RoundFields = z.output<typeof RoundInput>;
