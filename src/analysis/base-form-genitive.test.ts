/**
 * Azerbaijani genitives whose base is ambiguous by shape alone (issue 13): "-inin" is a Persian
 * "-i" name's genitive or an "-in" name's, and a consonant genitive of a name without an
 * Azerbaijani surname's shape. Names invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { baseName } from './base-form.ts';

const az = (name: string) => baseName(name.split(' '), 'az').join(' ');

describe('Azerbaijani genitives of foreign surnames', () => {
  it.each([
    // A long "-i" name: Persian and Arabic nisbas.
    ['Cavad Şirazinin', 'Cavad Şirazi'],
    ['Əli Rza Kərmaninin', 'Əli Rza Kərmani'],
    // The same ending after a Slavic first name, and short Turkish "-in" names, keep "-in".
    ['Oleq Voroninin', 'Oleq Voronin'],
    ['Mert Şahinin', 'Mert Şahin'],
    // A consonant genitive after a Slavic first name or on an Arabic "Əl-" name.
    ['Sergey Kovalçikin', 'Sergey Kovalçik'],
    ['Xalid bin Saleh Əl-Haşiminin', 'Xalid bin Saleh Əl-Haşimi'],
    ['Xalid bin Saleh Əl-Mübarəkin', 'Xalid bin Saleh Əl-Mübarək'],
  ])('%s → %s', (written, base) => {
    expect(az(written)).toBe(base);
  });

  it('leaves nominatives alone', () => {
    expect(az('Mert Şahin')).toBe('Mert Şahin');
    expect(az('Sergey Kovalçik')).toBe('Sergey Kovalçik');
    expect(az('Cavad Şirazi')).toBe('Cavad Şirazi');
    // Without a Slavic first name, a consonant genitive of an unshaped name is not guessed.
    expect(az('Mert Yıldızın')).toBe('Mert Yıldızın');
  });
});
