import * as bites from '$lib/server/bites/index';
import { action, page } from '$lib/server/http';

export const load = page(async (actor, { params, url }) => ({
	collection: await bites.getCollection(actor, params.collection),
	modules: await bites.publishedModuleChoices(actor),
	origin: url.origin
}));

export const actions = {
	save: action(bites.CollectionInput, async (actor, input, { params }) => {
		await bites.updateCollection(actor, params.collection ?? '', input);
		return { saved: true };
	}),
	publish: action(bites.PublishInput, async (actor, input, { params }) => {
		await bites.setCollectionPublished(actor, params.collection ?? '', input.published);
		return { saved: true };
	})
};
