import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder, openStore, StoreLockedError } from '$lib/server/store';

let dir: string;
let other: ReturnType<typeof spawn>;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'feecalc-lock-'));
	other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
});
afterAll(() => {
	other?.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

/** A folder whose lock names `pid`. */
function lockedBy(name: string, pid: number): string {
	const db = join(dir, name);
	mkdirSync(db, { recursive: true });
	writeFileSync(join(db, LOCK_FILE), `${pid}\n`);
	return db;
}

describe('the embedded store’s lock', () => {
	it('holds the folder with this pid while a store is open, for every open of this process, and lets go at the last close', async () => {
		const db = join(dir, 'mine');
		const store = await openStore({ dataDir: db });
		expect(readFileSync(join(db, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
		const release = lockFolder(db);
		release();
		release();
		expect(existsSync(join(db, LOCK_FILE))).toBe(true);
		await store.close();
		expect(existsSync(join(db, LOCK_FILE))).toBe(false);
	}, 60_000);

	it('makes new folders from a fresh cluster that carries no lock (the tests keep one: vite.config.ts)', () => {
		const template = process.env.FEECALC_PGLITE_TEMPLATE!;
		expect(existsSync(template)).toBe(true);
		expect(readFileSync(template).includes(LOCK_FILE)).toBe(false);
	});

	it('refuses a folder another live process holds, saying which', async () => {
		const db = lockedBy('theirs', other.pid!);
		const refused = await openStore({ dataDir: db }).catch((e) => e);
		expect(refused).toBeInstanceOf(StoreLockedError);
		expect(refused.message).toBe(
			`the embedded store in ${db} is in use by process ${other.pid} (a running feecalc server?): ` +
				'stop it first, or give both DATABASE_URL; a lock left by a process that is gone is taken over'
		);
		expect(readFileSync(join(db, LOCK_FILE), 'utf8')).toBe(`${other.pid}\n`);
	});

	it('takes over a lock whose process is gone, or that holds no pid', () => {
		const gone = spawnSync(process.execPath, ['-e', '']).pid;
		for (const [name, content] of [
			['stale', `${gone}\n`],
			['garbled', 'not a pid']
		]) {
			const db = lockedBy(name, 1);
			writeFileSync(join(db, LOCK_FILE), content);
			const release = lockFolder(db);
			expect(readFileSync(join(db, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
			release();
			expect(existsSync(join(db, LOCK_FILE))).toBe(false);
		}
	});
});
