import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoAuthors } from '../demo-content.ts';
import { initialsOf, PORTRAIT_SIZE, portraitSvg } from './portrait.ts';

describe('demo author portraits', () => {
  it('initials: first and last word, one letter for one word', () => {
    expect(initialsOf('Leyla Rustamova')).toBe('LR');
    expect(initialsOf('  Orkhan  Jafarli ')).toBe('OJ');
    expect(initialsOf('Newsdesk')).toBe('N');
    expect(initialsOf('Şəhla Əliyeva')).toBe('ŞƏ');
  });

  it('each demo author gets their own square drawing, the same every time, that rasterises', async () => {
    const drawings = demoAuthors.map((a) => portraitSvg(a.name));
    expect(new Set(drawings).size).toBe(demoAuthors.length);
    expect(portraitSvg(demoAuthors[0]!.name)).toBe(drawings[0]);
    expect(drawings[0]).toContain(`width="${PORTRAIT_SIZE}" height="${PORTRAIT_SIZE}"`);
    // Initials are escaped: a name cannot add markup.
    expect(portraitSvg('A "c"')).toContain('>A&quot;<');
    expect(portraitSvg('<b> x')).toContain('>&lt;X<');
    const meta = await sharp(Buffer.from(drawings[0]!)).metadata();
    expect([meta.width, meta.height]).toEqual([PORTRAIT_SIZE, PORTRAIT_SIZE]);
  });
});
