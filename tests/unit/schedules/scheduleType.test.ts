import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Schedule } from '../../../src/lib/engine';
import { scheduleSchema } from '../../../src/lib/schedules';

describe('scheduleSchema', () => {
	it('has exactly the type of Schedule', () => {
		expectTypeOf<z.output<typeof scheduleSchema>>().toEqualTypeOf<Schedule>();
	});
});
