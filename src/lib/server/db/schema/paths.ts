// Learning paths: ordered modules with prerequisites, assigned to teams or people (migration 0024_learning_paths).

export interface BitePathsTable {
	id: string;
	org_id: string;
	title: string;
	description: string;
	created_by: string;
	created_at: string;
	updated_at: string;
}

export interface BitePathStepsTable {
	id: string;
	org_id: string;
	path_id: string;
	module_id: string;
	/** 0-based order in the path */
	position: number;
	/** an earlier step of the same path to complete first; null: none */
	prerequisite_id: string | null;
}

export interface BitePathAssignmentsTable {
	id: string;
	org_id: string;
	path_id: string;
	team_id: string | null;
	user_id: string | null;
	due_on: string | null;
	created_by: string;
	created_at: string;
}

export interface PathTables {
	bite_paths: BitePathsTable;
	bite_path_steps: BitePathStepsTable;
	bite_path_assignments: BitePathAssignmentsTable;
}
