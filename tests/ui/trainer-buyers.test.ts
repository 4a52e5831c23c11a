import { describe, expect, it } from 'vitest';
import { deleteTrainerBuyer, getTrainerBuyer, mergeTrainerBuyer, saveTrainerBuyer, trainerBuyers } from '@/db/trainer-buyers';

const input = { id: 'my-buyer', file: 'my-buyer.yaml', source: 'formatVersion: 1\nid: my-buyer\n', title: '我的买家' };

describe('trainer buyers in IndexedDB', () => {
  it('saves a new buyer at revision 1 and each later save a revision up, keeping when it was created', async () => {
    await saveTrainerBuyer(input, 100);
    const again = await saveTrainerBuyer({ ...input, source: `${input.source}# 改过\n` }, 200);

    expect(again).toEqual({ ...input, source: `${input.source}# 改过\n`, revision: 2, createdAt: 100, updatedAt: 200 });
    expect(await getTrainerBuyer('my-buyer')).toEqual(again);
  });

  it('lists the most recently saved first and deletes one', async () => {
    await saveTrainerBuyer(input, 100);
    await saveTrainerBuyer({ ...input, id: 'other', file: 'other.yaml' }, 300);

    expect((await trainerBuyers()).map((b) => b.id)).toEqual(['other', 'my-buyer']);
    await deleteTrainerBuyer('other');
    expect((await trainerBuyers()).map((b) => b.id)).toEqual(['my-buyer']);
  });

  it('merges a buyer from elsewhere only when its revision is newer, and twice changes nothing', async () => {
    const local = await saveTrainerBuyer(input, 100);
    const older = { ...local, source: '旧的', revision: 1 };
    const newer = { ...local, source: '团队的新版本', revision: 3, updatedAt: 400 };

    expect(await mergeTrainerBuyer(older)).toBe(false);
    expect(await mergeTrainerBuyer(newer)).toBe(true);
    expect(await mergeTrainerBuyer(newer)).toBe(false);
    expect(await getTrainerBuyer('my-buyer')).toEqual(newer);
  });
});
