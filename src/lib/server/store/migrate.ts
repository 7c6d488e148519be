import type { Migration } from './migrations';
import type { Store } from './Store';

/** A database whose schema is newer than this code's: it refuses to start on it. */
export class StoreTooNewError extends Error {
	constructor(
		readonly found: number,
		readonly known: number
	) {
		super(
			`the database is at schema version ${found}, newer than this feecalc's ${known}: ` +
				'start the newer feecalc, or point FEECALC_DATA or DATABASE_URL at another database'
		);
		this.name = 'StoreTooNewError';
	}
}

// Any number of feecalc processes may start against one PostgreSQL at once: a transaction-level
// advisory lock lets one of them migrate while the others wait, then find nothing left to do.
const LOCK = 4_718_201;

/**
 * Brings the schema up to date, in one transaction: applies the migrations the database has not
 * had, in order, and records each. Refuses (StoreTooNewError) a database that has had one this
 * code does not know. Returns the versions applied.
 */
export async function migrate(store: Store, migrations: readonly Migration[]): Promise<number[]> {
	const known = migrations.at(-1)?.version ?? 0;
	return store.transaction(async (tx) => {
		await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
		await tx.query(
			`CREATE TABLE IF NOT EXISTS feecalc_migrations (
				version integer PRIMARY KEY,
				name text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now()
			)`
		);
		const rows = await tx.query<{ version: number }>('SELECT version FROM feecalc_migrations');
		const done = new Set(rows.map((r) => Number(r.version)));
		const newest = Math.max(0, ...done);
		if (newest > known) throw new StoreTooNewError(newest, known);
		const applied: number[] = [];
		for (const m of migrations) {
			if (done.has(m.version)) continue;
			for (const statement of statements(m.sql)) await tx.query(statement);
			await tx.query('INSERT INTO feecalc_migrations (version, name) VALUES ($1, $2)', [
				m.version,
				m.name
			]);
			applied.push(m.version);
		}
		return applied;
	});
}

/**
 * The statements of a migration, one per `;` at the end of a line, outside dollar-quoted bodies
 * (a function's, whose own statements end so too).
 */
function statements(sql: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (const m of sql.matchAll(/\$\$[\s\S]*?\$\$|;\s*\n/g)) {
		if (m[0].startsWith('$$')) continue;
		out.push(sql.slice(start, m.index));
		start = m.index + m[0].length;
	}
	out.push(sql.slice(start));
	return out.map((s) => s.trim().replace(/;$/, '')).filter(Boolean);
}
