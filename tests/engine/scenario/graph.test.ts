import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures';
import { checkScenario } from '@/engine/scenario/check';
import { compileScenario } from '@/engine/buyer/compile';
import { buyerGraph } from '@/engine/scenario/graph';

function graphOf(fixture: string) {
  const loaded = loadFixture(fixture);
  if (!loaded.scenario) throw new Error(`${fixture} did not load`);
  const checked = checkScenario(loaded.scenario, compileScenario(loaded.scenario), { file: fixture, locations: loaded.locations });
  return buyerGraph(loaded.scenario, checked);
}

describe('buyerGraph', () => {
  it('lays the states out by steps from the start', () => {
    const graph = graphOf('valid/mini-haggle.yaml');

    expect(graph.layers).toEqual([['opening'], ['size', 'angry', 'deal', 'gone']]);
    expect(graph.nodes.find((n) => n.name === 'opening')).toMatchObject({ start: true, layer: 0, stays: 1, unreachable: null, deadEnd: false });
    expect(graph.nodes.find((n) => n.name === 'deal')).toMatchObject({ outcome: 'sale', layer: 1 });
  });

  it('labels each reply edge with the condition of its transition, in file order', () => {
    const graph = graphOf('valid/mini-haggle.yaml');

    const fromOpening = graph.edges.filter((e) => e.from === 'opening' && e.kind === 'reply');
    expect(fromOpening).toEqual([
      { from: 'opening', to: 'deal', kind: 'reply', when: { offerAtOrBelow: 'target' }, index: 0, inherited: false },
      { from: 'opening', to: 'angry', kind: 'reply', when: { flag: 'platform' }, index: 1, inherited: false },
      { from: 'opening', to: 'size', kind: 'reply', when: { move: 'hold-price' }, index: 2, inherited: false },
    ]);
  });

  it('adds the give-up, timeout and end-of-chat edges, marking those inherited from the defaults', () => {
    const graph = graphOf('paths/trap.yaml');

    expect(graph.edges.filter((e) => e.from === 'angry' && e.kind !== 'reply')).toEqual([
      { from: 'angry', to: 'sulk', kind: 'give-up', inherited: false },
      { from: 'angry', to: 'gone', kind: 'ended', inherited: true },
    ]);
    expect(graph.edges.find((e) => e.from === 'opening' && e.kind === 'timeout')).toEqual({ from: 'opening', to: 'gone', kind: 'timeout', inherited: true });
  });

  it('marks the dead ends the checker found', () => {
    const graph = graphOf('paths/trap.yaml');

    expect(graph.nodes.filter((n) => n.deadEnd).map((n) => n.name)).toEqual(['angry', 'sulk']);
  });

  it('puts a state nothing leads to in a last layer of its own, marked unreachable as the checker says', () => {
    const graph = graphOf('paths/orphan-state.yaml');

    expect(graph.layers.at(-1)).toEqual(['orphan']);
    expect(graph.nodes.find((n) => n.name === 'orphan')).toMatchObject({ layer: null, unreachable: 'error' });
  });
});
