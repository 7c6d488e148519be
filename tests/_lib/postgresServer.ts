import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server of its own for a test file: started in a temporary folder, on a free port. */
export interface PostgresServer {
	/** `postgres://…` of a new, empty database on it. */
	database(): Promise<string>;
	/** Stops the server and removes its folder. */
	stop(): Promise<void>;
}

/** Where Debian's (or any) PostgreSQL keeps initdb and postgres. */
function binDir(): string {
	for (const dir of (process.env.PATH ?? '').split(':'))
		if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))) return dir;
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	for (const v of versions)
		if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
	throw new Error(
		"PostgreSQL's initdb was not found: the alert tests run against a PostgreSQL server too " +
			'(on Debian: apt-get install -y postgresql; .ci/run installs it)'
	);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

/**
 * Starts PostgreSQL for the tests: initdb in a temporary folder (as the `postgres` user when this
 * runs as root, which initdb refuses), then the server on a free loopback port, trust auth.
 */
export async function startPostgres(): Promise<PostgresServer> {
	const bin = binDir();
	const dir = mkdtempSync(join(tmpdir(), 'feecalc-pg-'));
	const data = join(dir, 'data');
	const asRoot = process.getuid?.() === 0;
	const run = (cmd: string, args: string[]): [string, string[]] =>
		asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
	if (asRoot) {
		chmodSync(dir, 0o777);
	}
	const [initCmd, initArgs] = run(join(bin, 'initdb'), [
		'-D',
		data,
		'-U',
		'feecalc',
		'--auth=trust',
		'--no-sync',
		'-E',
		'UTF8'
	]);
	execFileSync(initCmd, initArgs, { stdio: 'pipe' });
	const port = await freePort();
	const [cmd, args] = run(join(bin, 'postgres'), [
		'-D',
		data,
		'-p',
		String(port),
		'-k',
		dir,
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		'fsync=off'
	]);
	const server: ChildProcess = spawn(cmd, args, { stdio: 'ignore' });
	const admin = `postgres://feecalc@127.0.0.1:${port}/postgres`;
	const { default: pg } = await import('pg');
	for (let i = 0; ; i++) {
		const c = new pg.Client({ connectionString: admin });
		try {
			await c.connect();
			await c.end();
			break;
		} catch (e) {
			await c.end().catch(() => {});
			if (i > 100 || server.exitCode !== null) throw e;
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	let n = 0;
	return {
		async database() {
			const name = `t${process.pid}_${++n}`;
			const c = new pg.Client({ connectionString: admin });
			await c.connect();
			await c.query(`CREATE DATABASE ${name}`);
			await c.end();
			return `postgres://feecalc@127.0.0.1:${port}/${name}`;
		},
		async stop() {
			// Through pg_ctl, as the server's own user: runuser does not pass signals on.
			const exited = new Promise((r) =>
				server.exitCode !== null ? r(null) : server.once('exit', r)
			);
			const [stopCmd, stopArgs] = run(join(bin, 'pg_ctl'), [
				'stop',
				'-D',
				data,
				'-m',
				'immediate',
				'-w'
			]);
			execFileSync(stopCmd, stopArgs, { stdio: 'pipe' });
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
