import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The embedded store's folder is another live process's (PGlite takes one process at a time). */
export class StoreLockedError extends Error {
	constructor(
		readonly dir: string,
		readonly pid: number
	) {
		super(
			`the embedded store in ${dir} is in use by process ${pid} (a running feecalc server?): ` +
				'stop it first, or give both DATABASE_URL; a lock left by a process that is gone is taken over'
		);
		this.name = 'StoreLockedError';
	}
}

/** The lock's name in the folder: it holds the owner's pid. */
export const LOCK_FILE = 'feecalc.lock';

// Opens of a folder in this process: a second open shares the lock, the last close releases it.
const held = new Map<string, number>();

function ownerOf(path: string): number | null {
	try {
		const pid = Number(readFileSync(path, 'utf8').trim());
		return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
	} catch {
		return null;
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Creates the lock whole (a link of a file already written), or says who holds it. */
function take(dir: string, path: string): void {
	const mine = `${path}.${process.pid}`;
	writeFileSync(mine, `${process.pid}\n`);
	try {
		for (let attempt = 0; attempt < 2; attempt++) {
			try {
				linkSync(mine, path);
				return;
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			}
			const owner = ownerOf(path);
			if (owner !== null && owner !== process.pid && alive(owner))
				throw new StoreLockedError(dir, owner);
			// Stale: its process is gone (killed, crashed), or was this pid before a restart. Another
			// process taking it over at the same moment may have removed it first.
			try {
				unlinkSync(path);
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
			}
		}
		throw new StoreLockedError(dir, ownerOf(path) ?? 0);
	} finally {
		unlinkSync(mine);
	}
}

/**
 * Takes the folder of an embedded store for this process: a lock file in it with this pid,
 * refused (StoreLockedError) while another live process holds it; one whose process is gone is
 * taken over. Returns the release, which removes the lock at the last one of this process.
 *
 * @example
 * const release = lockFolder('data/db'); // throws while a server has data/db open
 */
export function lockFolder(dir: string): () => void {
	const path = join(dir, LOCK_FILE);
	if (!held.has(path)) take(dir, path);
	held.set(path, (held.get(path) ?? 0) + 1);
	let released = false;
	return () => {
		if (released) return;
		released = true;
		const n = held.get(path)! - 1;
		if (n > 0) return void held.set(path, n);
		held.delete(path);
		if (ownerOf(path) === process.pid) unlinkSync(path);
	};
}
