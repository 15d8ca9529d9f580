import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import {
	confirmLog,
	getPair,
	listLogs,
	listPairOccurrences,
	LogInput,
	moveOccurrence,
	MoveInput,
	OccurrenceInput,
	pairChecklist,
	restoreOccurrence,
	ScheduleInput,
	setPairSchedule,
	signOff,
	skipOccurrence,
	undoSignOff,
	viewerOf,
	writeLog
} from '$lib/server/learning/index';
import { localDate } from '$lib/server/learning/recurrence';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

const DAY = 86_400_000;

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const { pair, programme, guideName, learnerName } = await getPair(actor, params.pair);
		const target = { orgId: actor.orgId, teamId: pair.team_id, participants: [pair.guide_id, pair.learner_id] };
		const canSeeLogs = can(actor, 'learning.log.view', target);
		const now = new Date();
		const occurrences = await listPairOccurrences(actor, pair.id, new Date(now.getTime() - 28 * DAY), new Date(now.getTime() + 180 * DAY));
		const viewer = await viewerOf(actor);
		const isMember = actor.userId === pair.guide_id || actor.userId === pair.learner_id;
		return {
			viewer,
			me: actor.userId,
			pair: { id: pair.id, firstDate: pair.first_date, startTime: pair.start_time, timeZone: pair.time_zone, round: pair.round, single: !!pair.single },
			programme: { id: programme.id, name: programme.name, kind: programme.kind, minutes: programme.session_minutes, cadence: programme.cadence },
			guide: { id: pair.guide_id, name: guideName },
			learner: { id: pair.learner_id, name: learnerName },
			partnerId: isMember ? (actor.userId === pair.guide_id ? pair.learner_id : pair.guide_id) : null,
			today: localDate(now, viewer.timeZone),
			occurrences: occurrences.map((o) => ({ date: o.date, start: o.start.toISOString(), status: o.status, past: o.end < now })),
			canSchedule: can(actor, 'learning.schedule', target),
			canLog: can(actor, 'learning.log', target),
			isBuddy: programme.kind === 'buddy' && actor.userId === pair.guide_id,
			logs: canSeeLogs ? await listLogs(actor, pair.id) : null,
			checklist: canSeeLogs && programme.kind === 'buddy' ? await pairChecklist(actor, pair.id) : null
		};
	});
};

async function withForm<S extends z.ZodType>(request: Request, schema: S, run: (value: z.output<S>) => Promise<unknown>) {
	const form = await request.formData();
	const input = parseForm(form, schema);
	if (!input.ok) return fail(400, input.failure);
	return act(form, async () => run(input.value));
}

const LogId = z.object({ logId: z.string().min(1).max(40) });
const ItemId = z.object({ itemId: z.string().min(1).max(40) });

export const actions = {
	schedule: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ScheduleInput, async (v) => {
			await setPairSchedule(actor, params.pair, v);
			return { saved: 'schedule' };
		});
	},
	skip: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, OccurrenceInput, async (v) => {
			await skipOccurrence(actor, params.pair, v.date);
			return { saved: 'skip' };
		});
	},
	move: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, MoveInput, async (v) => {
			await moveOccurrence(actor, params.pair, v);
			return { saved: 'move' };
		});
	},
	restore: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, OccurrenceInput, async (v) => {
			await restoreOccurrence(actor, params.pair, v.date);
			return { saved: 'restore' };
		});
	},
	log: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, LogInput, async (v) => {
			await writeLog(actor, params.pair, v);
			return { saved: 'log' };
		});
	},
	confirm: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, LogId, async (v) => {
			await getPair(actor, params.pair);
			await confirmLog(actor, v.logId);
			return { saved: 'confirm' };
		});
	},
	sign: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ItemId, async (v) => {
			await signOff(actor, params.pair, v.itemId);
			return { saved: 'sign' };
		});
	},
	unsign: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ItemId, async (v) => {
			await undoSignOff(actor, params.pair, v.itemId);
			return { saved: 'sign' };
		});
	}
};
