/**
 * What the demo's maps are drawn from: a few places (longitude, latitude, names in the site's
 * languages) and simplified outlines of the seas, traced by hand for the demo at a scale where
 * a few dozen points are enough. Coordinates are degrees east and north.
 */
export type Lang = 'en' | 'az' | 'ru';
export type Point = readonly [lon: number, lat: number];

export interface Place {
  at: Point;
  names: Record<Lang, string>;
}

export const places = {
  baku: { at: [49.87, 40.41], names: { en: 'Baku', az: 'Bakı', ru: 'Баку' } },
  kyiv: { at: [30.52, 50.45], names: { en: 'Kyiv', az: 'Kiyev', ru: 'Киев' } },
  moscow: { at: [37.62, 55.75], names: { en: 'Moscow', az: 'Moskva', ru: 'Москва' } },
  tbilisi: { at: [44.79, 41.72], names: { en: 'Tbilisi', az: 'Tbilisi', ru: 'Тбилиси' } },
  ganja: { at: [46.36, 40.68], names: { en: 'Ganja', az: 'Gəncə', ru: 'Гянджа' } },
  lankaran: { at: [48.85, 38.75], names: { en: 'Lankaran', az: 'Lənkəran', ru: 'Ленкорань' } },
  sheki: { at: [47.17, 41.2], names: { en: 'Sheki', az: 'Şəki', ru: 'Шеки' } },
  zagatala: { at: [46.64, 41.63], names: { en: 'Zagatala', az: 'Zaqatala', ru: 'Закатала' } },
  shusha: { at: [46.75, 39.76], names: { en: 'Shusha', az: 'Şuşa', ru: 'Шуша' } },
  alat: { at: [49.42, 39.94], names: { en: 'Alat', az: 'Ələt', ru: 'Алят' } },
  aktau: { at: [51.17, 43.65], names: { en: 'Aktau', az: 'Aktau', ru: 'Актау' } },
  turkmenbashi: { at: [52.97, 40.02], names: { en: 'Turkmenbashi', az: 'Türkmənbaşı', ru: 'Туркменбашы' } },
  astrakhan: { at: [48.03, 46.35], names: { en: 'Astrakhan', az: 'Həştərxan', ru: 'Астрахань' } },
  makhachkala: { at: [47.5, 42.98], names: { en: 'Makhachkala', az: 'Mahaçqala', ru: 'Махачкала' } },
  anzali: { at: [49.46, 37.47], names: { en: 'Anzali', az: 'Ənzəli', ru: 'Энзели' } },
  saatly: { at: [48.37, 39.93], names: { en: 'Saatly', az: 'Saatlı', ru: 'Саатлы' } },
  sabirabad: { at: [48.48, 40.01], names: { en: 'Sabirabad', az: 'Sabirabad', ru: 'Сабирабад' } },
  imishli: { at: [48.06, 39.87], names: { en: 'Imishli', az: 'İmişli', ru: 'Имишли' } },
} satisfies Record<string, Place>;
export type PlaceKey = keyof typeof places;

/** "lon,lat lon,lat …" as points. */
const points = (text: string): Point[] =>
  text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [lon = 0, lat = 0] = pair.split(',').map(Number);
      return [lon, lat] as const;
    });

export interface Sea {
  names: Record<Lang, string>;
  /** Where the name is written. */
  label: Point;
  outline: readonly Point[];
}

export const seas: Sea[] = [
  {
    names: { en: 'Caspian Sea', az: 'Xəzər dənizi', ru: 'Каспийское море' },
    label: [51.0, 41.6],
    outline: points(
      '47.55,43.0 47.45,43.6 47.2,44.0 46.9,44.45 47.1,45.0 47.3,45.55 47.8,45.75 48.4,45.95 ' +
        '49.2,46.35 49.9,46.6 50.8,46.85 51.8,46.95 52.7,46.75 53.2,46.3 53.1,45.75 52.5,45.4 ' +
        '51.3,45.05 50.3,44.55 50.9,44.3 51.15,43.65 51.7,43.15 52.3,42.5 52.75,41.75 52.9,41.2 ' +
        '53.1,40.8 52.85,40.15 53.2,39.4 53.6,38.8 53.9,38.0 53.95,37.35 54.0,36.85 53.2,36.75 ' +
        '52.6,36.7 51.6,36.7 50.7,36.95 49.9,37.3 49.2,37.6 48.9,38.2 48.88,38.43 48.85,38.75 ' +
        '49.05,39.1 49.35,39.4 49.45,39.95 49.85,40.35 50.37,40.45 49.95,40.6 49.65,40.6 ' +
        '49.4,41.0 49.1,41.35 48.7,41.8 48.3,42.05 47.9,42.55',
    ),
  },
  {
    names: { en: 'Black Sea', az: 'Qara dəniz', ru: 'Чёрное море' },
    label: [34.2, 43.2],
    outline: points(
      '30.7,46.5 31.6,46.6 32.6,46.1 33.6,46.1 32.5,45.4 33.5,44.6 34.3,44.45 35.4,44.95 ' +
        '36.45,45.3 36.7,45.1 37.3,44.9 37.8,44.7 38.9,44.1 39.7,43.6 41.0,43.0 41.6,42.2 ' +
        '41.6,41.6 40.5,41.0 39.7,41.0 37.9,41.05 36.3,41.3 35.1,42.0 33.3,42.0 31.5,41.3 ' +
        '29.1,41.2 28.0,41.6 27.5,42.5 27.95,43.2 28.65,44.2 29.7,45.2 30.4,46.0',
    ),
  },
  {
    names: { en: 'Sea of Azov', az: 'Azov dənizi', ru: 'Азовское море' },
    label: [36.4, 46.3],
    outline: points(
      '34.8,45.9 35.4,45.35 36.45,45.4 37.6,45.75 38.3,46.5 38.9,47.2 37.6,47.1 36.8,46.75 ' + '35.4,46.35',
    ),
  },
];
