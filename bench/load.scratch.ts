import autocannon from 'autocannon';
const which = process.argv[2];
const body = JSON.stringify({ schedule: 'wallet-standard', type: 'transfer', funding: 'debit_card', destination: 'MX', currency: 'USD', mode: 'send', amount: '250.00' });
const opts = which === 'quote'
	? { url: 'http://127.0.0.1:38125/api/v1/quote', method: 'POST' as const, headers: { 'content-type': 'application/json' }, body }
	: { url: 'http://127.0.0.1:38125/api/v1/health' };
const r = await autocannon({ ...opts, connections: 10, duration: 6 });
console.log(which, r.requests.total, r.requests.total / r.duration, r.non2xx);
