// The live sync server: y-websocket's protocol on `/sync/<docName>`, attachable to any http.Server's
// `upgrade` event. No SvelteKit here: the app hands in the database, who may open what, and a logger (api.ts).
//
//   upgrade      same origin? → authorize → admission → load the room → WebSocket       handshake.ts, upgrade.ts,
//                                                                                         admission.ts
//   message      decode + validate                                                       protocol.ts
//                permission, rate and size limits, presence screening                    connection.ts, limits.ts,
//                                                                                         presence.ts
//   room         the document (built from storage when needed) and its presence         room.ts, stored-doc.ts,
//                                                                                         room-awareness.ts
//   change       log append, batched per event-loop turn → commit → broadcast            persistence.ts,
//                                                                                         doc-tables.ts, frame.ts
//   lifecycle    rooms loaded on first use, unloaded after the last connection           rooms.ts
//                open connections re-authorised when permissions change                  revalidation.ts
//   extension    who may open which document, who may change what                        access.ts
//   points       what others may see of someone's presence                               awareness-filter.ts
//                other instances of the app (scale-out)                                  fanout.ts
//
// server.ts puts the parts together.
export { createSyncServer } from './server';
export type { Authorization, SyncServer, SyncServerDeps } from './api';
export { registerDocType, registerUpdateGuard, resolveDocPermission, clampPermission } from './access';
export { registerAwarenessFilter, type AwarenessFilter } from './awareness-filter';
export type { Permission, Principal, DocResolver, UpdateGuard } from './access';
export type { SyncLimits } from './limits';
export type { SyncLogger } from './logger';
export type { OpenConnection } from './connection';
export type { PresenceIdentity } from './presence';
export type { Fanout, FanoutKind, FanoutHandlers } from './fanout';
