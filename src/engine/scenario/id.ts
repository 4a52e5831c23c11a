// The one spelling of a name in a scenario file (ids, state names, variants, remembered facts).
import * as z from 'zod';

export const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id');
