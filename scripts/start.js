// `npm start`: serves the built app on 127.0.0.1:3000 unless HOST / PORT say otherwise.
process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '3000';
await import('../build/index.js');
