// Numbers for authors (a whole module) and managers (their team): starts, completions, time spent,
// how hard each quiz question is, and how well answers are remembered over the review schedule.
//
// The same anonymity rules as survey results (surveys/anonymity.ts), because a team filter over a handful
// of learners is one person's score:
// - a group (the organisation's learners of the module, or a team's) is shown only with at least the
//   organisation's minimum group size of learners; averages, a question's breakdown and a retention bucket
//   only when at least that many learners contributed to them;
// - complementary suppression over the teams (and the learners in no team), so a hidden team is never the
//   total minus the visible teams;
// - over time: every group's figures come from a published snapshot that advances only once at least the
//   minimum of its learners changed (started, answered, moved on, completed, reviewed, joined or left the
//   team) since the last one. Two reads before and after one person acts are identical.
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db/current';
import { nowIso } from '../ids';
import { authorize } from '../policy';
import { getOrganisation, listTeamMembers, listTeams } from '../orgs/index';
import { minimumGroupSize, suppressedGroups } from '../surveys/anonymity';
import type { Actor } from '../actor';
import { findModule } from './modules';
import { loadCards } from './cards';

/** Review intervals (days since the previous review) grouped for the retention chart. */
export const RETENTION_BUCKETS = [
	{ label: '1', min: 0, max: 1 },
	{ label: '2–3', min: 2, max: 3 },
	{ label: '4–7', min: 4, max: 7 },
	{ label: '8–14', min: 8, max: 14 },
	{ label: '15–30', min: 15, max: 30 },
	{ label: '31+', min: 31, max: Infinity }
];

/** One learner's part in a module's figures. */
interface LearnerState {
	completed: boolean;
	seconds: number;
	score: number | null;
	/** quiz card id → right at the first attempt (1) or not (0) */
	first: Record<string, number>;
	/** [days since the previous review, rating] per review */
	reviews: [number, number][];
}

/** What a snapshot keeps: sums and counts, never a learner's own numbers. */
interface Figures {
	starts: number;
	completions: number;
	seconds: number;
	scoreSum: number;
	items: Record<string, { n: number; right: number }>;
	retention: { label: string; reviews: number; recalled: number; learners: number }[];
}

async function learnerStates(orgId: string, moduleId: string) {
	const states = new Map<string, LearnerState>();
	const progress = await db()
		.selectFrom('bite_progress')
		.select(['learner_id', 'completed_at', 'seconds', 'score'])
		.where('org_id', '=', orgId)
		.where('module_id', '=', moduleId)
		.execute();
	for (const p of progress)
		states.set(p.learner_id, {
			completed: !!p.completed_at,
			seconds: p.seconds,
			score: p.completed_at ? (p.score ?? 0) : null,
			first: {},
			reviews: []
		});
	const answers = await db()
		.selectFrom('bite_answers')
		.select(['card_id', 'learner_id', 'correct'])
		.where('org_id', '=', orgId)
		.where('module_id', '=', moduleId)
		.where('context', '=', 'module')
		.orderBy('answered_at')
		.orderBy('id')
		.execute();
	for (const a of answers) {
		const s = states.get(a.learner_id);
		if (s && !(a.card_id in s.first)) s.first[a.card_id] = a.correct;
	}
	const log = await db()
		.selectFrom('bite_review_log')
		.innerJoin('bite_cards', 'bite_cards.id', 'bite_review_log.card_id')
		.select(['bite_review_log.learner_id', 'bite_review_log.rating', 'bite_review_log.elapsed_days'])
		.where('bite_review_log.org_id', '=', orgId)
		.where('bite_cards.module_id', '=', moduleId)
		.where('bite_review_log.elapsed_days', '>', 0)
		.orderBy('bite_review_log.reviewed_at')
		.orderBy('bite_review_log.id')
		.execute();
	for (const l of log) states.get(l.learner_id)?.reviews.push([l.elapsed_days, l.rating]);
	return states;
}

function fingerprint(state: LearnerState) {
	const first = Object.entries(state.first).sort(([a], [b]) => (a < b ? -1 : 1));
	return createHash('sha256')
		.update(JSON.stringify([state.completed, state.seconds, state.score, first, state.reviews]))
		.digest('base64url')
		.slice(0, 16);
}

function hashedId(salt: string, learnerId: string) {
	return createHash('sha256')
		.update(salt + learnerId)
		.digest('base64url')
		.slice(0, 22);
}

function figuresOf(states: LearnerState[]): Figures {
	const completed = states.filter((s) => s.completed);
	const items: Figures['items'] = {};
	for (const s of states)
		for (const [card, correct] of Object.entries(s.first)) {
			const item = (items[card] ??= { n: 0, right: 0 });
			item.n++;
			item.right += correct === 1 ? 1 : 0;
		}
	const retention = RETENTION_BUCKETS.map((b) => {
		let reviews = 0;
		let recalled = 0;
		let learners = 0;
		for (const s of states) {
			const inBucket = s.reviews.filter(([days]) => days >= b.min && days <= b.max);
			if (inBucket.length) learners++;
			reviews += inBucket.length;
			recalled += inBucket.filter(([, rating]) => rating !== 1).length;
		}
		return { label: b.label, reviews, recalled, learners };
	});
	return {
		starts: states.length,
		completions: completed.length,
		seconds: completed.reduce((sum, s) => sum + s.seconds, 0),
		scoreSum: completed.reduce((sum, s) => sum + (s.score ?? 0), 0),
		items,
		retention
	};
}

/**
 * The group's published figures: the stored snapshot, advanced first when at least `minimum` of the
 * group's learners changed since it was taken (or none was taken yet).
 */
async function publishedFigures(
	orgId: string,
	moduleId: string,
	groupKey: string,
	members: string[],
	states: Map<string, LearnerState>,
	minimum: number
): Promise<Figures> {
	const stored = await db()
		.selectFrom('bite_analytics_snapshots')
		.selectAll()
		.where('module_id', '=', moduleId)
		.where('group_key', '=', groupKey)
		.executeTakeFirst();
	const salt = stored?.salt ?? randomBytes(12).toString('base64url');
	const current: Record<string, string> = {};
	for (const id of members) {
		const state = states.get(id);
		if (state) current[hashedId(salt, id)] = fingerprint(state);
	}
	if (stored) {
		const before = JSON.parse(stored.learners) as Record<string, string>;
		const changed = new Set([...Object.keys(before), ...Object.keys(current)].filter((k) => before[k] !== current[k]));
		if (changed.size < minimum) return JSON.parse(stored.figures) as Figures;
	}
	const figures = figuresOf(members.map((id) => states.get(id)).filter((s): s is LearnerState => !!s));
	const row = {
		org_id: orgId,
		module_id: moduleId,
		group_key: groupKey,
		salt,
		learners: JSON.stringify(current),
		figures: JSON.stringify(figures),
		taken_at: nowIso()
	};
	await db()
		.insertInto('bite_analytics_snapshots')
		.values(row)
		.onConflict((oc) =>
			oc
				.columns(['module_id', 'group_key'])
				.doUpdateSet({ learners: row.learners, figures: row.figures, taken_at: row.taken_at })
		)
		.execute();
	return figures;
}

const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

export async function moduleAnalytics(actor: Actor, moduleId: string, teamId?: string) {
	const module = await findModule(actor.orgId, moduleId);
	if (teamId) authorize(actor, 'bites.analytics', { orgId: actor.orgId, teamId });
	else authorize(actor, 'bites.author', { orgId: actor.orgId });
	const minimum = minimumGroupSize((await getOrganisation(actor)).min_group_size);
	const states = await learnerStates(actor.orgId, moduleId);

	// Every group's snapshot is brought up to date on every read, so which teams are hidden (and why) is
	// decided on published numbers alike for every viewer and every filter.
	const all = await publishedFigures(actor.orgId, moduleId, '', [...states.keys()], states, minimum);
	const teams = [];
	const inSomeTeam = new Set<string>();
	for (const team of await listTeams(actor)) {
		const members = (await listTeamMembers(actor, team.id)).map((m) => m.id);
		for (const m of members) if (states.has(m)) inSomeTeam.add(m);
		teams.push({
			id: team.id,
			figures: await publishedFigures(actor.orgId, moduleId, team.id, members, states, minimum)
		});
	}
	const base = { module: { id: module.id, title: module.title }, minimum };
	let figures = all;
	if (teamId) {
		const team = teams.find((t) => t.id === teamId);
		if (!team) return { ...base, shown: false as const };
		// The learners in no team form a group of their own when subtracting teams from the total.
		const noTeam = Math.max(0, all.starts - teams.reduce((sum, t) => sum + t.figures.starts, 0));
		const hidden = suppressedGroups(
			[...teams.map((t) => ({ id: t.id, n: t.figures.starts })), { id: '', n: noTeam }],
			minimum
		);
		if (hidden.has(teamId)) return { ...base, shown: false as const };
		figures = team.figures;
	}
	if (figures.starts < minimum) return { ...base, shown: false as const };

	const enough = (n: number) => n >= minimum;
	const cards = (await loadCards(actor.orgId, moduleId)).filter((c) => c.kind === 'quiz');
	return {
		...base,
		shown: true as const,
		starts: figures.starts,
		completions: figures.completions,
		completionPercent: percent(figures.completions, figures.starts),
		averageMinutes: enough(figures.completions)
			? Math.round((10 * figures.seconds) / figures.completions / 60) / 10
			: null,
		averageScore: enough(figures.completions) ? Math.round(figures.scoreSum / figures.completions) : null,
		items: cards.map((c) => {
			const item = figures.items[c.id];
			const shown = !!item && enough(item.n);
			return {
				cardId: c.id,
				question: c.body,
				answers: shown ? item.n : null,
				correctPercent: shown ? percent(item.right, item.n) : null
			};
		}),
		retention: figures.retention.map((r) => {
			const shown = enough(r.learners);
			return {
				label: r.label,
				reviews: shown ? r.reviews : null,
				recalledPercent: shown ? percent(r.recalled, r.reviews) : null
			};
		})
	};
}
