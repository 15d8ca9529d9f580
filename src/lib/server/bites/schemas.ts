// Input schemas for the bites forms (zod; error messages are catalogue keys where zod's defaults don't fit).
import { PACKAGE_STANDARDS } from '$lib/bites/packages';
import { z } from 'zod';
import { id } from '../http/ids';
import { clientId } from '../client-id';
import { ASSESSMENT_TYPES, COUNTRIES, PARTICIPATION, QA_TYPES } from '$lib/bites/elements';
import { LANGUAGES, MAX_QUIZ_ANSWERS, QUIZ_KINDS } from '$lib/bites/types';

const text = (max: number) => z.string().trim().max(max);
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1' || v === true, z.boolean());

export const ModuleInput = z.object({
	title: text(120).min(1),
	summary: text(500).default(''),
	minutes: z.coerce
		.number({ message: 'error_bites_minutes' })
		.int('error_bites_minutes')
		.min(2, 'error_bites_minutes')
		.max(10, 'error_bites_minutes'),
	language: z.enum(LANGUAGES),
	tags: text(200).default('')
});
export type ModuleInput = z.output<typeof ModuleInput>;

export const TextCardInput = z.object({ body: text(5000).min(1) });

/** A file field: an empty file input sends a nameless, empty File, which is no file. */
const upload = z
	.instanceof(File)
	.optional()
	.transform((f) => (f && f.size > 0 ? f : undefined));

export const MediaCardInput = z.object({
	kind: z.enum(['image', 'video', 'audio']),
	body: text(500).default(''),
	alt: text(300).default(''),
	url: z
		.string()
		.trim()
		.max(1000)
		.refine((v) => v === '' || /^https:\/\/[^\s]+$/.test(v), 'error_bites_url')
		.default(''),
	/** an uploaded file (an empty file input sends a nameless, empty File: no file) */
	file: upload,
	/** video/audio: a WebVTT captions file, its language (empty: the module's), and a transcript */
	captions: upload,
	captionsLang: z.preprocess((v) => (v === '' ? undefined : v), z.enum(LANGUAGES).optional()),
	transcript: text(20000).default('')
});

export const DownloadCardInput = z.object({ body: text(500).default(''), file: upload });

export const ANSWER_NUMBERS = Array.from({ length: MAX_QUIZ_ANSWERS }, (_, i) => i + 1);

/** How many answer rows the editor shows after adding (+1) or removing (-1) one: from 2 to the maximum. */
export function answerRows(current: unknown, change: number): number {
	const n = Number(current);
	return Math.min(MAX_QUIZ_ANSWERS, Math.max(2, (Number.isInteger(n) && n > 0 ? n : 4) + change));
}

type AnswerNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10; // 1..MAX_QUIZ_ANSWERS

function answerFields() {
	const fields: Record<string, z.ZodTypeAny> = {};
	for (const i of ANSWER_NUMBERS) {
		fields[`option${i}`] = text(200).default('');
		fields[`correct${i}`] = checkbox.default(false);
		fields[`feedback${i}`] = text(500).default('');
	}
	return fields as {
		[K in `option${AnswerNumber}` | `feedback${AnswerNumber}`]: z.ZodDefault<ReturnType<typeof text>>;
	} & {
		[K in `correct${AnswerNumber}`]: z.ZodDefault<typeof checkbox>;
	};
}

export const QuizCardInput = z
	.object({
		body: text(500).min(1),
		quizKind: z.enum(QUIZ_KINDS),
		...answerFields(),
		/** true/false: whether the statement is true */
		// without JavaScript the true/false field is on the form of every kind of question, posted empty
		truth: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['true', 'false']).optional())
	})
	.superRefine((v, ctx) => {
		if (v.quizKind === 'truefalse') {
			if (!v.truth) ctx.addIssue({ code: 'custom', path: ['truth'], message: 'error_required' });
			return;
		}
		const filled = ANSWER_NUMBERS.filter((i) => v[`option${i}` as 'option1']);
		const right = filled.filter((i) => v[`correct${i}` as 'correct1']);
		if (filled.length < 2) ctx.addIssue({ code: 'custom', path: ['option2'], message: 'error_bites_two_options' });
		else if (right.length === 0)
			ctx.addIssue({ code: 'custom', path: ['correct1'], message: 'error_bites_one_correct' });
		else if (v.quizKind === 'single' && right.length > 1)
			ctx.addIssue({ code: 'custom', path: ['correct1'], message: 'error_bites_single_one' });
	});
type AnswerKey = `option${AnswerNumber}` | `feedback${AnswerNumber}` | `correct${AnswerNumber}`;
/** A parsed question has every answer field; code that builds one (the demo, tests) may give fewer. */
export type QuizCardInput = Omit<z.output<typeof QuizCardInput>, AnswerKey> &
	Partial<Pick<z.output<typeof QuizCardInput>, AnswerKey>>;

export const AssignInput = z.object({
	target: z.string().regex(/^(team|user):[A-Za-z0-9_-]{1,64}$/, 'error_choice'),
	dueOn: z
		.string()
		.trim()
		.refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'error_invalid')
		.default('')
});

export const SettingsInput = z.object({
	gamification: checkbox.default(false),
	quietStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error_bites_time'),
	quietEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error_bites_time'),
	dailyReview: z.coerce.number().int().min(1).max(30)
});

/** An optional number field: empty means none. */
const empty = (v: unknown) => (v === '' || v == null ? undefined : v);

export const CredentialDefInput = z.object({
	title: text(120).min(1),
	outcomes: text(2000).min(1),
	assessment: text(1000).min(1),
	assessmentType: z.enum(ASSESSMENT_TYPES).default('quiz'),
	minScore: z.coerce.number().int().min(0).max(100),
	eqfLevel: z.coerce.number().int().min(1).max(8),
	// Decimals: a bite is often a quarter of an hour and a tenth of an ECTS credit.
	workloadHours: z.coerce.number().min(0.01).max(1000),
	credits: z.preprocess(empty, z.coerce.number().min(0.01).max(60).optional()),
	qualityAssurance: text(1000).min(1),
	qaType: z.enum(QA_TYPES).default('internal'),
	participation: z.enum(PARTICIPATION).default('online'),
	country: z.enum(COUNTRIES).default('DK'),
	region: text(100).default(''),
	validMonths: z.preprocess(empty, z.coerce.number().int().min(1).max(240).optional()),
	moduleIds: z.array(z.string()).default([]),
	requiresIds: z.array(z.string()).default([])
});
/** What a module caller gives: the structured elements default as in the form (quiz, internal QA, online, DK). */
export type CredentialDefInput = Omit<
	z.output<typeof CredentialDefInput>,
	'assessmentType' | 'qaType' | 'participation' | 'country' | 'region'
> &
	Partial<z.output<typeof CredentialDefInput>>;

export const CollectionInput = z.object({
	title: text(120).min(1),
	description: text(1000).default(''),
	moduleIds: z.array(z.string()).default([])
});

export const JoinInput = z.object({
	name: text(100).min(1),
	email: z.string().trim().toLowerCase().email().max(200)
});

const cardId = z.string().trim().min(1).max(40);
/** `1` turns something on (published, shared); anything else, or nothing, turns it off. */
const on = z
	.string()
	.optional()
	.transform((v) => v === '1');

export const PublishInput = z.object({ published: on });
export const DefinitionIdInput = z.object({ definitionId: z.string().trim().min(1).max(40) });
export const UpdateDefinitionInput = CredentialDefInput.extend({ definitionId: z.string().trim().min(1).max(40) });
export const AwardInput = z.object({
	definitionId: z.string().trim().min(1).max(40),
	userIds: z.array(z.string().trim().min(1).max(40)).max(500).default([]),
	programmeId: z.string().trim().max(40).default(''),
	note: text(500).default('')
});
export const ShareInput = z.object({ credentialId: z.string().trim().min(1).max(40), share: on });
/** A card of the player; `choice` is what was ticked (none ticked: an empty list). */
export const CardInput = z.object({ cardId });
export const AnswerInput = z.object({ cardId, choice: z.array(z.string()).default([]), clientId });
export const MoveCardInput = z.object({
	cardId,
	direction: z
		.string()
		.optional()
		.transform((v) => (v === 'up' ? ('up' as const) : ('down' as const)))
});
export const AssignmentIdInput = z.object({ assignmentId: cardId });
export const ChallengeInput = z.object({ moduleId: z.string().min(1), buddyId: z.string().min(1) });
export const RespondInput = z.object({ challengeId: z.string().min(1), answer: z.enum(['accept', 'decline']) });
export const LeaveInput = z.object({ challengeId: z.string().min(1) });
/** A revocation: the reason is read after the confirm step (revokeWithReason), so the first submit asks. */
export const RevokeInput = z.object({
	credentialId: z.string().trim().min(1).max(40),
	reason: z.string().trim().max(500).default('')
});

/**
 * The quiz form: "Add an answer" / "Remove the last answer" without JavaScript post it with an `intent`, and
 * the form comes back with one row more or less (what was typed kept); otherwise it is a question to add.
 */
export const QuizCardForm = z.looseObject({ intent: z.string().optional() }).transform((v, ctx) => {
	if (v.intent === 'add-answer' || v.intent === 'remove-answer') {
		const values: Record<string, string> = {};
		for (const [k, x] of Object.entries(v)) if (typeof x === 'string' && k !== 'intent') values[k] = x;
		return { rows: { ...values, rows: String(answerRows(v.rows, v.intent === 'add-answer' ? 1 : -1)) } };
	}
	const question = QuizCardInput.safeParse(v);
	if (!question.success) {
		for (const issue of question.error.issues) ctx.addIssue(issue as never);
		return z.NEVER;
	}
	return { question: question.data };
});

// ——— learning paths ———
export const PathInput = z.object({ title: text(120).min(1), description: text(1000).default('') });
export type PathInput = z.output<typeof PathInput>;
export const StepInput = z.object({ stepId: id() });
export const AddStepInput = z.object({ moduleId: z.string().trim().min(1, 'error_choice').max(40) });
export const MoveStepInput = StepInput.extend({ direction: MoveCardInput.shape.direction });
/** an earlier step to wait for; empty: none */
export const PrerequisiteInput = StepInput.extend({ prerequisiteId: z.string().trim().max(40).default('') });

/** A package to import (a ZIP: SCORM 1.2, SCORM 2004 or cmi5) and the language its module is listed under. */
export const PackageImportInput = z.object({
	file: upload.refine((f) => !!f, 'error_required'),
	language: z.enum(LANGUAGES)
});

export const PackageExportInput = z.object({ standard: z.enum(PACKAGE_STANDARDS).default('scorm2004') });

/** What the player page reports from the package's SCORM data (PackagePlayer.svelte reads scorm-again's model). */
export const PackageResultInput = z.object({
	completed: z.enum(['true', 'false']).transform((v) => v === 'true'),
	score: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().min(0).max(100).optional())
});
