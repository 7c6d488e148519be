import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/engine';
import { diffSchedules, type ScheduleChange } from '$lib/schedules/diff';

const name = (en: string) => ({ name: { en } });

/** A small hand-made version; each case edits a copy into the next version. */
const base = (): Schedule => ({
	schemaVersion: 1,
	id: 'wallet',
	version: '2026-01-01',
	effectiveFrom: '2026-01-01T00:00:00Z',
	name: { en: 'Wallet', 'zh-CN': '钱包' },
	baseCurrency: 'USD',
	origins: ['US', 'GB'],
	types: { transfer: name('Send money'), withdrawal: name('Withdraw') },
	funding: { balance: name('Balance'), debit_card: name('Debit card'), cash: name('Cash') },
	payouts: { wallet: name('Wallet'), bank_account: name('Bank account') },
	profiles: { verified: name('Verified'), business: name('Business') },
	currencies: ['USD', 'EUR'],
	destinations: { US: { currencies: ['USD'] }, MX: { currencies: ['MXN', 'USD'] } },
	regions: { LATAM: ['MX', 'BR'] },
	fees: [
		{
			id: 'intl',
			name: { en: 'International transfer fee' },
			when: { type: 'transfer', scope: 'international' },
			percent: '1.5',
			min: { USD: '0.99', EUR: '0.99' },
			max: { USD: '29.00', EUR: '27.00' }
		},
		{
			id: 'card',
			name: { en: 'Card fee' },
			when: { funding: ['debit_card'] },
			percent: '1.2',
			fixed: { USD: '0.30' }
		},
		{
			id: 'large',
			name: { en: 'Large transfer handling' },
			when: { amount: { gt: { USD: '1000.00' } } },
			tiers: {
				currency: 'USD',
				mode: 'volume',
				brackets: [
					{ upTo: '5000.00', fixed: '2.00' },
					{ upTo: null, fixed: '5.00' }
				]
			}
		}
	],
	fx: [
		{ when: { destination: '@LATAM' }, marginPercent: '2.5' },
		{ when: { targetCurrency: 'USD' }, marginPercent: '1' },
		{ when: {}, marginPercent: '3' }
	],
	limits: [{ id: 'per_transaction', when: {}, min: { USD: '1.00' }, max: { USD: '10000.00' } }],
	notices: [
		{
			id: 'review',
			when: { amount: { gte: { USD: '3000.00' } } },
			severity: 'warn',
			message: { en: 'Large transfers are reviewed.' }
		}
	],
	delivery: [
		{ when: { scope: 'domestic' }, minHours: 0, maxHours: 1 },
		{ when: {}, minHours: 24, maxHours: 72 }
	]
});

/** The changes from the base version to an edited copy. */
function changesOf(edit: (s: Schedule) => void): ScheduleChange[] {
	const b = base();
	edit(b);
	return diffSchedules(base(), b);
}

const fee = (s: Schedule, id: string) => s.fees.find((f) => f.id === id)!;

describe('diffSchedules', () => {
	it('finds no changes between identical versions', () => {
		expect(diffSchedules(base(), base())).toEqual([]);
	});

	it('ignores the version, effectiveFrom and $schema, which always differ', () => {
		expect(
			changesOf((s) => {
				s.version = '2027-01-01';
				s.effectiveFrom = '2027-01-01T00:00:00Z';
				s.$schema = '../../schema/fee-schedule.schema.json';
			})
		).toEqual([]);
	});

	it.each<[string, (s: Schedule) => void]>([
		['equal decimals written differently', (s) => (fee(s, 'intl').percent = '1.50')],
		['null for absent', (s) => (fee(s, 'intl').tiers = null)],
		['a default written out', (s) => (fee(s, 'intl').category = 'fee')],
		['one condition value as a list', (s) => (fee(s, 'card').when.funding = 'debit_card')],
		['condition values in another order', (s) => (s.fees[0].when.type = ['transfer'])],
		['rounding written as its default', (s) => (s.rounding = 'half-up')],
		['keys in another order', (s) => (s.fees[0] = { ...s.fees[0], percent: s.fees[0].percent })],
		['region countries in another order', (s) => (s.regions = { LATAM: ['BR', 'MX'] })]
	])('does not count %s as a change', (_, edit) => {
		expect(changesOf(edit)).toEqual([]);
	});

	it('reports a fee added, with the component', () => {
		const added = { id: 'cash', name: { en: 'Cash fee' }, when: { funding: 'cash' }, percent: '1' };
		expect(changesOf((s) => s.fees.push(added))).toEqual([
			{ section: 'fees', id: 'cash', path: [], kind: 'added', after: added }
		]);
	});

	it('reports a fee removed, with the component', () => {
		expect(changesOf((s) => s.fees.splice(1, 1))).toEqual([
			{ section: 'fees', id: 'card', path: [], kind: 'removed', before: base().fees[1] }
		]);
	});

	it('reports a percent changed with its old and new value', () => {
		expect(changesOf((s) => (fee(s, 'intl').percent = '1.75'))).toEqual([
			{
				section: 'fees',
				id: 'intl',
				path: ['percent'],
				kind: 'changed',
				before: '1.5',
				after: '1.75'
			}
		]);
	});

	it('reports MoneyMap entries changed, added and removed one by one', () => {
		expect(
			changesOf((s) => {
				const f = fee(s, 'intl');
				f.max = { USD: '32.00', EUR: '27.00', GBP: '25.00' };
				f.min = { USD: '0.99' };
			})
		).toEqual([
			{ section: 'fees', id: 'intl', path: ['min', 'EUR'], kind: 'removed', before: '0.99' },
			{
				section: 'fees',
				id: 'intl',
				path: ['max', 'USD'],
				kind: 'changed',
				before: '29.00',
				after: '32.00'
			},
			{ section: 'fees', id: 'intl', path: ['max', 'GBP'], kind: 'added', after: '25.00' }
		]);
	});

	it('reports a field that appears or disappears', () => {
		expect(
			changesOf((s) => {
				delete fee(s, 'card').fixed;
				fee(s, 'card').max = { USD: '10.00' };
			})
		).toEqual([
			{ section: 'fees', id: 'card', path: ['fixed'], kind: 'removed', before: { USD: '0.30' } },
			{ section: 'fees', id: 'card', path: ['max'], kind: 'added', after: { USD: '10.00' } }
		]);
	});

	it('reports a condition changed, key by key, as written', () => {
		expect(
			changesOf((s) => {
				fee(s, 'card').when = { funding: ['debit_card', 'cash'], type: 'transfer' };
				fee(s, 'large').when.amount = { gt: { USD: '2000.00' } };
			})
		).toEqual([
			{
				section: 'fees',
				id: 'card',
				path: ['when', 'funding'],
				kind: 'changed',
				before: ['debit_card'],
				after: ['debit_card', 'cash']
			},
			{ section: 'fees', id: 'card', path: ['when', 'type'], kind: 'added', after: 'transfer' },
			{
				section: 'fees',
				id: 'large',
				path: ['when', 'amount', 'gt', 'USD'],
				kind: 'changed',
				before: '1000.00',
				after: '2000.00'
			}
		]);
	});

	// Issue 12: a window or a count bound used to read as "[object Object]" on both sides, so a
	// window moved by an hour was no change at all.
	it('reports a window or a transfer count changed as the whole condition key', () => {
		const weekend = { timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' };
		const a = base();
		fee(a, 'card').when.window = weekend;
		fee(a, 'card').when.transfersThisPeriod = { gte: 3 };
		const b = structuredClone(a);
		fee(b, 'card').when.window = [{ ...weekend, from: 'fri 18:00' }];
		fee(b, 'card').when.transfersThisPeriod = [{ gte: 3 }, { lt: 1 }];
		expect(diffSchedules(a, b)).toEqual([
			{
				section: 'fees',
				id: 'card',
				path: ['when', 'window'],
				kind: 'changed',
				before: weekend,
				after: [{ ...weekend, from: 'fri 18:00' }]
			},
			{
				section: 'fees',
				id: 'card',
				path: ['when', 'transfersThisPeriod'],
				kind: 'changed',
				before: { gte: 3 },
				after: [{ gte: 3 }, { lt: 1 }]
			}
		]);
		// The same window as a list of one is no change.
		fee(b, 'card').when = { ...fee(a, 'card').when, window: [weekend] };
		expect(diffSchedules(a, b)).toEqual([]);
	});

	it('reports allowances, period tiers, speeds, help and support leaf by leaf', () => {
		const a = base();
		a.usagePeriod = 'rolling-30-days';
		a.help = { above_maximum: { text: { en: 'Send less.' } } };
		const b = structuredClone(a);
		b.usagePeriod = 'calendar-month';
		b.rateMaxAgeHours = 48;
		b.speeds = { express: name('Express') };
		fee(b, 'intl').allowance = { USD: '1000.00' };
		fee(b, 'large').tiers!.basis = 'period';
		b.help = { above_maximum: { text: { en: 'Send less, or verify.' } } };
		b.support = { email: 'help@wallet.example' };
		const at = (path: (string | number)[]) =>
			diffSchedules(a, b).find((c) => c.path.join() === path.join());
		expect(at(['usagePeriod'])).toMatchObject({ kind: 'changed', after: 'calendar-month' });
		expect(at(['rateMaxAgeHours'])).toMatchObject({ kind: 'added', after: 48 });
		expect(at(['speeds'])).toMatchObject({ kind: 'added', after: { express: name('Express') } });
		expect(at(['allowance'])).toMatchObject({
			id: 'intl',
			kind: 'added',
			after: { USD: '1000.00' }
		});
		expect(at(['tiers', 'basis'])).toMatchObject({
			id: 'large',
			before: 'transfer',
			after: 'period'
		});
		expect(at(['help', 'above_maximum', 'text', 'en'])).toMatchObject({ kind: 'changed' });
		expect(at(['support'])).toMatchObject({
			kind: 'added',
			after: { email: 'help@wallet.example' }
		});
	});

	it('reports tier brackets changed, added and the mode changed', () => {
		expect(
			changesOf((s) => {
				const t = fee(s, 'large').tiers!;
				t.mode = 'graduated';
				t.brackets = [
					{ upTo: '5000.00', fixed: '2.50' },
					{ upTo: '20000.00', fixed: '5.00' },
					{ upTo: null, fixed: '10.00' }
				];
			})
		).toEqual([
			{
				section: 'fees',
				id: 'large',
				path: ['tiers', 'mode'],
				kind: 'changed',
				before: 'volume',
				after: 'graduated'
			},
			{
				section: 'fees',
				id: 'large',
				path: ['tiers', 'brackets', 0, 'fixed'],
				kind: 'changed',
				before: '2.00',
				after: '2.50'
			},
			{
				section: 'fees',
				id: 'large',
				path: ['tiers', 'brackets', 1, 'upTo'],
				kind: 'added',
				after: '20000.00'
			},
			{
				section: 'fees',
				id: 'large',
				path: ['tiers', 'brackets', 2],
				kind: 'added',
				after: { upTo: null, fixed: '10.00' }
			}
		]);
	});

	it('reports a fee renamed in one language', () => {
		expect(
			changesOf((s) => (fee(s, 'card').name = { en: 'Card fee', 'zh-CN': '银行卡手续费' }))
		).toEqual([
			{ section: 'fees', id: 'card', path: ['name', 'zh-CN'], kind: 'added', after: '银行卡手续费' }
		]);
	});

	it('reports an fx margin changed on the entry with the same condition', () => {
		expect(changesOf((s) => (s.fx![1].marginPercent = '0.75'))).toEqual([
			{
				section: 'fx',
				index: { before: 1, after: 1 },
				when: { targetCurrency: 'USD' },
				path: ['marginPercent'],
				kind: 'changed',
				before: '1',
				after: '0.75'
			}
		]);
	});

	it('reports an fx entry added in front without changing the ones after it', () => {
		expect(
			changesOf((s) => s.fx!.unshift({ when: { destination: 'US' }, marginPercent: '0' }))
		).toEqual([
			{
				section: 'fx',
				index: { after: 0 },
				when: { destination: 'US' },
				path: [],
				kind: 'added',
				after: { when: { destination: 'US' }, marginPercent: '0' }
			}
		]);
	});

	it('reports an fx entry removed', () => {
		expect(changesOf((s) => s.fx!.splice(1, 1))).toEqual([
			{
				section: 'fx',
				index: { before: 1 },
				when: { targetCurrency: 'USD' },
				path: [],
				kind: 'removed',
				before: { when: { targetCurrency: 'USD' }, marginPercent: '1' }
			}
		]);
	});

	it('pairs an fx entry whose condition changed by its position', () => {
		expect(changesOf((s) => (s.fx![0].when = { destination: 'MX' }))).toEqual([
			{
				section: 'fx',
				index: { before: 0, after: 0 },
				when: { destination: 'MX' },
				path: ['when', 'destination'],
				kind: 'changed',
				before: '@LATAM',
				after: 'MX'
			}
		]);
	});

	it('reports an fx entry that moved, since the first match applies', () => {
		expect(changesOf((s) => s.fx!.unshift(s.fx!.pop()!))).toEqual([
			{
				section: 'fx',
				index: { before: 2, after: 0 },
				when: {},
				path: [],
				kind: 'changed',
				before: 2,
				after: 0
			}
		]);
	});

	it('reports delivery hours changed', () => {
		expect(changesOf((s) => (s.delivery![1].maxHours = 48))).toEqual([
			{
				section: 'delivery',
				index: { before: 1, after: 1 },
				when: {},
				path: ['maxHours'],
				kind: 'changed',
				before: 72,
				after: 48
			}
		]);
	});

	it('reports a limit changed, added and removed by id', () => {
		expect(
			changesOf((s) => {
				s.limits![0].max = { USD: '20000.00' };
				s.limits!.push({ id: 'cash_max', when: { funding: 'cash' }, max: { USD: '2000.00' } });
			})
		).toEqual([
			{
				section: 'limits',
				id: 'per_transaction',
				path: ['max', 'USD'],
				kind: 'changed',
				before: '10000.00',
				after: '20000.00'
			},
			{
				section: 'limits',
				id: 'cash_max',
				path: [],
				kind: 'added',
				after: { id: 'cash_max', when: { funding: 'cash' }, max: { USD: '2000.00' } }
			}
		]);
		expect(changesOf((s) => (s.limits = []))).toEqual([
			{
				section: 'limits',
				id: 'per_transaction',
				path: [],
				kind: 'removed',
				before: base().limits![0]
			}
		]);
	});

	it('reports a notice message and severity changed', () => {
		expect(
			changesOf((s) => {
				s.notices![0].message = { en: 'Large transfers are reviewed within a day.' };
				s.notices![0].severity = 'block';
			})
		).toEqual([
			{
				section: 'notices',
				id: 'review',
				path: ['severity'],
				kind: 'changed',
				before: 'warn',
				after: 'block'
			},
			{
				section: 'notices',
				id: 'review',
				path: ['message', 'en'],
				kind: 'changed',
				before: 'Large transfers are reviewed.',
				after: 'Large transfers are reviewed within a day.'
			}
		]);
	});

	it('reports destinations added and removed', () => {
		expect(
			changesOf((s) => {
				s.destinations = { US: { currencies: ['USD'] }, DE: { currencies: ['EUR'] } };
			})
		).toEqual([
			{
				section: 'destinations',
				id: 'MX',
				path: [],
				kind: 'removed',
				before: { currencies: ['MXN', 'USD'] }
			},
			{ section: 'destinations', id: 'DE', path: [], kind: 'added', after: { currencies: ['EUR'] } }
		]);
	});

	it('reports a destination currency added and a new default currency', () => {
		expect(changesOf((s) => (s.destinations.MX.currencies = ['USD', 'MXN', 'EUR']))).toEqual([
			{
				section: 'destinations',
				id: 'MX',
				path: ['currencies', 'EUR'],
				kind: 'added',
				after: 'EUR'
			},
			{
				section: 'destinations',
				id: 'MX',
				path: ['currencies', 0],
				kind: 'changed',
				before: 'MXN',
				after: 'USD'
			}
		]);
	});

	it('reports the currency list changed item by item', () => {
		expect(changesOf((s) => (s.currencies = ['USD', 'GBP']))).toEqual([
			{ section: 'schedule', path: ['currencies', 'GBP'], kind: 'added', after: 'GBP' },
			{ section: 'schedule', path: ['currencies', 'EUR'], kind: 'removed', before: 'EUR' }
		]);
	});

	it('reports top-level fields and a new default origin', () => {
		expect(
			changesOf((s) => {
				s.name = { en: 'Wallet Plus', 'zh-CN': '钱包' };
				s.rounding = 'half-even';
				s.origins = ['GB', 'US'];
			})
		).toEqual([
			{
				section: 'schedule',
				path: ['name', 'en'],
				kind: 'changed',
				before: 'Wallet',
				after: 'Wallet Plus'
			},
			{
				section: 'schedule',
				path: ['rounding'],
				kind: 'changed',
				before: 'half-up',
				after: 'half-even'
			},
			{ section: 'schedule', path: ['origins', 0], kind: 'changed', before: 'US', after: 'GB' }
		]);
	});

	it('reports types, funding and payouts added, removed and renamed, and a new default payout', () => {
		expect(
			changesOf((s) => {
				s.types = { transfer: name('Transfer'), top_up: name('Top up') };
				s.funding.credit_card = name('Credit card');
				s.payouts = { bank_account: name('Bank account'), wallet: name('Wallet') };
			})
		).toEqual([
			{
				section: 'types',
				id: 'transfer',
				path: ['name', 'en'],
				kind: 'changed',
				before: 'Send money',
				after: 'Transfer'
			},
			{ section: 'types', id: 'withdrawal', path: [], kind: 'removed', before: name('Withdraw') },
			{ section: 'types', id: 'top_up', path: [], kind: 'added', after: name('Top up') },
			{
				section: 'funding',
				id: 'credit_card',
				path: [],
				kind: 'added',
				after: name('Credit card')
			},
			{ section: 'payouts', path: [0], kind: 'changed', before: 'wallet', after: 'bank_account' }
		]);
	});

	it('reports profiles dropped entirely', () => {
		expect(changesOf((s) => delete s.profiles)).toEqual([
			{ section: 'profiles', id: 'verified', path: [], kind: 'removed', before: name('Verified') },
			{ section: 'profiles', id: 'business', path: [], kind: 'removed', before: name('Business') }
		]);
	});

	it('reports region countries added and removed, and regions added', () => {
		expect(changesOf((s) => (s.regions = { LATAM: ['MX', 'AR'], ASIA: ['CN'] }))).toEqual([
			{ section: 'regions', id: 'LATAM', path: ['AR'], kind: 'added', after: 'AR' },
			{ section: 'regions', id: 'LATAM', path: ['BR'], kind: 'removed', before: 'BR' },
			{ section: 'regions', id: 'ASIA', path: [], kind: 'added', after: ['CN'] }
		]);
	});

	it('lists sections in file order and mirrors when the versions are swapped', () => {
		const b = base();
		b.fees[0].percent = '1.75';
		b.destinations.DE = { currencies: ['EUR'] };
		b.fx![2].marginPercent = '2.5';
		const forward = diffSchedules(base(), b);
		expect(forward.map((c) => c.section)).toEqual(['destinations', 'fees', 'fx']);
		const backward = diffSchedules(b, base());
		expect(backward.map((c) => [c.section, c.kind, c.before, c.after])).toEqual(
			forward.map((c) => [c.section, c.kind === 'added' ? 'removed' : c.kind, c.after, c.before])
		);
	});

	it('does not mutate its inputs', () => {
		const a = base();
		const b = base();
		b.fees[0].percent = '2';
		b.fx!.reverse();
		delete b.profiles;
		const [ca, cb] = [structuredClone(a), structuredClone(b)];
		diffSchedules(a, b);
		expect(a).toEqual(ca);
		expect(b).toEqual(cb);
	});
});
