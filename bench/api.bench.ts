// `npm run bench:api`: the built server under load, the quote endpoint against the trivial health
// endpoint at the same connections, in the same run; the ratio is what to compare across machines.
// They alternate in short rounds, so load from elsewhere on the machine falls on each alike. Two
// more show where the time goes: the same quote by GET (no body to read), and a POST that does
// almost nothing (verifying a malformed token: read and parse a small body, answer a small JSON).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon, { type Options } from 'autocannon';

const SECONDS = 10;
const ROUNDS = 5;
const CONNECTIONS = 10;
const TARGET = 0.6;
const HOST = '127.0.0.1';

// A realistic international request, priced now: a card-funded USD → MXN transfer.
const QUOTE = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'debit_card',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '250.00'
};

interface Tally {
	name: string;
	requests: number;
	seconds: number;
	/** The server's CPU time over the rounds, ms (null where /proc has none). */
	cpuMs: number | null;
	errors: number;
	non2xx: number;
	latencies: number[];
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, HOST, () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

async function waitUntilUp(base: string, exited: () => boolean): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline && !exited()) {
		try {
			if ((await fetch(`${base}/api/v1/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the server did not answer /api/v1/health within 30 s');
}

/** One round of `seconds` against an endpoint, added to its tally (when given). */
async function round(
	options: Options,
	seconds: number,
	tally?: Tally,
	pid?: number
): Promise<void> {
	const instance = autocannon({ ...options, connections: CONNECTIONS, duration: seconds });
	if (tally) instance.on('response', (_c, _s, _b, ms) => tally.latencies.push(ms));
	const before = cpuMs(pid);
	const r = await instance;
	if (!tally) return;
	const after = cpuMs(pid);
	tally.cpuMs =
		tally.cpuMs === null || before === null || after === null ? null : tally.cpuMs + after - before;
	tally.requests += r.requests.total;
	tally.seconds += r.duration;
	tally.errors += r.errors;
	tally.non2xx += r.non2xx;
}

const perSecond = (t: Tally) => t.requests / t.seconds;

const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** A process's CPU time (user and system) in ms, from /proc (Linux); null where there is none. */
function cpuMs(pid: number | undefined): number | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command's closing parenthesis: state is the 3rd, utime the 14th.
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS;
	} catch {
		return null;
	}
}

/** The server's resident memory in MB, from /proc (Linux); null where there is none. */
function residentMb(pid: number | undefined): number | null {
	try {
		const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kb === undefined ? null : Number(kb) / 1024;
	} catch {
		return null;
	}
}

function percentile(sorted: ArrayLike<number>, p: number): number {
	return sorted.length === 0
		? NaN
		: sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function report(t: Tally): void {
	const sorted = Float64Array.from(t.latencies).sort();
	const ms = (p: number) => `${percentile(sorted, p).toFixed(2)} ms`;
	console.log(
		`${t.name.padEnd(20)} ${perSecond(t).toFixed(0).padStart(6)} req/s   p50 ${ms(0.5)}   p99 ${ms(0.99)}   errors ${t.errors}   non-2xx ${t.non2xx}`
	);
}

// The server runs on this same Node (process.execPath): `npx -y -p node@24 npm run bench:api`.
console.log(`bench:api on Node ${process.version} (${process.platform}-${process.arch})`);
if (!existsSync('build/index.js')) {
	console.log('build/index.js is missing: npm run build');
	const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const port = await freePort();
const base = `http://${HOST}:${port}`;
const server = spawn(process.execPath, ['scripts/start.js'], {
	env: {
		...process.env,
		HOST,
		PORT: String(port),
		FEECALC_SECRET: 'bench-'.repeat(8),
		FEECALC_RATES_REFRESH: 'off'
	},
	stdio: ['ignore', 'inherit', 'inherit']
});
let exited = false;
server.on('exit', () => (exited = true));

let failed: boolean;
try {
	await waitUntilUp(base, () => exited);
	const body = JSON.stringify(QUOTE);
	const post: Options = {
		url: `${base}/api/v1/quote`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body
	};
	const byGet: Options = { url: `${base}/api/v1/quote?${new URLSearchParams(QUOTE)}` };
	const health: Options = { url: `${base}/api/v1/health` };
	const trivialPost: Options = {
		url: `${base}/api/v1/quotes/verify`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ token: 'not-a-token' })
	};
	const sample = await fetch(post.url, { method: 'POST', headers: post.headers, body });
	const text = await sample.text();
	if (sample.status !== 200)
		throw new Error(`the reference quote answered ${sample.status}: ${text}`);
	console.log(
		`${SECONDS} s each in ${ROUNDS} interleaved rounds, ${CONNECTIONS} connections, Node ${process.version}; the quote is ${text.length} bytes`
	);
	const runs: [string, Options][] = [
		['POST /api/v1/quote', post],
		['GET /api/v1/health', health],
		['GET /api/v1/quote', byGet],
		['POST quotes/verify', trivialPost]
	];
	for (const [, options] of runs) await round(options, 2);
	const tallies = runs.map(([name]): Tally => ({
		name,
		requests: 0,
		seconds: 0,
		errors: 0,
		non2xx: 0,
		cpuMs: 0,
		latencies: []
	}));
	const resident: (number | null)[] = [residentMb(server.pid)];
	for (let i = 0; i < ROUNDS; i++) {
		for (const [j, [, options]] of runs.entries())
			await round(options, SECONDS / ROUNDS, tallies[j], server.pid);
		resident.push(residentMb(server.pid));
	}
	tallies.forEach(report);
	const ratio = perSecond(tallies[0]) / perSecond(tallies[1]);
	const verdict = ratio >= TARGET ? 'meets' : 'BELOW';
	console.log(
		`quote / health throughput: ${(ratio * 100).toFixed(1)} % (${verdict} the ${TARGET * 100} % target)`
	);
	const share = (i: number) =>
		`${((perSecond(tallies[i]) / perSecond(tallies[1])) * 100).toFixed(1)} %`;
	console.log(`the same quote by GET / health: ${share(2)}`);
	console.log(`a near-trivial POST (a malformed token to verify) / health: ${share(3)}`);
	// What the machine's other load does to the wall clock does not touch the server's CPU time.
	const perRequest = (t: Tally) => (t.cpuMs === null ? null : (t.cpuMs * 1000) / t.requests);
	const [quoteCpu, healthCpu] = [perRequest(tallies[0]), perRequest(tallies[1])];
	if (quoteCpu !== null && healthCpu !== null)
		console.log(
			`the server's CPU per request: quote ${quoteCpu.toFixed(0)} µs, health ${healthCpu.toFixed(0)} µs; health / quote: ${((healthCpu / quoteCpu) * 100).toFixed(1)} % (throughput per CPU second, whatever else the machine runs)`
		);
	if (resident.every((mb) => mb !== null)) {
		const mb = resident as number[];
		// Steady: the last round ends within 10 % of where the first one ended.
		const steady = mb[mb.length - 1] <= mb[1] * 1.1;
		console.log(
			`server resident memory after warm-up and each round: ${mb.map((m) => m.toFixed(0)).join(', ')} MB (${steady ? 'steady' : 'GROWING'})`
		);
	}
	failed = tallies.some((t) => t.errors > 0 || t.non2xx > 0);
	if (failed) console.error('some requests failed: see errors and non-2xx above');
} catch (e) {
	console.error((e as Error).message);
	failed = true;
} finally {
	server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
