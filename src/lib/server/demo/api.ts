// An organisation token the admin made for a trial with the HR system and revoked again, so the administration's
// API page shows a token's whole life from the first minute. Its secret is thrown away at once.
import { loadActor } from '../auth/index';
import { createOrganisationToken, listOrganisationTokens, revokeOrganisationToken } from '../api/index';
import type { Actor } from '../actor';
import type { DemoContext } from './context';

export async function seedApi(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId)) as Actor;
	await createOrganisationToken(admin, { name: 'HR-system (test)', scopes: ['people:read', 'teams:read'] });
	const [token] = (await listOrganisationTokens(admin)).tokens;
	await revokeOrganisationToken(admin, token.id);
}
