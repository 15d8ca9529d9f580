// First run: with no people in the database yet, create the organisation and its admin.
import { createOrganisation, addMembership } from '../orgs/index';
import { Forbidden } from '../errors';
import { createUser, needsSetup } from './accounts';
import { createSession } from './sessions';

export async function setupFirstRun(input: {
	orgName: string;
	name: string;
	email: string;
	password: string;
	locale?: string | null;
}) {
	if (!(await needsSetup())) throw new Forbidden('setup done');
	const org = await createOrganisation(input.orgName);
	const user = await createUser({
		email: input.email,
		name: input.name,
		password: input.password,
		locale: input.locale
	});
	await addMembership(org.id, user.id, 'admin');
	const session = await createSession(user.id, org.id);
	return { ...session, userId: user.id, orgId: org.id };
}
