import type { ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { initRules, RulesError, rulesDir } from '$lib/server';

export const init: ServerInit = async () => {
	if (building) return;
	try {
		const rules = initRules();
		console.log(`feecalc: serving ${rules.schedules.size} schedules from ${rulesDir()}`);
	} catch (e) {
		if (!(e instanceof RulesError)) throw e;
		console.error(
			`feecalc: the rules folder ${rulesDir()} is invalid; not starting.\n${e.message}`
		);
		process.exit(1);
	}
};
