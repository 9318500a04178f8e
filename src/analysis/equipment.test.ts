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
      { name: 'S-300', mentions: ['S-300 systems'] },
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

  it('reads designations by their shape, with the equipment noun and type words after them', () => {
    expect(
      run('Su-34 bombers and two Ka-52 helicopters flew over; Kinzhal hypersonic missiles followed.'),
    ).toEqual([
      { name: 'Su-34 bombers', mentions: ['Su-34 bombers'] },
      { name: 'Ka-52 helicopters', mentions: ['Ka-52 helicopters'] },
      { name: 'Kinzhal hypersonic missiles', mentions: ['Kinzhal hypersonic missiles'] },
    ]);
    expect(run('Iran showed its Kheibar missile on Monday.').map((e) => e.name)).toEqual(['Kheibar missile']);
  });

  it('finds generic kinds with their type words; bare "missile" or "ship" is not an item', () => {
    expect(
      run('Two frigates, a maritime patrol aircraft and armoured vehicles were sent; one frigate stayed.'),
    ).toEqual([
      { name: 'frigates', mentions: ['frigates', 'frigate'] },
      { name: 'maritime patrol aircraft', mentions: ['maritime patrol aircraft'] },
      { name: 'armoured vehicles', mentions: ['armoured vehicles'] },
    ]);
    expect(
      run('The Russian missile hit a ship; a think tank blamed the fuel tank and a drone strike.'),
    ).toEqual([]);
  });

  it('joins a later bare noun to the item of its class', () => {
    expect(run('It bought reconnaissance drones. The drones will be assembled here.')).toEqual([
      { name: 'reconnaissance drones', mentions: ['reconnaissance drones', 'drones'] },
    ]);
    expect(
      run('A ship was struck by an unmanned surface vessel. Officials said the drone came from the north.'),
    ).toEqual([{ name: 'unmanned surface vessel', mentions: ['unmanned surface vessel', 'drone'] }]);
  });

  it('reads ship names from their context', () => {
    expect(run('The first ferry to sail, the Turan Express, left at dawn.').map((e) => e.name)).toEqual([
      'ferry',
      'Turan Express',
    ]);
    expect(run('Police boarded the tanker Eagle S on Friday.').map((e) => e.name)).toEqual(['Eagle S']);
  });

  it('reads Russian kinds and names in guillemets', () => {
    expect(
      run(
        'Сбиты 12 беспилотников и две крылатые ракеты. Все беспилотники уничтожены. Ракета «Циркон» и ЗРК «Нестор».',
        'ru',
      ),
    ).toEqual([
      { name: 'беспилотники', mentions: ['беспилотников', 'беспилотники'] },
      { name: 'крылатые ракеты', mentions: ['крылатые ракеты'] },
      { name: 'Циркон', mentions: ['Циркон'] },
      { name: 'Нестор', mentions: ['Нестор'] },
    ]);
    expect(run('Средства противовоздушной обороны и система ПВО сработали.', 'ru')).toEqual([
      { name: 'средства ПВО', mentions: ['Средства противовоздушной обороны', 'система ПВО'] },
    ]);
  });

  it('reads Azerbaijani kinds and names', () => {
    expect(
      run(
        'Təlimdə İsgəndər raketi, 40 tank, hərbi helikopterlər və pilotsuz uçuş aparatları iştirak edəcək.',
        'az',
      ),
    ).toEqual([
      { name: 'İsgəndər', mentions: ['İsgəndər raketi'] },
      { name: 'tank', mentions: ['tank'] },
      { name: 'hərbi helikopterlər', mentions: ['hərbi helikopterlər'] },
      { name: 'pilotsuz uçuş aparatları', mentions: ['pilotsuz uçuş aparatları'] },
    ]);
  });

  it('names a designated system without the generic noun after it', () => {
    expect(run('The S-300 systems were moved; HQ-9 systems followed.')).toEqual([
      { name: 'S-300', mentions: ['S-300 systems'] },
      { name: 'HQ-9', mentions: ['HQ-9 systems'] },
    ]);
    expect(
      run('Nazirlik S-400 sistemləri və JF-17 təyyarələrindən danışıb.', 'az').map((e) => e.name),
    ).toEqual(['S-400', 'JF-17']);
  });

  it('reads any model designator before an equipment noun, and none alone', () => {
    expect(run('The army showed KM-53 howitzers.').map((e) => e.name)).toEqual(['KM-53 howitzers']);
    expect(run('The G20 summit discussed COVID-19 and the A4 road.')).toEqual([]);
  });

  it('reads a vessel named in quotes beside an inflected noun, and a bare noun in its dictionary form', () => {
    expect(run('“Beyləqan” bərəsi limana çatıb, bərələri isə gözləyir.', 'az').map((e) => e.name)).toContain(
      'Beyləqan',
    );
    expect(run('Fırtına səbəbindən bərələri limanda saxlanılıb.', 'az')).toEqual([
      { name: 'bərə', mentions: ['bərələri'] },
    ]);
  });
});
