import { describe, expect, it } from 'vitest';
import { nextRefresh, startRatesRefresh } from '$lib/server';

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
		expect(iso(nextRefresh(t(now), success, failures))).toBe(expected);
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
