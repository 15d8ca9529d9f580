// How a route talks to the server modules, written once. A route file reads as
//   export const load = page((actor, event) => boards.overview(actor));
//   export const actions = { create: action(boards.CreateBoard, (actor, input) => boards.create(actor, input)) };
// The adapter finds the actor (or sends the person to sign in), reads the form through the schema, maps domain
// errors to HTTP (NotFound/Forbidden → error page, Invalid/RateLimited → a message next to the form with what was
// typed kept) and names the form each result belongs to, so a page with many forms shows each answer in place.
// Why not sveltekit-superforms: our forms are plain SvelteKit forms that work before JavaScript, zod and the
// field reading (lists, checkbox groups) already live in forms.ts, and components only need `formName`.
export { action, publicAction, rawForm, type ActionResult, type FormReader, type FormResult } from './action';
export { page, publicPage, endpoint, publicEndpoint } from './page';
export { id, optionalId, IdInput, NoInput } from './ids';
export { download, pdfResponse, contentDisposition } from './download';
export { cmi5Endpoint, cmi5Preflight, jsonBody } from './cmi5';
