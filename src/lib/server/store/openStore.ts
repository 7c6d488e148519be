import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
	const db = await embeddedDb(PGlite, dataDir).catch((e) => {
		release();
		throw e;
	});
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

// PGlite's initdb takes a second or two. The new databases of a process start from a copy of the
// first fresh cluster it made (taken before any migration) instead of each running it; with
// FEECALC_PGLITE_TEMPLATE naming a file, those of every process do, the first to make one writing
// it there (the tests set it: their suites make dozens of databases, in many processes).
let freshCluster: Blob | null = null;
const templateFile = () => process.env.FEECALC_PGLITE_TEMPLATE || null;

function readTemplate(): Blob | null {
	const file = templateFile();
	if (!freshCluster && file && existsSync(file)) freshCluster = new Blob([readFileSync(file)]);
	return freshCluster;
}

/** Keeps `db`'s cluster, fresh from initdb, as the copy new databases start from. */
async function keepTemplate(db: { dumpDataDir(c: 'none'): Promise<File | Blob> }) {
	freshCluster = await db.dumpDataDir('none');
	const file = templateFile();
	if (!file || existsSync(file)) return;
	// Written whole, then renamed: a process reading it meanwhile finds none or all of it.
	mkdirSync(dirname(file), { recursive: true });
	const part = `${file}.${process.pid}.part`;
	writeFileSync(part, Buffer.from(await freshCluster.arrayBuffer()));
	renameSync(part, file);
}

/** A new in-memory database, an empty cluster as initdb leaves it. */
async function inMemory(PGlite: PGliteClass) {
	const template = readTemplate();
	if (template) return PGlite.create('memory://', { loadDataDir: template });
	const db = await PGlite.create('memory://');
	try {
		await keepTemplate(db);
	} catch (e) {
		await db.close();
		throw e;
	}
	return db;
}

/**
 * The database in `dataDir`: in memory, the one in the folder, or a new one there, started from
 * the copy of a fresh cluster when this process has one or FEECALC_PGLITE_TEMPLATE names one
 * (else made by initdb). The copy is always made in memory: a folder's own dump would carry its
 * lock file, and with it this process's pid, into every folder made from it.
 */
async function embeddedDb(PGlite: PGliteClass, dataDir: string) {
	if (dataDir === 'memory://') return inMemory(PGlite);
	if (dataDir.includes('://') || existsSync(join(dataDir, 'PG_VERSION')))
		return PGlite.create(dataDir);
	if (templateFile() && !readTemplate()) await (await inMemory(PGlite)).close();
	const template = readTemplate();
	return template ? PGlite.create(dataDir, { loadDataDir: template }) : PGlite.create(dataDir);
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
