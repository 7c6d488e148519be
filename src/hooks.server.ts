import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import {
	compressPage,
	CORS_HEADERS,
	crossSiteFormRefusal,
	initRules,
	ratesRefreshPlan,
	refreshRates,
	reloadRules,
	rulesDir,
	RulesError,
	securityHeaders,
	startRatesRefresh,
	watchRules
} from '$lib/server';
import { alertsRuntime, dataDir, stopAlertsRuntime } from '$lib/server/alerts';
import { isLocale, negotiateLocale } from '$lib/words';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const init: ServerInit = async () => {
	if (building) return;
	try {
		const rules = initRules();
		console.log(`feecalc: serving ${rules.schedules.size} schedules from ${rulesDir()}`);
		startReloading();
		// The server stopping (adapter-node and scripts/start.js say so once requests are done):
		// the alerts' store is closed, so that the process can end and leave its folder unlocked.
		process.once('sveltekit:shutdown', () => void stopAlertsRuntime());
		await startKeptAlerts();
	} catch (e) {
		if (!(e instanceof RulesError)) throw e;
		console.error(
			`feecalc: the rules folder ${rulesDir()} is invalid; not starting.\n${e.message}`
		);
		process.exit(1);
	}
};

/**
 * Alerts made before a restart are checked again at once: the store is opened at start when it
 * exists (DATABASE_URL, or a PGlite folder in FEECALC_DATA); else at the first alert.
 */
async function startKeptAlerts(): Promise<void> {
	if (!process.env.DATABASE_URL && !existsSync(join(dataDir(), 'db'))) return;
	try {
		await alertsRuntime();
	} catch (e) {
		console.error(`feecalc: ${e instanceof Error ? e.message : e}; not starting.`);
		process.exit(1);
	}
}

/** New snapshots and schedule versions are picked up without a restart: on change, on SIGHUP. */
function startReloading(): void {
	if (process.env.FEECALC_WATCH !== '0') watchRules();
	process.on('SIGHUP', () => {
		console.log('feecalc: SIGHUP: reloading the rules');
		reloadRules(console.log, console.error);
	});
	// ECB and NBP rates current by default: at start and on their publication schedules.
	const plan = ratesRefreshPlan(process.env);
	(plan.ok ? console.log : console.error)(plan.line);
	if (plan.ok)
		for (const { source, url, minuteUtc } of plan.sources)
			startRatesRefresh({
				attempt: () => refreshRates(source, url),
				name: source,
				minuteUtc,
				atStart: true
			});
}

export const handle: Handle = async ({ event, resolve }) => {
	const asked = event.url.searchParams.get('locale');
	event.locals.locale = isLocale(asked)
		? asked
		: negotiateLocale(event.request.headers.get('accept-language'));
	const api = event.url.pathname.startsWith('/api/');
	if (api && event.request.method === 'OPTIONS')
		return new Response(null, { status: 204, headers: CORS_HEADERS });
	// Kit's own CSRF check is off (svelte.config.js): it ran before this hook and answered the API's
	// form-typed POSTs with plain text. The pages' forms keep it; the API answers them 415 issues.
	const refused = api || dev ? null : crossSiteFormRefusal(event.request);
	const response =
		refused ??
		(await resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('<html lang="en">', `<html lang="${event.locals.locale}">`)
		}));
	if (api) for (const [k, v] of Object.entries(CORS_HEADERS)) response.headers.set(k, v);
	const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
	const csp = response.headers.get('content-security-policy');
	for (const [k, v] of Object.entries(securityHeaders(event.url.pathname, csp, html)))
		if (v === null) response.headers.delete(k);
		else response.headers.set(k, v);
	return compressPage(event.request, response);
};

// Nothing a client sends may produce a stack trace: unexpected errors are logged, not shown.
export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
