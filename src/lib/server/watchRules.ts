import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { reloadRules, rulesDir } from './rulesStore';

export interface WatchOptions {
	/** Quiet time after the last change before reloading, ms: a copy of many files reloads once. */
	debounceMs?: number;
	/** How often the folder's names, sizes and modification times are compared, ms; 0: never. */
	scanMs?: number;
	log?: (line: string) => void;
	/** Where a refused reload is reported; default: console.error (or `log` when given). */
	warn?: (line: string) => void;
}

/** The longest a GET quote is cached while the rules can reload under it, seconds. */
export const RELOAD_MAX_AGE = 300;

let watchers = 0;

/**
 * The most a cache may keep a GET quote, seconds: RELOAD_MAX_AGE while the rules folder is
 * watched (a new snapshot or version may arrive at any time), else no limit of its own.
 */
export function reloadMaxAge(): number {
	return watchers > 0 ? RELOAD_MAX_AGE : Infinity;
}

/** Names, sizes and modification times of every file under `dir`: changes when any file does. */
export function folderSignature(dir: string): string {
	const parts: string[] = [];
	const walk = (folder: string, depth: number) => {
		let names: string[];
		try {
			names = readdirSync(folder).sort();
		} catch {
			return;
		}
		for (const name of names) {
			const path = join(folder, name);
			try {
				const s = statSync(path);
				if (s.isDirectory()) {
					if (depth < 3) walk(path, depth + 1);
				} else parts.push(`${path}\t${s.size}\t${s.mtimeMs}`);
			} catch {
				// removed while listed: the next scan sees it gone
			}
		}
	};
	walk(dir, 0);
	return parts.join('\n');
}

/**
 * Reloads the rules when their folder changes: `fs.watch` (recursive where the platform has it)
 * and, as a fallback for network and container file systems, a periodic scan of file sizes and
 * modification times; both debounced into one reload. Returns a function that stops watching.
 */
export function watchRules(options: WatchOptions = {}): () => void {
	const { debounceMs = 300, scanMs = 5000, log = console.log } = options;
	const warn = options.warn ?? (options.log ? log : console.error);
	const dir = rulesDir();
	let timer: ReturnType<typeof setTimeout> | null = null;
	const reload = () => {
		timer = null;
		reloadRules(log, warn);
	};
	const changed = () => {
		if (timer) clearTimeout(timer);
		timer = setTimeout(reload, debounceMs);
		timer.unref?.();
	};
	let watcher: FSWatcher | null = null;
	try {
		watcher = watch(dir, { recursive: true, persistent: false }, changed);
		watcher.on('error', () => watcher?.close());
	} catch {
		watcher = null; // recursive watching unsupported here: the scan still notices
	}
	let signature = folderSignature(dir);
	const scan =
		scanMs > 0
			? setInterval(() => {
					const now = folderSignature(dir);
					if (now !== signature) {
						signature = now;
						changed();
					}
				}, scanMs)
			: null;
	scan?.unref?.();
	watchers++;
	let stopped = false;
	return () => {
		if (!stopped) watchers--;
		stopped = true;
		watcher?.close();
		if (scan) clearInterval(scan);
		if (timer) clearTimeout(timer);
	};
}
