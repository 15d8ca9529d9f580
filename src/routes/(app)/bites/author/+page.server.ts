import { redirect } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => bites.authorPage(actor));

export const actions = {
	create: action(bites.ModuleInput, async (actor, input) => {
		const module = await bites.createModule(actor, input);
		redirect(303, `/bites/${module.id}/edit`);
	}),
	importPackage: action(
		bites.PackageImportInput,
		async (actor, input) => {
			const { moduleId } = await bites.importPackage(actor, {
				bytes: new Uint8Array(await input.file!.arrayBuffer()),
				language: input.language,
				fileName: input.file!.name
			});
			redirect(303, `/bites/${moduleId}/edit`);
		},
		{ tooLarge: { field: 'file', key: 'error_bites_upload_too_big' } }
	),
	collection: action(bites.CollectionInput, async (actor, input) => {
		const collection = await bites.createCollection(actor, input);
		redirect(303, `/bites/collections/${collection.id}`);
	})
};
