import { dirname, join, resolve } from 'node:path';
import { quote, type QuoteRequest } from '../../quoting';
import type { Rules } from '../../schedules';
import { getRules, onRulesChange, quoteOptions, rulesDir } from '..';
import { openStore, type Store, type StoreOptions } from '../store';
import { alertKey } from './alertKey';
import { deleteUnconfirmed } from './createAlert';
import { deliverOutbox } from './deliverOutbox';
import { evaluateAlerts, type EvaluateReport } from './evaluateAlerts';
import { fileMailer, type Mailer, smtpMailer } from './mailers';
import { nextPriceChange } from './nextPriceChange';

/** The running alerts of this server: its store, how it sends, and when it checks. */
export interface AlertsRuntime {
	store: Store;
	key: Uint8Array;
	mailer: Mailer;
	/** Whether emails really leave (SMTP), or are written as files. */
	sendsEmail: boolean;
	origin: string;
	loopbackWebhooks: boolean;
	/** Prices a request now, as POST /api/v1/quote does. */
	price(request: QuoteRequest, now?: number): ReturnType<typeof quote>;
	/** The rules being served. */
	rules(): Rules;
	/** Checks every active alert now, then sends what is due. */
	evaluateNow(): Promise<EvaluateReport>;
	/** Sends what the outbox holds and is due, now. */
	deliverNow(): Promise<unknown>;
	stop(): Promise<void>;
}

/** Where the embedded database lives: FEECALC_DATA, else data/ beside the rules folder. */
export const dataDir = (
	env: Record<string, string | undefined> = process.env,
	rules = rulesDir(),
	cwd = process.cwd()
) => resolve(cwd, env.FEECALC_DATA ?? join(dirname(resolve(cwd, rules)), 'data'));

/** The store the server opens: DATABASE_URL's PostgreSQL, else PGlite in the data folder's db/. */
export const alertsStoreOptions = (
	env: Record<string, string | undefined> = process.env,
	data = dataDir(env)
): StoreOptions => (env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: join(data, 'db') });

const HOUR = 3_600_000;
const DELIVERY_MS = 5_000;

/**
 * Opens the store (PGlite in FEECALC_DATA, or DATABASE_URL), and checks alerts at start, after
 * every new set of rules (a reload, a rates refresh), at every version's effectiveFrom and window
 * boundary, and hourly; sends the outbox every few seconds; deletes what is left unconfirmed.
 */
export async function startAlerts(
	env: NodeJS.ProcessEnv = process.env,
	log: (line: string) => void = console.log
): Promise<AlertsRuntime> {
	const data = dataDir(env);
	const store = await openStore(alertsStoreOptions(env, data));
	const key = await alertKey(store, env.FEECALC_SECRET ?? '');
	const mailer = env.FEECALC_SMTP_URL
		? smtpMailer(env.FEECALC_SMTP_URL)
		: fileMailer(join(data, 'outbox'));
	const origin = (
		env.FEECALC_PUBLIC_URL ?? `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 3000}`
	).replace(/\/$/, '');
	log(
		`feecalc: alerts in ${store.kind === 'pglite' ? `PGlite at ${join(data, 'db')}` : 'PostgreSQL (DATABASE_URL)'}; emails ${env.FEECALC_SMTP_URL ? `sent through ${mailer.describe}` : `written to ${join(data, 'outbox')} (no FEECALC_SMTP_URL)`}`
	);
	let stopped = false;
	let running: Promise<EvaluateReport> | null = null;
	let boundary: ReturnType<typeof setTimeout> | null = null;
	const price = (request: QuoteRequest, now = Date.now()) =>
		quote(getRules(), request, quoteOptions(now));
	const deliver = () =>
		deliverOutbox(store, { now: Date.now(), rules: getRules(), origin, key, mailer }).catch((e) =>
			log(`feecalc: alerts: sending failed: ${e instanceof Error ? e.message : e}`)
		);
	let again = false;
	const evaluateNow = (): Promise<EvaluateReport> => {
		if (running) {
			// New rules while a check runs: check once more when it ends.
			again = true;
			return running;
		}
		const now = Date.now();
		running = evaluateAlerts(store, {
			now,
			price: (r) => {
				const out = price(r, now);
				return out.ok ? out.quote : null;
			}
		}).finally(() => {
			running = null;
			void deliver();
			if (again && !stopped) {
				again = false;
				void evaluateNow().catch(() => {});
			} else planBoundary();
		});
		return running;
	};
	const planBoundary = () => {
		if (stopped) return;
		if (boundary) clearTimeout(boundary);
		const now = Date.now();
		const next = Math.min(nextPriceChange(getRules(), now) ?? Infinity, now + HOUR);
		boundary = setTimeout(
			() => void evaluateNow().catch(() => {}),
			Math.max(1000, next - now + 1000)
		);
		boundary.unref?.();
	};
	const offRules = onRulesChange(() => void evaluateNow().catch(() => {}));
	const delivery = setInterval(() => void deliver(), DELIVERY_MS);
	delivery.unref?.();
	// PGlite has no autovacuum: what evaluations update is cleared here, hourly, as it would be.
	const tidy = async () => {
		await deleteUnconfirmed(store, Date.now());
		if (store.kind === 'pglite') await store.query('VACUUM ANALYZE alerts, outbox, priced_quotes');
	};
	const cleanup = setInterval(() => void tidy().catch(() => {}), HOUR);
	cleanup.unref?.();
	void evaluateNow().catch((e) =>
		log(`feecalc: alerts: checking failed: ${e instanceof Error ? e.message : e}`)
	);
	return {
		store,
		key,
		mailer,
		sendsEmail: Boolean(env.FEECALC_SMTP_URL),
		origin,
		loopbackWebhooks: env.FEECALC_WEBHOOK_LOOPBACK === '1',
		price,
		rules: getRules,
		evaluateNow,
		deliverNow: deliver,
		async stop() {
			stopped = true;
			offRules();
			clearInterval(delivery);
			clearInterval(cleanup);
			if (boundary) clearTimeout(boundary);
			await running?.catch(() => {});
			await store.close();
		}
	};
}

let started: Promise<AlertsRuntime> | null = null;

/** This server's alerts, started at the first use (or at start when a store already exists). */
export function alertsRuntime(): Promise<AlertsRuntime> {
	if (!started) {
		started = startAlerts();
		started.catch(() => (started = null));
	}
	return started;
}

/**
 * Stops this server's alerts, when they were started: the check running ends, and the store is
 * closed (PGlite's own timers would keep the process alive, and its folder's lock would stay).
 */
export async function stopAlertsRuntime(): Promise<void> {
	const running = started;
	started = null;
	await (await running?.catch(() => null))?.stop();
}
