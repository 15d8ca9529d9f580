// People import and SCIM provisioning (migration 0022_people).

export interface PeopleImportsTable {
	id: string;
	org_id: string;
	created_by: string;
	created_at: string;
	file_name: string;
	/** JSON: the file's lines as parsed (ImportLine[]), validated again when applied */
	lines: string;
	applied_at: string | null;
}

/** One bearer token per organisation for its identity provider; only its SHA-256 is kept. */
export interface ScimTokensTable {
	id: string;
	/** one token per organisation */
	org_id: string;
	token_hash: string;
	created_by: string;
	created_at: string;
	last_used_at: string | null;
}

export interface PeopleTables {
	people_imports: PeopleImportsTable;
	scim_tokens: ScimTokensTable;
}
