// The database, declared once: one file per module's tables, put together here as Kysely's `Database`.
// Modules take their row types from these (`Selectable<BoardsTable>`, `Insertable<…>`), never restate them.
// Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers, so the same rows and the same queries
// work on SQLite and PostgreSQL.
import type { ActionTables } from './actions';
import type { ApiTables } from './api';
import type { BiteTables } from './bites';
import type { BoardTables } from './boards';
import type { ChatTables } from './chat';
import type { FoundationTables } from './foundation';
import type { JobTables } from './jobs';
import type { LearningTables } from './learning';
import type { NotifyTables } from './notify';
import type { PathTables } from './paths';
import type { PeopleTables } from './people';
import type { MailTables } from './mail';
import type { SsoTables } from './sso';
import type { SurveyTables } from './surveys';
import type { SyncTables } from './sync';
import type { TwofactorTables } from './twofactor';
import type { XapiTables } from './xapi';

export type * from './actions';
export type * from './api';
export type * from './bites';
export type * from './boards';
export type * from './chat';
export type * from './foundation';
export type * from './jobs';
export type * from './learning';
export type * from './notify';
export type * from './paths';
export type * from './people';
export type * from './mail';
export type * from './sso';
export type * from './surveys';
export type * from './sync';
export type * from './twofactor';
export type * from './xapi';

export interface Database
	extends
		FoundationTables,
		SyncTables,
		BoardTables,
		SurveyTables,
		ActionTables,
		LearningTables,
		NotifyTables,
		MailTables,
		BiteTables,
		PathTables,
		JobTables,
		PeopleTables,
		TwofactorTables,
		SsoTables,
		ApiTables,
		XapiTables,
		ChatTables {}
