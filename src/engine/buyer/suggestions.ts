// What a live buyer (issue 13) could say now, for the mentor who plays her: the lines the machine
// picked for the last event first (what a scripted buyer would say), then the other lines of her
// state with the variant applied, every placeholder filled from her context.
import type { Scenario } from '@/engine/scenario/schema';
import type { BuyerContext } from '@/engine/buyer/types';
import { linesOf } from '@/engine/scenario/effective';
import { fillLine } from '@/engine/scenario/placeholders';

export function suggestions(scenario: Scenario, context: BuyerContext, state: string): string[] {
  const lines = linesOf(scenario, state, context.variant || undefined).map((line) => fillLine(line, scenario, context));
  return [...new Set([...context.said, ...lines])];
}
