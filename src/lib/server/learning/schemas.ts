// Input shapes of the learning forms (zod, like every form): errors come back as catalogue keys.
import { z } from 'zod';
import { isTimeZone } from '../../time-zones';
import { clientId } from '../client-id';

const id = z.string().min(1).max(40);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((v) => v || null);
const isRealDate = (v: string) => {
	const d = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};
export const dateString = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error_learning_date' })
	.refine(isRealDate, { error: 'error_learning_date' });
export const timeString = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'error_learning_time' });
export const timeZone = z.string().max(64).refine(isTimeZone, { error: 'error_time_zone' });
const optionalDate = z
	.string()
	.optional()
	.transform((v) => v || null)
	.pipe(dateString.nullable());
const optionalCount = z
	.string()
	.optional()
	.transform((v) => (v ? Number(v) : null))
	.pipe(z.number({ error: 'error_invalid' }).int({ error: 'error_invalid' }).min(1).max(200).nullable());

export const KINDS = ['buddy', 'mentoring', 'peer'] as const;
export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;

const ProgrammeFields = z.object({
	name: text(120),
	goals: optionalText(2000),
	cadence: z.enum(CADENCES),
	startDate: dateString,
	endDate: optionalDate,
	sessionCount: optionalCount,
	sessionMinutes: z.coerce
		.number({ error: 'error_invalid' })
		.int({ error: 'error_invalid' })
		.min(5, { error: 'error_learning_minutes' })
		.max(480, { error: 'error_learning_minutes' }),
	startTime: timeString,
	timeZone
});
const endAfterStart = (p: { startDate: string; endDate: string | null }) => !p.endDate || p.endDate >= p.startDate;
const endError = { error: 'error_learning_end_before_start', path: ['endDate'] };

export const ProgrammeInput = ProgrammeFields.extend({ teamId: id, kind: z.enum(KINDS) }).refine(
	endAfterStart,
	endError
);
export type ProgrammeInput = z.output<typeof ProgrammeInput>;
/** The new-programme form as typed: startProgramme checks the team before it reads the rest. */
export const ProgrammeDraft = z.record(z.string(), z.string());
export const ProgrammeUpdate = ProgrammeFields.refine(endAfterStart, endError);
export type ProgrammeUpdate = z.output<typeof ProgrammeUpdate>;

export const ParticipantInput = z.object({ userId: id, role: z.enum(['guide', 'learner', 'peer']) });
export const JoinInput = z.object({ role: z.enum(['guide', 'learner', 'peer']) });

/** Skills as typed: comma or line separated. */
const skillList = z
	.string()
	.max(1000)
	.optional()
	.transform((v) =>
		[
			...new Map(
				(v ?? '')
					.split(/[,\n]/)
					.map((s) => s.trim().replace(/\s+/g, ' '))
					.filter((s) => s.length > 0 && s.length <= 60)
					.map((s) => [s.toLowerCase(), s])
			).values()
		].slice(0, 30)
	);
export const ProfileInput = z.object({
	offers: skillList,
	wants: skillList,
	days: z
		.array(z.enum(['1', '2', '3', '4', '5', '6', '7']))
		.min(1, { error: 'error_learning_days' })
		.transform((d) => d.map(Number)),
	capacity: z.coerce.number({ error: 'error_invalid' }).int({ error: 'error_invalid' }).min(0).max(10)
});
export type ProfileInput = z.output<typeof ProfileInput>;

export const PairInput = z
	.object({ guideId: id, learnerId: id })
	.refine((p) => p.guideId !== p.learnerId, { error: 'error_learning_same_person', path: ['learnerId'] });
export const ExclusionInput = z
	.object({ userA: id, userB: id })
	.refine((p) => p.userA !== p.userB, { error: 'error_learning_same_person', path: ['userB'] });
/** The chosen pairs of a suggestion, each ticked as `guideId:learnerId`. */
export const AcceptInput = z.object({
	pairs: z
		.array(z.string().regex(/^[A-Za-z0-9_-]{1,40}:[A-Za-z0-9_-]{1,40}$/))
		.min(1)
		.transform((list) =>
			list.map((p) => {
				const [guideId, learnerId] = p.split(':');
				return { guideId, learnerId };
			})
		)
});
export const ScheduleInput = z.object({ firstDate: dateString, startTime: timeString, timeZone });
export const OccurrenceInput = z.object({ date: dateString });
export const MoveInput = z.object({ date: dateString, movedDate: dateString, movedTime: timeString });

export const LogInput = z.object({
	heldOn: dateString,
	occurrenceDate: optionalDate,
	minutes: z.coerce
		.number({ error: 'error_invalid' })
		.int({ error: 'error_invalid' })
		.min(5, { error: 'error_learning_minutes' })
		.max(480, { error: 'error_learning_minutes' }),
	practised: text(2000),
	skills: z
		.string()
		.trim()
		.max(300)
		.optional()
		.transform((v) => v ?? ''),
	nextStep: z
		.string()
		.trim()
		.max(1000)
		.optional()
		.transform((v) => v ?? ''),
	clientId
});
export type LogInput = z.output<typeof LogInput>;

export const ChecklistItemInput = z.object({ title: text(200) });

export const FeedbackInput = z.object({
	receiverId: id,
	pairId: z
		.string()
		.max(40)
		.optional()
		.transform((v) => v || null),
	situation: text(1000),
	behaviour: text(1000),
	impact: text(1000),
	feedForward: text(1000),
	clientId
});
export type FeedbackInput = z.output<typeof FeedbackInput>;
export const ReplyInput = z.object({ reply: text(2000) });
export const ShareInput = z.object({ userId: id });
export const HelpfulInput = z.object({ helpful: z.enum(['1', '0']) });
/** The ticked nudge boxes (`kind:app`, `kind:email`); none ticked is an empty list. */
export const NudgePrefsInput = z.object({ on: z.array(z.string().max(100)) });
