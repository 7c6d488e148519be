/** Something SQL runs on: the store itself, or one transaction of it. */
export interface Sql {
	/** Runs one statement with `$1`… parameters; the rows it returns. */
	query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

/** The project's PostgreSQL: embedded (PGlite, in a folder) or a server (`DATABASE_URL`). */
export interface Store extends Sql {
	readonly kind: 'pglite' | 'postgres';
	/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
	transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}
