import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One day of an ECB feed: the date and its rates in order. */
export type EcbDay = [date: string, rates: [currency: string, rate: string][]];

/** An ECB reference rate file as the ECB writes it: one day is the daily file, more the history. */
export function ecbXml(days: EcbDay[]): string {
	const cubes = days
		.map(
			([date, rates]) =>
				`\t\t<Cube time='${date}'>\n${rates
					.map(([c, r]) => `\t\t\t<Cube currency='${c}' rate='${r}'/>\n`)
					.join('')}\t\t</Cube>\n`
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<gesmes:Sender>
		<gesmes:name>European Central Bank</gesmes:name>
	</gesmes:Sender>
	<Cube>
${cubes}	</Cube>
</gesmes:Envelope>
`;
}

/** `count` weekdays ending at `last` (newest first, as the ECB lists them), each with its own rates. */
export function ecbDays(last: string, count: number): EcbDay[] {
	const days: EcbDay[] = [];
	for (let t = Date.parse(`${last}T00:00:00Z`); days.length < count; t -= 86_400_000) {
		const d = new Date(t);
		if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
		const n = String(days.length).padStart(2, '0');
		days.push([
			d.toISOString().slice(0, 10),
			[
				['USD', `1.14${n}`],
				['JPY', `182.${n}`],
				['MXN', `20.5${n}`],
				['GBP', `0.865${n}`]
			]
		]);
	}
	return days;
}

/** A local HTTP server on 127.0.0.1 and a free port; `url(path)` addresses it. */
export interface LocalServer {
	url(path: string): string;
	close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1, port 0; every open connection is dropped on close. */
export async function localServer(
	handler: (req: IncomingMessage, res: ServerResponse) => void
): Promise<LocalServer> {
	const server = createServer(handler);
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: (path) => `http://127.0.0.1:${port}${path}`,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}
