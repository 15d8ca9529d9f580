// A people import waiting for the admin's look: next month's new starters, one line with a typo in the address,
// so the preview page has something to show from the first minute.
import { loadActor } from '../auth/index';
import { uploadImport } from '../people/index';
import type { Actor } from '../actor';
import type { DemoContext } from './context';

export async function seedPeopleImport(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId)) as Actor;
	const team = ctx.teams[0]?.name ?? '';
	const csv = [
		'name,email,team,role,manager,language',
		`Freja Holm,freja.holm@${ctx.domain},${team},member,,da`,
		`Omar Said,omar.said@${ctx.domain},${team},member,,da`,
		`Lise Kragh,lise.kragh.${ctx.domain},${team},member,,da`,
		`Pieter de Vries,pieter.devries@${ctx.domain},Projekt Havnefront,facilitator,,nl`
	].join('\r\n');
	await uploadImport(admin, new File([csv], 'nye-medarbejdere.csv', { type: 'text/csv' }));
}
