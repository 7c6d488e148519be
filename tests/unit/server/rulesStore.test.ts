import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	getRules,
	initRules,
	reloadMaxAge,
	reloadRules,
	RELOAD_MAX_AGE,
	rulesStatus,
	rulesVersion,
	watchRules
} from '$lib/server';
import { copyRules, putFile, snapshotOn, walletVersion } from './_lib/rulesCopy';

let tmp: string;
let rules: string;
const saved = process.env.FEECALC_RULES;
const logs: string[] = [];
const log = (line: string) => logs.push(line);

beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'feecalc-store-'));
	rules = copyRules(tmp);
	process.env.FEECALC_RULES = rules;
	initRules();
});

afterAll(() => {
	process.env.FEECALC_RULES = saved;
	rmSync(tmp, { recursive: true, force: true });
});

const until = async (check: () => boolean, ms = 5000) => {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 20));
	}
};

describe('the rules store', () => {
	it('reports what it serves', () => {
		const status = rulesStatus();
		const rules = getRules();
		const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
		expect(status).toMatchObject({
			schedules: rules.schedules.size,
			scheduleVersions: count(rules.schedules),
			snapshots: count(rules.rates)
		});
		expect(status.version).toBe(rulesVersion(getRules()));
		expect(status.lastError).toBeUndefined();
	});

	it('does nothing when the folder has not changed', () => {
		const before = getRules();
		expect(reloadRules(log)).toEqual({ ok: true, changed: false, version: rulesVersion(before) });
		expect(getRules()).toBe(before);
	});

	it('swaps in a folder with a new snapshot as one new set; the old set is untouched', () => {
		const old = getRules();
		const oldVersion = rulesVersion(old);
		const snapshotsBefore = rulesStatus().snapshots;
		putFile(join(rules, 'rates/ecb/2026-03-16.json'), snapshotOn(rules, '2026-03-16'));
		const out = reloadRules(log);
		expect(out).toMatchObject({ ok: true, changed: true });
		const now = getRules();
		expect(now).not.toBe(old);
		expect(rulesVersion(now)).not.toBe(oldVersion);
		const held = old.rates.get('ecb')!.length;
		expect(now.rates.get('ecb')).toHaveLength(held + 1);
		expect(old.rates.get('ecb')).toHaveLength(held);
		expect(rulesStatus().snapshots).toBe(snapshotsBefore + 1);
		expect(logs.at(-1)).toContain(`(was ${oldVersion})`);
	});

	it('keeps the last good set when the folder is invalid, naming every file and JSON path', () => {
		const good = getRules();
		const broken = join(rules, 'schedules/broken/2026-01-01.json');
		putFile(broken, '{"schemaVersion": 1, "id": "broken"');
		const bad = join(rules, 'rates/ecb/2026-03-17.json');
		putFile(bad, snapshotOn(rules, '2026-03-17').replace('"USD": "1.14767"', '"USD": 1.1'));
		const out = reloadRules(log);
		expect(out.ok).toBe(false);
		expect(getRules()).toBe(good);
		const { lastError } = rulesStatus();
		expect(
			lastError?.issues.map((i) => [i.file.replace(/^.*\/rules\//, ''), i.path.join('.')])
		).toEqual(
			expect.arrayContaining([
				['schedules/broken/2026-01-01.json', ''],
				['rates/ecb/2026-03-17.json', 'rates.USD']
			])
		);
		expect(logs.at(-1)).toContain('rates/ecb/2026-03-17.json');
		expect(logs.at(-1)).toContain('still serving version');
		unlinkSync(broken);
		unlinkSync(bad);
		expect(reloadRules(log)).toMatchObject({ ok: true, changed: false });
		expect(rulesStatus().lastError).toBeUndefined();
	});

	it('refuses a changed byte in a schedule version already loaded, naming the file', () => {
		const good = getRules();
		const file = join(rules, 'schedules/wallet-standard/2026-01-01.json');
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.replace('"Standard Wallet"', '"Standard Wallet!"'));
		const out = reloadRules(log);
		expect(out.ok).toBe(false);
		expect(!out.ok && out.issues.map((i) => i.code)).toEqual(['version_changed']);
		expect(!out.ok && out.issues[0].file).toMatch(/schedules\/wallet-standard\/2026-01-01\.json$/);
		expect(getRules()).toBe(good);
		writeFileSync(file, text);
		expect(reloadRules(log)).toMatchObject({ ok: true, changed: false });
	});

	it('accepts a new schedule version', () => {
		putFile(
			join(rules, 'schedules/wallet-standard/2026-06-01.json'),
			walletVersion(rules, '2026-06-01', '2026-06-01T00:00:00Z')
		);
		expect(reloadRules(log)).toMatchObject({ ok: true, changed: true });
		expect(
			getRules()
				.schedules.get('wallet-standard')
				?.map((v) => v.schedule.version)
		).toEqual(['2026-01-01', '2026-06-01', '2026-12-06', '2027-01-01']);
	});

	it('watches the folder: a new file is served shortly after, and GET quotes are cached 5 minutes at most', async () => {
		expect(reloadMaxAge()).toBe(Infinity);
		const stop = watchRules({ debounceMs: 50, scanMs: 100, log });
		try {
			expect(reloadMaxAge()).toBe(RELOAD_MAX_AGE);
			const before = rulesVersion(getRules());
			putFile(join(rules, 'rates/ecb/2026-03-18.json'), snapshotOn(rules, '2026-03-18', '3'));
			await until(() => rulesVersion(getRules()) !== before);
			expect(getRules().rates.get('ecb')?.at(-1)?.asOf).toBe('2026-03-18T16:00:00+01:00');
		} finally {
			stop();
		}
		expect(reloadMaxAge()).toBe(Infinity);
	});
});
