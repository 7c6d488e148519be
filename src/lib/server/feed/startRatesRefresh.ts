import { nextRefresh } from './nextRefresh';

export interface RefreshOptions {
	/** One attempt: fetch, write, reload; rejects when it failed. */
	attempt: () => Promise<string>;
	now?: () => number;
	setTimer?: (run: () => void, ms: number) => { cancel(): void };
	log?: (line: string) => void;
}

const nodeTimer = (run: () => void, ms: number) => {
	const t = setTimeout(run, Math.min(ms, 2 ** 31 - 1));
	t.unref?.();
	return { cancel: () => clearTimeout(t) };
};

/**
 * Fetches rates on `nextRefresh`'s schedule, for as long as the process runs: after each
 * attempt the next is planned from the clock, the day's success and its failures so far.
 * Returns a function that stops it.
 */
export function startRatesRefresh(options: RefreshOptions): () => void {
	const { attempt, now = Date.now, setTimer = nodeTimer, log = console.log } = options;
	let lastSuccessDay: string | null = null;
	let failures = 0;
	let failureDay = '';
	let timer: { cancel(): void } | null = null;
	let stopped = false;
	const plan = () => {
		if (stopped) return;
		const t = now();
		const day = new Date(t).toISOString().slice(0, 10);
		if (day !== failureDay) failures = 0;
		timer = setTimer(run, Math.max(0, nextRefresh(t, lastSuccessDay, failures) - t));
	};
	const run = () => {
		const day = new Date(now()).toISOString().slice(0, 10);
		attempt().then(
			(line) => {
				lastSuccessDay = day;
				failures = 0;
				log(`feecalc: rates refresh: ${line}`);
				plan();
			},
			(e) => {
				failureDay = day;
				failures++;
				log(`feecalc: rates refresh failed (attempt ${failures} today): ${(e as Error).message}`);
				plan();
			}
		);
	};
	plan();
	return () => {
		stopped = true;
		timer?.cancel();
	};
}
