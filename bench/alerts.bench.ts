// `npm run bench:alerts`: 100,000 alerts over 1,000 distinct requests, evaluated once after a
// refresh, on PGlite and on a PostgreSQL server of its own; against pricing those 1,000 requests
// alone, measured in the same run. Times are CPU time (on the server: this process's and the
// PostgreSQL server's processes'), so that what other processes on a shared machine take is not
// in them; wall time is printed beside. The goal: the whole evaluation at most 3× the pricing.
import { readdirSync, readFileSync } from 'node:fs';
import { quote, type QuoteRequest } from '../src/lib/quoting';
import { loadRules, quoteOptions } from '../src/lib/server';
import { evaluateAlerts } from '../src/lib/server/alerts';
import { openStore, type Store } from '../src/lib/server/store';
import { bulkAlerts } from '../tests/_lib/bulkAlerts';
import { startPostgres } from '../tests/_lib/postgresServer';

const ALERTS = Number(process.env.ALERTS ?? 100_000);
const REQUESTS = Number(process.env.REQUESTS ?? 1_000);
const rules = loadRules('rules');
const NOW = Date.now();
const DESTINATIONS = ['MX', 'CA', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'IE'];

/** 1,000 distinct requests of wallet-standard: ten destinations, a hundred amounts each. */
const requests: QuoteRequest[] = Array.from({ length: REQUESTS }, (_, i) => ({
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'balance',
	destination: DESTINATIONS[i % DESTINATIONS.length],
	currency: 'USD',
	mode: 'send',
	amount: `${100 + Math.floor(i / DESTINATIONS.length) * 7}.00`
})) as QuoteRequest[];
const price = (r: QuoteRequest) => {
	const out = quote(rules, r, quoteOptions(NOW));
	return out.ok ? out.quote : null;
};
for (const r of requests)
	if (!price(r)?.allowed) throw new Error(`not priceable: ${JSON.stringify(r)}`);

/** CPU ms of the PostgreSQL server on `port`: its postmaster (reaped backends included) and live backends. */
function serverCpuMs(port: number): number {
	const tick = 10; // USER_HZ is 100 on Linux
	let postmaster = 0;
	const stats = new Map<number, { ppid: number; own: number; children: number }>();
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			stats.set(Number(pid), {
				ppid: Number(f[1]),
				own: (Number(f[11]) + Number(f[12])) * tick,
				children: (Number(f[13]) + Number(f[14])) * tick
			});
			const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
			if (cmd[0].endsWith('/postgres') && cmd.includes('-p') && cmd.includes(String(port)))
				postmaster = Number(pid);
		} catch {
			// gone meanwhile
		}
	}
	const pm = stats.get(postmaster);
	if (!pm) return 0;
	let total = pm.own + pm.children;
	for (const s of stats.values()) if (s.ppid === postmaster) total += s.own;
	return total;
}

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

/** Every alert active and armed; half of them hold (cost ≤ 100 %), half do not (≤ 0.01 %). */
async function insertAlerts(store: Store): Promise<void> {
	await store.query('TRUNCATE alerts, outbox');
	await bulkAlerts(store, requests, ALERTS, (i) => ({
		totalCostPercentAtMost: i % 2 ? '0.01' : '100'
	}));
}

/** Pricing the 1,000 requests alone, as a fresh evaluation does (once each): CPU ms, best of 5. */
function pricingMs(): number {
	let best = Infinity;
	for (let round = 0; round < 5; round++) {
		const start = cpuMs();
		for (const r of requests) price(r);
		best = Math.min(best, cpuMs() - start);
	}
	return best;
}

async function bench(name: string, store: Store, port?: number) {
	await insertAlerts(store);
	const base = pricingMs();
	const cpu0 = cpuMs();
	const server0 = port ? serverCpuMs(port) : 0;
	const wall0 = performance.now();
	// After a refresh: a new pricer, nothing cached.
	const report = await evaluateAlerts(store, { now: NOW, price });
	const wall = performance.now() - wall0;
	const cpu = cpuMs() - cpu0 + (port ? serverCpuMs(port) - server0 : 0);
	const [{ n }] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox');
	if (report.checked !== ALERTS || report.priced !== REQUESTS || n !== ALERTS / 2)
		throw new Error(`unexpected: ${JSON.stringify(report)}, ${n} in the outbox`);
	console.log(
		`${name.padEnd(10)} ${ALERTS} alerts over ${REQUESTS} requests (${report.fired} fired): ` +
			`${Math.round((ALERTS * 1000) / cpu)} alerts/s of CPU (${Math.round((ALERTS * 1000) / wall)}/s wall); ` +
			`evaluation ${cpu.toFixed(0)} ms CPU (${wall.toFixed(0)} ms wall) = ${(cpu / base).toFixed(2)}× ` +
			`pricing the ${REQUESTS} quotes alone (${base.toFixed(0)} ms CPU; goal ≤ 3×)`
	);
}

const pglite = await openStore({ dataDir: 'memory://' });
await bench('PGlite', pglite);
await pglite.close();

const server = await startPostgres();
try {
	const url = await server.database();
	const pg = await openStore({ url });
	await bench('PostgreSQL', pg, Number(new URL(url).port));
	await pg.close();
} finally {
	await server.stop();
}
