import { describe, expect, it } from 'vitest';
import { roomForOpenedGroup, type Box } from '../../web/src/graph/makeRoom.js';

const box = (x: number, y: number, w: number, h = w): Box => ({ x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 });
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const moved = (b: Box, shift: { dx: number; dy: number }): Box => ({
  x1: b.x1 + shift.dx,
  y1: b.y1 + shift.dy,
  x2: b.x2 + shift.dx,
  y2: b.y2 + shift.dy,
});

/** Eight closed groups around one that opens, as the grouped overview draws them (layout units). */
function overview(): Map<string, Box> {
  const blocks = new Map<string, Box>();
  const around = [
    [-120, -100],
    [0, -130],
    [120, -100],
    [-140, 0],
    [140, 0],
    [-120, 110],
    [0, 130],
    [120, 110],
  ];
  around.forEach(([x, y], index) => blocks.set(`group-${index}`, box(x!, y!, 40 + 6 * index, 50)));
  // A node far away, and one just beside the closed group.
  blocks.set('far', box(900, -700, 30));
  blocks.set('beside', box(60, 0, 20));
  return blocks;
}

describe('room for a group that opens in place', () => {
  const closed = box(0, 0, 80);
  const opened = { x1: -420, y1: -380, x2: 400, y2: 430 };

  it('leaves no other block inside the open frame', () => {
    const blocks = overview();
    const shifts = roomForOpenedGroup(closed, opened, blocks);
    expect([...shifts.keys()].sort()).toEqual([...blocks.keys()].sort());
    for (const [id, b] of blocks) expect(overlap(moved(b, shifts.get(id)!), opened), id).toBe(false);
  });

  it('keeps blocks that did not overlap apart, and their order along both axes', () => {
    const blocks = overview();
    const shifts = roomForOpenedGroup(closed, opened, blocks);
    const ids = [...blocks.keys()];
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const [ba, bb] = [blocks.get(a)!, blocks.get(b)!];
        const [ma, mb] = [moved(ba, shifts.get(a)!), moved(bb, shifts.get(b)!)];
        if (!overlap(ba, bb)) expect(overlap(ma, mb), `${a} / ${b}`).toBe(false);
        if (ba.x2 <= bb.x1) expect(ma.x2).toBeLessThanOrEqual(mb.x1);
        if (bb.x2 <= ba.x1) expect(mb.x2).toBeLessThanOrEqual(ma.x1);
        if (ba.y2 <= bb.y1) expect(ma.y2).toBeLessThanOrEqual(mb.y1);
        if (bb.y2 <= ba.y1) expect(mb.y2).toBeLessThanOrEqual(ma.y1);
      }
  });

  it('moves each block away from the group, by what the frame grew on that side plus the margin', () => {
    const blocks = overview();
    const shifts = roomForOpenedGroup(closed, opened, blocks, 30);
    // Right of and below the group: right by (400 − 40) + 30, down by (430 − 40) + 30.
    expect(shifts.get('group-7')).toEqual({ dx: 400 - 40 + 30, dy: 430 - 40 + 30 });
    // Left of and above: left by (420 − 40) + 30, up by (380 − 40) + 30.
    expect(shifts.get('group-0')).toEqual({ dx: -(420 - 40 + 30), dy: -(380 - 40 + 30) });
    expect(shifts.get('far')!.dx).toBeGreaterThan(0);
    expect(shifts.get('far')!.dy).toBeLessThan(0);
  });

  it('moves a block that sat on the closed group out past the frame', () => {
    const onTop = new Map([['onTop', box(10, 5, 30)]]);
    const shift = roomForOpenedGroup(closed, opened, onTop).get('onTop')!;
    expect(overlap(moved(onTop.get('onTop')!, shift), opened)).toBe(false);
  });
});
