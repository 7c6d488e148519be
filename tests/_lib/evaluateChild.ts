// A process that evaluates every alert of DATABASE_URL's store with the project's rules, in
// small batches, to be killed in the middle (tests/unit/alerts/killed.test.ts).
import { quote } from '../../src/lib/quoting';
import { loadRules, quoteOptions } from '../../src/lib/server';
import { evaluateAlerts } from '../../src/lib/server/alerts';
import { openStore } from '../../src/lib/server/store';

const rules = loadRules('rules');
const store = await openStore({ url: process.env.DATABASE_URL! });
const now = Date.now();
process.stdout.write('evaluating\n');
await evaluateAlerts(store, {
	now,
	batch: 200,
	price: (r) => {
		const out = quote(rules, r, quoteOptions(now));
		return out.ok ? out.quote : null;
	}
});
process.stdout.write('done\n');
await store.close();
