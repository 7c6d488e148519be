// `npm start`: serves the built app on 127.0.0.1:3000 unless HOST / PORT say otherwise.
// A plain HTTP server in front of the adapter's handler: requests that did not come through a
// TLS-terminating proxy (no X-Forwarded-Proto) are http, so same-origin form posts pass the
// CSRF check (src/hooks.server.ts) when the app is served directly.
import http from 'node:http';

process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
const header = process.env.PROTOCOL_HEADER.toLowerCase();
const { handler } = await import('../build/handler.js');

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? '3000');
const server = http.createServer((req, res) => {
	if (!process.env.ORIGIN && !req.headers[header]) req.headers[header] = 'http';
	handler(req, res);
});
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
// As adapter-node's own server does: requests in flight end, then the app hears
// `sveltekit:shutdown` and closes what it holds (the alerts' store), and the process ends by
// itself; one still held 10 s later is ended.
for (const signal of ['SIGINT', 'SIGTERM'])
	process.once(signal, () =>
		server.close(() => {
			process.emit('sveltekit:shutdown', signal);
			setTimeout(() => process.exit(0), 10_000).unref();
		})
	);
