import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test (besides the blind tester's), not taken from a labelled set.
const flagsOf = (text: string, buyer = '明天能到吗 我急用') => understand(text, { buyer }).flags.map((f) => f.rule);

describe('a guarantee taken back later in its sentence', () => {
  it('promises nothing when the refusal follows the promised time', () => {
    expect(flagsOf('明天一定到我这边不敢给您打包票哈')).not.toContain('ship-promise');
    expect(flagsOf('后天肯定能到这个真不敢跟您保证哦')).not.toContain('ship-promise');
    expect(flagsOf('保证明天到是做不到的哈')).not.toContain('ship-promise');
    expect(flagsOf('保证后天收到这个我们办不到呢')).not.toContain('ship-promise');
  });

  it('still promises when the guarantee stands, or the refusal is about something else', () => {
    expect(flagsOf('明天一定到')).toContain('ship-promise');
    expect(flagsOf('保证后天收到，您放心')).toContain('ship-promise');
    expect(flagsOf('不敢说别的，明天一定到')).toContain('ship-promise');
    expect(flagsOf('我们保证明天送到，别的店做不到这个')).toContain('ship-promise');
  });
});

describe("a promise about the agent's own follow-up", () => {
  it('is no delivery guarantee', () => {
    expect(flagsOf('好的，一定帮您盯到签收', '行 那我等着')).not.toContain('ship-promise');
    expect(flagsOf('我会一直跟进到您收到为止', '行 那我等着')).not.toContain('ship-promise');
    expect(flagsOf('肯定陪您跟踪到包裹签收哈', '行 那我等着')).not.toContain('ship-promise');
  });
});
