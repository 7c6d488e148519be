import { nextRefresh } from './nextRefresh';

export interface RefreshOptions {
	/** One attempt: fetch, write, reload; rejects when it failed. */
	attempt: () => Promise<string>;
	/** The source, as log lines name it; default: none named. */
	name?: string;
	/** The minute of a weekday (UTC) to fetch at: `nextRefresh`'s; default the ECB's. */
	minuteUtc?: number;
	/** Also fetch at once, at start (then on the schedule). */
	atStart?: boolean;
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
	const { attempt, name, minuteUtc, atStart = false } = options;
	const { now = Date.now, setTimer = nodeTimer, log = console.log } = options;
	const label = name ? `rates refresh (${name})` : 'rates refresh';
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
		timer = setTimer(run, Math.max(0, nextRefresh(t, { lastSuccessDay, failures }, minuteUtc) - t));
	};
	const run = () => {
		const day = new Date(now()).toISOString().slice(0, 10);
		attempt().then(
			(line) => {
				lastSuccessDay = day;
				failures = 0;
				log(`feecalc: ${label}: ${line}`);
				plan();
			},
			(e) => {
				failureDay = day;
				failures++;
				log(
					`feecalc: ${label} failed (attempt ${failures} today): ${(e as Error).message}; serving the rates already here`
				);
				plan();
			}
		);
	};
	if (atStart) run();
	else plan();
	return () => {
		stopped = true;
		timer?.cancel();
	};
}
