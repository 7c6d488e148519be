import type { RequestHandler } from './$types';
import { getOpenApi, methodNotAllowed, refuseParameters } from '$lib/server';

export const GET: RequestHandler = ({ url }) => refuseParameters(url) ?? getOpenApi();
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
