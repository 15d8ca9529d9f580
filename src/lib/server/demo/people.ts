// The demo organisation's people and teams: a Danish municipality's citizen service and home care,
// with a few English-named colleagues and an external consultant.
import { createUser, findUserByEmail, hashPassword } from '../auth/accounts';
import { addMembership, addToTeam } from '../orgs/index';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import type { OrgRole, TeamRole } from '../db/schema';
import type { DemoContext } from './context';

const TEAMS = ['Borgerservice', 'Hjemmeplejen Nord', 'IT og Digitalisering'] as const;

const PEOPLE: { name: string; role: OrgRole; teams: [number, TeamRole][] }[] = [
	{ name: 'Mette Kjærgaard', role: 'member', teams: [[0, 'manager']] },
	{ name: 'Jonas Vestergaard', role: 'member', teams: [[0, 'member']] },
	{ name: 'Sofie Lindholm', role: 'member', teams: [[0, 'member']] },
	{ name: 'Ahmed Hassan', role: 'member', teams: [[0, 'member']] },
	{ name: 'Emma Clarke', role: 'member', teams: [[0, 'member']] },
	{ name: 'Lars Thygesen', role: 'member', teams: [[0, 'member']] },
	{ name: 'Hanne Brøndum', role: 'member', teams: [[1, 'manager']] },
	{ name: 'Peter Holm', role: 'member', teams: [[1, 'member']] },
	{ name: 'Fatima Al-Sayed', role: 'member', teams: [[1, 'member']] },
	{ name: 'Karen Mikkelsen', role: 'member', teams: [[1, 'member']] },
	{ name: 'Oliver Bennett', role: 'member', teams: [[1, 'member']] },
	{ name: 'Ida Søndergaard', role: 'member', teams: [[1, 'member']] },
	{ name: 'Rasmus Juul', role: 'member', teams: [[1, 'member']] },
	{ name: 'Thomas Riis', role: 'member', teams: [[2, 'manager']] },
	{ name: 'Sarah Mitchell', role: 'member', teams: [[2, 'member']] },
	{ name: 'Mads Østergaard', role: 'member', teams: [[2, 'member']] },
	{ name: 'Camilla Dahl', role: 'member', teams: [[2, 'member']] },
	{ name: 'Nikolaj Friis', role: 'member', teams: [[2, 'member']] },
	{ name: 'Anne-Marie Berg', role: 'facilitator', teams: [] }
];

function emailFor(name: string, domain: string) {
	const local = name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z]+/g, '.')
		.replace(/^\.|\.$/g, '');
	return `${local}@${domain}`;
}

export async function seedPeople(ctx: DemoContext) {
	const teamIds: string[] = [];
	for (const name of TEAMS) {
		const id = newId();
		await db().insertInto('teams').values({ id, org_id: ctx.orgId, name, created_at: nowIso() }).execute();
		teamIds.push(id);
	}
	// The admin who explores the demo leads the citizen service team's learning work.
	await addToTeam(ctx.orgId, teamIds[0], ctx.adminId, 'manager');
	const passwordHash = await hashPassword(ctx.password);
	for (const p of PEOPLE) {
		const email = emailFor(p.name, ctx.domain);
		const user =
			(await findUserByEmail(email)) ??
			(await createUser({ email, name: p.name, password: ctx.password, passwordHash }));
		await addMembership(ctx.orgId, user.id, p.role);
		for (const [t, role] of p.teams) await addToTeam(ctx.orgId, teamIds[t], user.id, role);
		ctx.people.push({ id: user.id, name: p.name, email, teams: p.teams.map(([t]) => teamIds[t]) });
	}
	ctx.teams.push(...teamIds.map((id, i) => ({ id, name: TEAMS[i] })));
}
