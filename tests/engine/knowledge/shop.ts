// A built-in buyer's shop facts as the reply context the scorer reads them with: the knowledge
// tests read replies against the real scenarios' facts.
import { readFileSync } from 'node:fs';
import { loadScenario } from '@/engine/scenario/load';
import { shopContext } from '@/engine/score/reply-context';

export function context(id: string) {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return shopContext(scenario);
}
