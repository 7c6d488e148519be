import { mkdirSync } from 'node:fs';
import { MIGRATIONS, type Migration } from './migrations';
import { lockFolder } from './lockFolder';
import { migrate } from './migrate';
import type { Sql, Store } from './Store';

export interface StoreOptions {
	/** `postgres://…` or `postgresql://…`: a PostgreSQL server (DATABASE_URL). */
	url?: string;
	/** Else PGlite's folder (FEECALC_DATA); `memory://` keeps it in memory. */
	dataDir?: string;
	/** The schema to bring the database to; default every migration. */
	migrations?: readonly Migration[];
}

const isServerUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * Opens the store and brings its schema up to date (refusing a newer one, StoreTooNewError):
 * a PostgreSQL server when `url` names one, else PGlite in `dataDir`, refused while another
 * process has that folder open (StoreLockedError).
 *
 * @example
 * const store = await openStore({ dataDir: 'data/db' });
 * await store.query('SELECT count(*) FROM alerts');
 */
export async function openStore(options: StoreOptions): Promise<Store> {
	const store =
		options.url && isServerUrl(options.url)
			? await serverStore(options.url)
			: await embeddedStore(options.dataDir ?? 'memory://');
	try {
		await migrate(store, options.migrations ?? MIGRATIONS);
	} catch (e) {
		await store.close();
		throw e;
	}
	return store;
}

async function embeddedStore(dataDir: string): Promise<Store> {
	const { PGlite } = await import('@electric-sql/pglite');
	let release = () => {};
	if (!dataDir.includes('://')) {
		mkdirSync(dataDir, { recursive: true });
		// Two processes on one folder would corrupt it: the second is refused in one line.
		release = lockFolder(dataDir);
	}
	const db = await (dataDir === 'memory://' ? inMemory(PGlite) : PGlite.create(dataDir)).catch(
		(e) => {
			release();
			throw e;
		}
	);
	const on = (q: Pick<typeof db, 'query'>): Sql => ({
		query: async (text, params = []) => (await q.query(text, [...params])).rows as never
	});
	return {
		kind: 'pglite',
		...on(db),
		transaction: (work) => db.transaction((tx) => work(on(tx))),
		close: () => db.close().finally(release)
	};
}

type PGliteClass = typeof import('@electric-sql/pglite').PGlite;

// PGlite's initdb takes a second or two: the in-memory stores of a process (the tests') start from
// a copy of the first one's fresh cluster, taken before any migration, instead of each running it.
let freshCluster: File | Blob | null = null;

/** A new in-memory database, an empty cluster as initdb leaves it. */
async function inMemory(PGlite: PGliteClass) {
	if (freshCluster) return PGlite.create('memory://', { loadDataDir: freshCluster });
	const db = await PGlite.create('memory://');
	try {
		freshCluster = await db.dumpDataDir('none');
	} catch (e) {
		await db.close();
		throw e;
	}
	return db;
}

async function serverStore(url: string): Promise<Store> {
	const { default: pg } = await import('pg');
	// Integers of 8 bytes as numbers where they fit (ids, counts), never a float for money: the
	// store keeps amounts as the strings of their JSON.
	pg.types.setTypeParser(20, (v) => {
		const n = Number(v);
		return Number.isSafeInteger(n) ? n : v;
	});
	const pool = new pg.Pool({ connectionString: url, max: 4 });
	const on = (q: { query: typeof pool.query }): Sql => ({
		query: async (text, params = []) => (await q.query(text, [...params])).rows
	});
	// Fail here, with the server's own words, rather than at the first alert.
	await pool.query('SELECT 1');
	return {
		kind: 'postgres',
		...on(pool),
		async transaction(work) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const out = await work(on(client as never));
				await client.query('COMMIT');
				return out;
			} catch (e) {
				await client.query('ROLLBACK').catch(() => {});
				throw e;
			} finally {
				client.release();
			}
		},
		close: () => pool.end()
	};
}
