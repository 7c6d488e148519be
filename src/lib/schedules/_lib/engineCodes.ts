import { NOTICE_MESSAGES } from '../../engine';

/** Every notice code the engine itself raises (`schedule-format.md`, Limits and notices). */
export const ENGINE_CODES: ReadonlySet<string> = new Set(Object.keys(NOTICE_MESSAGES.en));
