import { runAsync } from './run';

process.exitCode = await runAsync(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr
});
