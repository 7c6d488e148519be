import type { FormOptions } from './options';

/** The currencies a destination is paid out in, as the choices list them (none for an unknown one). */
export function currenciesFor(
	options: Pick<FormOptions, 'destinations'>,
	destination: string
): string[] {
	return options.destinations.find((d) => d.value === destination)?.currencies ?? [];
}
