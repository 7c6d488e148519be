// `npm run smoke`: starts the built server (build/) on a free loopback port with the Node running
// this script, POSTs a quote, checks the answer is 200 with the quote's JSON, makes an alert (so
// that the embedded store is open), and stops the server: it must end within 10 s of SIGTERM and
// leave its store unlocked.
// Exits 0 when it is, 1 otherwise, saying what went wrong. `npx -y -p node@24 node scripts/smoke.js`
// runs it on another Node.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'debit_card',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '100.00'
};

/** A port the system says is free now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, HOST, () => {
			const { port } = s.address();
			s.close(() => resolve(port));
		});
	});
}

/** Resolves when /api/v1/health answers 200; rejects when the server exits or 30 s pass. */
async function waitUntilUp(base, server) {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null || server.signalCode !== null)
			throw new Error(
				`the server exited (${server.exitCode ?? server.signalCode}) before answering`
			);
		try {
			if ((await fetch(`${base}/api/v1/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the server did not answer /api/v1/health within 30 s');
}

/** The problems with a quote answer; none when it is 200 with the quote of REQUEST. */
function problemsOf(status, type, text) {
	if (status !== 200) return [`POST /api/v1/quote answered ${status}: ${text.slice(0, 500)}`];
	if (!type.startsWith('application/json')) return [`the answer is ${type}, not JSON`];
	let q;
	try {
		q = JSON.parse(text);
	} catch {
		return [`the answer is not JSON: ${text.slice(0, 200)}`];
	}
	const problems = [];
	for (const [k, v] of Object.entries(REQUEST))
		if (q.request?.[k] !== v) problems.push(`request.${k} is ${JSON.stringify(q.request?.[k])}`);
	if (q.allowed !== true) problems.push(`allowed is ${JSON.stringify(q.allowed)}`);
	if (!/^[0-9a-f]{64}$/.test(q.schedule?.hash ?? ''))
		problems.push('schedule.hash is not a SHA-256');
	if (q.principal?.amount !== '100.00' || q.principal?.currency !== 'USD')
		problems.push(`principal is ${JSON.stringify(q.principal)}`);
	if (q.received?.currency !== 'MXN' || !/^[0-9]+\.[0-9]{2}$/.test(q.received?.amount ?? ''))
		problems.push(`received is ${JSON.stringify(q.received)}`);
	return problems;
}

if (!existsSync(`${ROOT}build/handler.js`)) {
	console.error('smoke: build/ is missing: run npm run build first');
	process.exit(1);
}
const port = await freePort();
const base = `http://${HOST}:${port}`;
const data = mkdtempSync(join(tmpdir(), 'feecalc-smoke-'));
const server = spawn(process.execPath, ['scripts/start.js'], {
	cwd: ROOT,
	env: {
		...process.env,
		HOST,
		PORT: String(port),
		FEECALC_SECRET: 'smoke-'.repeat(8),
		FEECALC_RATES_REFRESH: 'off',
		FEECALC_DATA: data
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
let problems;
try {
	await waitUntilUp(base, server);
	const res = await fetch(`${base}/api/v1/quote`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(REQUEST)
	});
	problems = problemsOf(res.status, res.headers.get('content-type') ?? '', await res.text());
	const alert = await fetch(`${base}/api/v1/alerts`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			request: REQUEST,
			email: 'smoke@example.com',
			locale: 'en',
			condition: { totalCostPercentAtMost: '1.00' }
		})
	});
	if (alert.status !== 202 && alert.status !== 201)
		problems.push(
			`POST /api/v1/alerts answered ${alert.status}: ${(await alert.text()).slice(0, 300)}`
		);
} catch (e) {
	problems = [e instanceof Error ? e.message : String(e)];
} finally {
	server.kill('SIGTERM');
}
/** True when the server exits within `ms`. */
function exited(ms) {
	if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve(true);
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve(false), ms);
		server.once('exit', () => {
			clearTimeout(timer);
			resolve(true);
		});
	});
}
const stopped = await exited(10_000);
if (!stopped) {
	server.kill('SIGKILL');
	problems.push('the server did not stop within 10 s of SIGTERM');
}
if (stopped && existsSync(join(data, 'db', 'feecalc.lock')))
	problems.push('the server stopped with its embedded store still locked (db/feecalc.lock)');
rmSync(data, { recursive: true, force: true });
if (problems.length) {
	console.error(`smoke: Node ${process.version}: FAILED\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(
	`smoke: Node ${process.version}: started the built server, POST /api/v1/quote 200 with the quote, an alert made, stopped with its store closed`
);
