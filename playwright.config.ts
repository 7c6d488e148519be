import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGLITE_TEMPLATE } from './scripts/pgliteTemplate.js';

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Debian's Chromium (apt-get install chromium); Playwright's own browsers cannot be downloaded here.
const chromium = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions: chromium },
	projects: [
		{ name: 'js', use: { javaScriptEnabled: true } },
		{ name: 'no-js', use: { javaScriptEnabled: false } }
	],
	webServer: {
		command: 'node scripts/start.js',
		// No test reaches outside the machine: the rates refresh is off, and alerts are kept in a
		// folder of the run's own (their emails are written there as files).
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			FEECALC_RATES_REFRESH: 'off',
			FEECALC_DATA: mkdtempSync(join(tmpdir(), 'feecalc-e2e-')),
			FEECALC_PGLITE_TEMPLATE: PGLITE_TEMPLATE
		},
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
