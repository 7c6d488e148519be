import { watch, type ChokidarOptions, type FSWatcher } from 'chokidar';
import { reloadRules, rulesDir } from './rulesStore';

export interface WatchOptions {
	/** Quiet time after the last change before reloading, ms: a copy of many files reloads once. */
	debounceMs?: number;
	/** How often every file's size and modification time are polled, ms; 0: never. */
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

/**
 * Reloads the rules when their folder changes: chokidar's file system events and, as a fallback
 * for network and container file systems that send none, its polling of sizes and modification
 * times; both debounced into one reload. Returns a function that stops watching.
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
	const common: ChokidarOptions = { ignoreInitial: true, persistent: false };
	const polled = { ...common, usePolling: true, interval: scanMs, binaryInterval: scanMs };
	const list: FSWatcher[] = [watch(dir, common), ...(scanMs > 0 ? [watch(dir, polled)] : [])];
	for (const w of list)
		w.on('all', changed)
			// A change made while chokidar was still listing the folder is seen by this reload (a
			// reload that finds the same rules does nothing).
			.on('ready', changed)
			// Events unsupported here: the polling still notices.
			.on('error', () => {});
	watchers++;
	let stopped = false;
	return () => {
		if (!stopped) watchers--;
		stopped = true;
		for (const w of list) void w.close();
		if (timer) clearTimeout(timer);
	};
}
