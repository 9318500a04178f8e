import { describe, expect, it } from 'vitest';
import { places } from './places.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, language = 'en') => places(tokenize(text, language));

describe('places', () => {
  it('finds countries, cities and regions by name, once each', () => {
    const found = run('Georgia’s envoy flew from Tbilisi to Istanbul. Georgia and Crimea were discussed.');
    expect(found).toEqual([
      { name: 'Georgia', type: 'country', via: 'name', mentions: ['Georgia’s', 'Georgia'] },
      { name: 'Tbilisi', type: 'city', via: 'name', mentions: ['Tbilisi'] },
      { name: 'Istanbul', type: 'city', via: 'name', mentions: ['Istanbul'] },
      { name: 'Crimea', type: 'region', via: 'name', mentions: ['Crimea'] },
    ]);
  });

  it('adds a country named only through its demonym', () => {
    expect(run('Turkish diplomats arrived in Baku.')).toEqual([
      { name: 'Turkey', type: 'country', via: 'demonym', mentions: ['Turkish'] },
      { name: 'Baku', type: 'city', via: 'name', mentions: ['Baku'] },
    ]);
  });

  it('prefers the name when a country is both named and referred to by demonym', () => {
    expect(run('Armenian troops left Armenia.')).toEqual([
      { name: 'Armenia', type: 'country', via: 'name', mentions: ['Armenia'] },
    ]);
  });

  it('reads a capital used as its government as a metonym', () => {
    expect(run('Tehran has rejected the offer, and Ankara’s position is unchanged.')).toEqual([
      { name: 'Tehran', type: 'city', via: 'metonym', mentions: ['Tehran'] },
      { name: 'Ankara', type: 'city', via: 'metonym', mentions: ['Ankara’s'] },
    ]);
    expect(run('Officials in Tehran said no.')[0]?.via).toBe('name');
  });

  it('splits hyphenated pairs into both places', () => {
    expect(
      run('The Georgia-Armenia border and Turkish-Iranian trade.').map((p) => [p.name, p.via, p.mentions]),
    ).toEqual([
      ['Georgia', 'name', ['Georgia-Armenia']],
      ['Armenia', 'name', ['Georgia-Armenia']],
      ['Turkey', 'demonym', ['Turkish-Iranian']],
      ['Iran', 'demonym', ['Turkish-Iranian']],
    ]);
  });

  it('reads Russian and Azerbaijani texts', () => {
    expect(run('Делегация прибыла в Ереван из Грузии.', 'ru').map((p) => p.name)).toEqual([
      'Ереван',
      'Грузия',
    ]);
    expect(run('Nümayəndə heyəti Tbilisidən İrəvana gedib.', 'az').map((p) => p.name)).toEqual([
      'Tbilisi',
      'İrəvan',
    ]);
  });
});
