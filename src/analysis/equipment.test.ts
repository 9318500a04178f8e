import { describe, expect, it } from 'vitest';
import { equipment } from './equipment.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, language = 'en') => equipment(tokenize(text, language));

describe('equipment', () => {
  it('finds named systems with the equipment noun that follows', () => {
    expect(
      run('An Iskander missile and two S-300 systems were seen near Bayraktar TB2 drones and HIMARS.'),
    ).toEqual([
      { name: 'Iskander missile', mentions: ['Iskander missile'] },
      { name: 'S-300 systems', mentions: ['S-300 systems'] },
      { name: 'Bayraktar TB2 drones', mentions: ['Bayraktar TB2 drones'] },
      { name: 'HIMARS', mentions: ['HIMARS'] },
    ]);
  });

  it('groups spellings of one system', () => {
    expect(run('A Shahed-136 drone hit the depot; more Shahed drones followed.')).toEqual([
      { name: 'Shahed-136 drone', mentions: ['Shahed-136 drone', 'Shahed drones'] },
    ]);
  });

  it('needs an equipment noun after an ambiguous name', () => {
    expect(run('A Patriot battery fired.')).toEqual([
      { name: 'Patriot battery', mentions: ['Patriot battery'] },
    ]);
    expect(run('The Patriot newspaper and a patriot.')).toEqual([]);
  });

  it('finds generic systems and keeps a demonym in the mention', () => {
    expect(run('Georgian air defence systems fired, but the air defence systems missed.')).toEqual([
      { name: 'air defence systems', mentions: ['Georgian air defence systems', 'air defence systems'] },
    ]);
  });

  it('reads Russian names', () => {
    expect(run('Комплекс С-400 и ракета Искандер.', 'ru').map((e) => e.name)).toEqual(['С-400', 'Искандер']);
  });
});
