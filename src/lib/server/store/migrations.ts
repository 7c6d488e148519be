import alerts from './migrations/001-alerts';
import setBasedEvaluation from './migrations/002-set-based-evaluation';
import judgedFigures from './migrations/003-judged-figures';

/** One change of the schema: its number (1, 2, …, never reused) and its SQL. */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/** Every migration of the schema, in order; a new one is added at the end, never edited. */
export const MIGRATIONS: readonly Migration[] = [
	{ version: 1, name: 'alerts', sql: alerts },
	{ version: 2, name: 'set_based_evaluation', sql: setBasedEvaluation },
	{ version: 3, name: 'judged_figures', sql: judgedFigures }
];
