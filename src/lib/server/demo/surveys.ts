// The demo organisation's surveys: the built-in "Learning environment" survey copied in, a spring round
// everyone answered (closed) and an autumn round under way, so results, heatmap, trend, comments and
// live view all have something to show. Answers go through the module like anyone's: anonymously.
import { loadActor } from '../auth/sessions';
import { db } from '../db/current';
import * as surveys from '../surveys/index';
import { addDays, localDate } from '$lib/surveys/status';
import type { DemoContext } from './context';

/** Each team's leaning per dimension (added to a 3.6 baseline): citizen service talks well but has little
 *  time to reflect; home care learns from each other and from citizens; IT experiments but shares little. */
const LEANING: Record<string, Record<string, number>> = {
	Borgerservice: { reflection: -1.1, psychological_safety: 0.4, feedback: 0.2, interplay: 0.5, leadership: -0.2 },
	'Hjemmeplejen Nord': {
		learning_together: 0.8,
		interplay: 0.7,
		reflection: -0.6,
		experimenting_sharing: -0.5,
		shared_concern: 0.3
	},
	'IT og Digitalisering': {
		experimenting_sharing: 0.6,
		openness: 0.5,
		shared_concern: -0.8,
		interplay: -0.7,
		feedback: -0.4
	}
};

const COMMENTS_HELPS = [
	'Sidemandsoplæringen, da jeg startede – det var guld værd.',
	'At jeg kan spørge en kollega med det samme, når noget er svært.',
	'Fredagsmøderne, hvor vi deler en erfaring fra ugen.',
	'Feedback fra borgerne, når vi følger op efter et besøg.',
	'Having a buddy on the new case system made all the difference.',
	'Korte gennemgange af nye procedurer på morgenmødet.',
	'At min leder spørger, hvad jeg har lært, og ikke kun hvad jeg har nået.',
	'Når vi tager ud og ser, hvordan en anden afdeling gør.'
];
const COMMENTS_IMPROVE = [
	'Mere tid til at tale om, hvordan en sag gik – vi løber videre til den næste.',
	'Faste makkerpar på ruterne, så man lærer af hinanden.',
	'At vi deler det, vi lærer på kurser, med resten af teamet.',
	'A short weekly slot to try out one new way of working together.',
	'At fejl bliver brugt til læring og ikke til at finde en skyldig.',
	'En oversigt over, hvem der kan hvad, så man ved, hvem man skal spørge.',
	'Flere møder med brugerne, hvor vi lytter i stedet for at forklare.',
	'Mentorordning for nye kolleger de første tre måneder.'
];

/** A small deterministic generator, so the demo looks the same every time. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export async function seedSurveys(ctx: DemoContext) {
	const admin = await loadActor(ctx.adminId, ctx.orgId);
	if (!admin || ctx.teams.length === 0) return;
	const { id: surveyId } = await surveys.copyInstrument(admin);
	const survey = await surveys.getSurvey(admin, surveyId);
	const keyOf = new Map(survey.dimensions.map((d) => [d.id, d.key ?? '']));
	const teamIds = ctx.teams.map((t) => t.id);
	const today = localDate(new Date(), 'Europe/Copenhagen');
	const rnd = random(20260315);
	let comment = 0;

	const answerAs = async (userId: string, teamId: string, lift: number) => {
		const actor = await loadActor(userId, ctx.orgId);
		if (!actor) return;
		const teamName = ctx.teams.find((t) => t.id === teamId)!.name;
		const personal = (rnd() - 0.5) * 0.8;
		const form = new FormData();
		for (const q of survey.questions) {
			const name = surveys.fieldName(q.id);
			if (q.kind === 'likert') {
				if (rnd() < 0.04) {
					form.append(name, surveys.DONT_KNOW);
					continue;
				}
				const leaning = LEANING[teamName]?.[keyOf.get(q.dimensionId ?? '') ?? ''] ?? 0;
				const favourable = 3.6 + leaning + lift + personal + (rnd() - 0.5) * 1.6;
				const value = Math.min(5, Math.max(1, Math.round(q.reverse ? 6 - favourable : favourable)));
				form.append(name, String(value));
			} else if (q.kind === 'text' && rnd() < 0.55) {
				const pool = q.key === 'open_helps' ? COMMENTS_HELPS : COMMENTS_IMPROVE;
				form.append(name, pool[comment++ % pool.length]);
			}
		}
		form.append('teamId', teamId);
		const parsed = surveys.parseAnswers(survey.questions, form);
		if (parsed.ok) await surveys.submitResponse(actor, roundId, parsed.value);
	};

	// Spring: everyone but the admin answered; closed (and so sealed) since. Results move in steps of five
	// per team (surveys/publication.ts): teams of 6, 7 and 5 show 5 each; the 3 left over stay unpublished.
	// No team reached the comment step of 8, so its comments joined the round's remainder at closing
	// (18 people's): the whole round shows them, no team does.
	let roundId = (
		await surveys.openRound(admin, surveyId, {
			name: 'Forår',
			teamIds,
			opensOn: addDays(today, -1),
			closesOn: addDays(today, 14)
		})
	).id;
	for (const p of ctx.people) for (const teamId of p.teams.slice(0, 1)) await answerAs(p.id, teamId, 0);
	await surveys.closeRound(admin, roundId);
	await db()
		.updateTable('survey_rounds')
		.set({
			opens_on: addDays(today, -200),
			closes_on: addDays(today, -186),
			closed_at: new Date(Date.now() - 186 * 86_400_000).toISOString()
		})
		.where('id', '=', roundId)
		.where('org_id', '=', ctx.orgId)
		.execute();

	// Autumn: under way. Five of the citizen service team have answered (its first step: results show), the
	// other teams not yet enough — and the admin has not, so they can try answering themselves.
	roundId = (
		await surveys.openRound(admin, surveyId, {
			name: 'Efterår',
			teamIds,
			opensOn: addDays(today, -5),
			closesOn: addDays(today, 9)
		})
	).id;
	const answering = new Map([
		[ctx.teams[0]?.id, 5],
		[ctx.teams[1]?.id, 4],
		[ctx.teams[2]?.id, 2]
	]);
	for (const [teamId, count] of answering) {
		if (!teamId) continue;
		const members = ctx.people.filter((p) => p.teams[0] === teamId).slice(0, count);
		for (const p of members) await answerAs(p.id, teamId, 0.35);
	}
	// Let the live views catch up before a command-line seed shuts the runtime down.
	await surveys.liveIdle();
}
