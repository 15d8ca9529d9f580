// The header of every signed-in page: where one may go (the orgs module) and the bell with its unread count.
import { appNavigation } from '../orgs/index';
import type { Actor } from '../actor';
import { bell } from './bell';

export async function appHeader(actor: Actor) {
	return { ...(await appNavigation(actor)), bell: await bell(actor) };
}
