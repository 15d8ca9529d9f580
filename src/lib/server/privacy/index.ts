// Privacy: a person's export and erasure, an organisation's export and deletion, retention.
export { collectPersonData, exportMyData, exportOrganisation, type PersonExport, type OrgExport } from './export';
export {
	erasePerson,
	eraseMyAccount,
	deleteOrganisation,
	soleAdminOf,
	sweepPlaceholders,
	type ErasureResult
} from './erasure';
export { applyRetention, monthsBefore, type RetentionRun } from './retention';
export {
	PERSON_TABLES,
	NO_PERSON_TABLES,
	ORG_TABLES,
	ORG_EXPORT_TABLES,
	TABLE_VISIBILITY,
	PLACEHOLDER_NAME,
	type Erasure,
	type PrivacyModule,
	type Visibility,
	type RegistryDb
} from './registry';
export { getRetention, setRetention, type Retention } from '../orgs/index';
export { EraseInput, RetentionInput, DeleteOrgInput } from './schemas';
