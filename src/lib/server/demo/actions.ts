// The demo organisation's action plans: each team works on a few concrete things, some going well, one
// overdue, one dropped, one waiting for the admin's follow-up, and one action the organisation wrote itself.
import { loadActor } from '../auth/index';
import type { Actor } from '../actor';
import {
	addFromCatalogue,
	createCustomAction,
	createOwnAction,
	getItem,
	moveItem,
	nudgeOwner,
	recordReview,
	updateItem
} from '../actions/index';
import type { ItemUpdate } from '../actions/schemas';
import type { DemoContext } from './context';

const DAY = 24 * 3600 * 1000;
const date = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

interface Planned {
	catalogueId?: string;
	title?: string;
	owner: string | 'admin';
	status: ItemUpdate['status'];
	startIn?: number;
	dueIn?: number;
	reviewIn?: number;
	target?: string;
	notes?: string;
	review?: {
		by: string;
		didIt: 'yes' | 'partly' | 'no';
		helped: 'yes' | 'somewhat' | 'no' | 'unsure';
		comment?: string;
	};
	nudgedBy?: string;
}

const PLANS: Record<string, Planned[]> = {
	Borgerservice: [
		{
			catalogueId: 'buddy-for-newcomers',
			owner: 'admin',
			status: 'doing',
			startIn: -30,
			dueIn: 60,
			reviewIn: -1,
			target: 'Alle nye har en buddy fra første dag',
			notes: 'Sofie og Ahmed er buddyer for de to nye i januar.'
		},
		{
			catalogueId: 'weekly-learning-minutes',
			owner: 'Jonas Vestergaard',
			status: 'done',
			startIn: -90,
			dueIn: -14,
			reviewIn: -10,
			target: '10 af 12 ugemøder',
			review: {
				by: 'Mette Kjærgaard',
				didIt: 'yes',
				helped: 'yes',
				comment: 'Punktet er blevet fast, og vi har fået en læringslog med 30 indlæg.'
			}
		},
		{
			catalogueId: 'after-action-review',
			owner: 'Emma Clarke',
			status: 'planned',
			startIn: 7,
			dueIn: 90,
			reviewIn: 45
		},
		{
			title: 'Fælles vejledning til det nye sagssystem',
			owner: 'Lars Thygesen',
			status: 'doing',
			startIn: -45,
			dueIn: -5,
			reviewIn: 3,
			target: 'De ti hyppigste sagstyper beskrevet',
			nudgedBy: 'Mette Kjærgaard'
		}
	],
	'Hjemmeplejen Nord': [
		{
			catalogueId: 'case-reflection',
			owner: 'Hanne Brøndum',
			status: 'doing',
			startIn: -20,
			dueIn: 70,
			reviewIn: 25,
			target: 'Hver anden uge, alle grupper'
		},
		{
			catalogueId: 'learning-at-handover',
			owner: 'Karen Mikkelsen',
			status: 'planned',
			startIn: 14,
			dueIn: 60,
			reviewIn: 45
		},
		{
			catalogueId: 'good-mistake-of-the-month',
			owner: 'Peter Holm',
			status: 'dropped',
			startIn: -60,
			notes: 'Vi tager den op igen, når vi har haft kollegial refleksion i et halvt år.',
			review: {
				by: 'Hanne Brøndum',
				didIt: 'partly',
				helped: 'unsure',
				comment: 'For tidligt for os: folk var ikke trygge ved det endnu.'
			}
		},
		{ title: 'Friske øjne: nye fortæller efter 30 dage', owner: 'Oliver Bennett', status: 'planned', dueIn: 40 }
	],
	'IT og Digitalisering': [
		{
			catalogueId: 'reverse-mentoring',
			owner: 'Sarah Mitchell',
			status: 'doing',
			startIn: -15,
			dueIn: 75,
			reviewIn: 30
		},
		{
			catalogueId: 'show-and-tell',
			owner: 'Mads Østergaard',
			status: 'done',
			startIn: -120,
			dueIn: -30,
			review: { by: 'Thomas Riis', didIt: 'yes', helped: 'somewhat' }
		},
		{ catalogueId: 'small-experiments', owner: 'Camilla Dahl', status: 'planned', dueIn: 30 }
	]
};

export async function seedActions(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId)) as Actor;
	const byName = new Map(ctx.people.map((p) => [p.name, p]));
	const actorOf = async (name: string) => {
		const p = name === 'admin' ? { id: ctx.adminId } : byName.get(name);
		return p ? ((await loadActor(p.id, ctx.orgId)) as Actor) : admin;
	};

	await createCustomAction(admin, {
		title: 'Læringscafé på tværs af teams',
		why: 'Borgerservice og Hjemmeplejen møder de samme borgere, men kender sjældent hinandens arbejde.',
		how: [
			'Book kantinen den første torsdag i måneden kl. 14–15.',
			'Ét team fortæller om en sag, der lærte dem noget.',
			'Det andet team spørger og fortæller, hvordan sagen så ud fra deres side.',
			'Skriv én fælles læring i læringsloggen.'
		],
		factors: ['interplay', 'open_talk'],
		dimensions: ['interplay', 'experimenting_sharing'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 8,
		indicator: 'En læringscafé hver måned med deltagere fra mindst to teams.'
	});

	for (const team of ctx.teams) {
		for (const p of PLANS[team.name] ?? []) {
			const id = p.catalogueId
				? await addFromCatalogue(admin, { teamId: team.id, catalogueId: p.catalogueId }, 'da')
				: await createOwnAction(admin, team.id, { title: p.title! });
			const item = await getItem(admin, id, 'da');
			const owner = p.owner === 'admin' ? ctx.adminId : byName.get(p.owner)?.id;
			await updateItem(admin, id, {
				title: item.title,
				status: item.status,
				ownerId: owner && (p.owner === 'admin' || byName.get(p.owner)?.teams.includes(team.id)) ? owner : null,
				startDate: p.startIn === undefined ? null : date(p.startIn),
				dueDate: p.dueIn === undefined ? null : date(p.dueIn),
				reviewDate: p.reviewIn === undefined ? null : date(p.reviewIn),
				indicator: item.indicator,
				target: p.target ?? null,
				notes: p.notes ?? null,
				dimension: item.dimension
			});
			if (p.status !== 'planned') await moveItem(admin, id, p.status);
			if (p.review)
				await recordReview(await actorOf(p.review.by), id, { ...p.review, comment: p.review.comment ?? null });
			if (p.nudgedBy) await nudgeOwner(await actorOf(p.nudgedBy), id);
		}
	}
}
