// Lint: TypeScript and Svelte rules, Prettier owns formatting. Two rules are ours:
// routes reach a server module only through its index.ts, and SQL (Kysely, the database handle) stays inside
// src/lib/server/<module>/. Import cycles are checked by madge (npm run lint:cycles).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const sqlImports = {
	paths: [{ name: 'kysely', message: 'SQL stays inside src/lib/server/<module>/: call the module instead.' }],
	patterns: [
		{
			group: ['$lib/server/db', '$lib/server/db/*'],
			message: 'The database is reached through a module, not from here.'
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			],
			// SvelteKit's own helpers (redirect, error) throw; links are plain hrefs resolved by the router.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['src/routes/**/*'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: sqlImports.paths,
					patterns: [
						...sqlImports.patterns,
						{
							group: ['$lib/server/*/*', '!$lib/server/*/index', '!$lib/server/*/index.ts'],
							message: 'Routes use a server module through its index.ts.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/hooks.server.ts', 'src/lib/server/*.ts'],
		rules: { 'no-restricted-imports': ['error', sqlImports] }
	}
);
