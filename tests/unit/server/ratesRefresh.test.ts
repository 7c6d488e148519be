import { describe, expect, it } from 'vitest';
import {
	ECB_MINUTE_UTC,
	ECB_URLS,
	NBP_BASE,
	NBP_MINUTE_UTC,
	nextRefresh,
	ratesRefreshPlan,
	startRatesRefresh
} from '$lib/server';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('nextRefresh', () => {
	it.each([
		[
			'before publication on a weekday: 15:30 UTC that day',
			'2026-03-13T09:00:00Z',
			null,
			0,
			'2026-03-13T15:30:00.000Z'
		],
		[
			'after 15:30 without a success: at once',
			'2026-03-13T17:00:00Z',
			null,
			0,
			'2026-03-13T17:00:00.000Z'
		],
		[
			'after a first failure: 5 minutes on',
			'2026-03-13T15:30:00Z',
			null,
			1,
			'2026-03-13T15:35:00.000Z'
		],
		[
			'after a third failure: 20 minutes on',
			'2026-03-13T16:00:00Z',
			null,
			3,
			'2026-03-13T16:20:00.000Z'
		],
		['back-off stops at 2 hours', '2026-03-13T16:00:00Z', null, 10, '2026-03-13T18:00:00.000Z'],
		[
			'a back-off past midnight waits for the next weekday',
			'2026-03-13T23:00:00Z',
			null,
			10,
			'2026-03-16T15:30:00.000Z'
		],
		[
			'after the day’s success: the next weekday',
			'2026-03-12T16:00:00Z',
			'2026-03-12',
			0,
			'2026-03-13T15:30:00.000Z'
		],
		[
			'on Friday after success: Monday',
			'2026-03-13T16:00:00Z',
			'2026-03-13',
			0,
			'2026-03-16T15:30:00.000Z'
		],
		['on Saturday: Monday', '2026-03-14T16:00:00Z', null, 0, '2026-03-16T15:30:00.000Z'],
		['on Sunday morning: Monday', '2026-03-15T01:00:00Z', null, 0, '2026-03-16T15:30:00.000Z']
	])('%s', (_, now, success, failures, expected) => {
		expect(iso(nextRefresh(t(now), { lastSuccessDay: success, failures }))).toBe(expected);
	});
});

describe('startRatesRefresh', () => {
	it('retries with back-off after failures, then waits for the next weekday', async () => {
		let clock = t('2026-03-13T12:00:00Z');
		const planned: string[] = [];
		let pending: (() => void) | null = null;
		const results = [false, false, true];
		const stop = startRatesRefresh({
			now: () => clock,
			attempt: () =>
				results.shift() ? Promise.resolve('wrote') : Promise.reject(new Error('HTTP 500')),
			setTimer: (run, ms) => {
				planned.push(iso(clock + ms));
				pending = () => {
					clock += ms;
					run();
				};
				return { cancel: () => (pending = null) };
			},
			log: () => {}
		});
		for (let i = 0; i < 3; i++) {
			(pending as unknown as () => void)();
			await new Promise((r) => setTimeout(r, 0));
		}
		stop();
		expect(planned).toEqual([
			'2026-03-13T15:30:00.000Z',
			'2026-03-13T15:35:00.000Z',
			'2026-03-13T15:45:00.000Z',
			'2026-03-16T15:30:00.000Z'
		]);
		expect(pending).toBeNull();
	});
});

describe('startRatesRefresh at start', () => {
	it('fetches at once, names its source, and then keeps to the source’s minute', async () => {
		const clock = t('2026-03-14T09:00:00Z'); // a Saturday
		const planned: string[] = [];
		const lines: string[] = [];
		const stop = startRatesRefresh({
			now: () => clock,
			attempt: () => Promise.reject(new Error('the connection was refused')),
			name: 'nbp',
			minuteUtc: NBP_MINUTE_UTC,
			atStart: true,
			setTimer: (_run, ms) => {
				planned.push(iso(clock + ms));
				return { cancel: () => {} };
			},
			log: (line) => lines.push(line)
		});
		await new Promise((r) => setTimeout(r, 0));
		stop();
		expect(lines).toEqual([
			'feecalc: rates refresh (nbp) failed (attempt 1 today): the connection was refused; serving the rates already here'
		]);
		expect(planned).toEqual(['2026-03-16T11:30:00.000Z']);
	});
});

describe('ratesRefreshPlan', () => {
	it('refreshes the ECB and the NBP by default, and says so in one line', () => {
		const plan = ratesRefreshPlan({});
		expect(plan).toEqual({
			ok: true,
			sources: [
				{ source: 'ecb', url: ECB_URLS.daily, minuteUtc: ECB_MINUTE_UTC },
				{ source: 'nbp', url: NBP_BASE, minuteUtc: NBP_MINUTE_UTC }
			],
			line: 'feecalc: rates refresh: ecb on weekdays at 15:30 UTC, nbp on weekdays at 11:30 UTC, and at start (FEECALC_RATES_REFRESH=off turns it off)'
		});
	});

	it.each([
		[{ FEECALC_RATES_REFRESH: 'off' }, []],
		[{ FEECALC_RATES_REFRESH: 'ecb' }, ['ecb']],
		[{ FEECALC_RATES_REFRESH: 'nbp, ecb' }, ['nbp', 'ecb']]
	])('reads %j', (env, sources) => {
		const plan = ratesRefreshPlan(env);
		expect(plan.ok && plan.sources.map((s) => s.source)).toEqual(sources);
	});

	it('takes each source’s address from the environment, for tests', () => {
		const plan = ratesRefreshPlan({ FEECALC_NBP_URL: 'http://127.0.0.1:9/api' });
		expect(plan.ok && plan.sources[1].url).toBe('http://127.0.0.1:9/api');
	});

	it('refuses what it does not know, in one line, refreshing nothing', () => {
		expect(ratesRefreshPlan({ FEECALC_RATES_REFRESH: 'fed' })).toEqual({
			ok: false,
			line: 'feecalc: FEECALC_RATES_REFRESH=fed: say off, or any of ecb and nbp (such as ecb,nbp); not refreshing'
		});
	});
});
