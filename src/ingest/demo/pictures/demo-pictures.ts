import { slugify } from '../../../lib/slug.ts';
import {
  chartSvg,
  mapSvg,
  patternSvg,
  PICTURE_HEIGHT,
  PICTURE_WIDTH,
  type ChartPicture,
  type MapPicture,
  type PatternPicture,
} from './draw.ts';
import { places, type Lang } from './geography.ts';

/**
 * Which picture each demo story gets: a map where it names places, a chart where it gives
 * figures, otherwise an illustration in its section's colour. Keyed by headline; a story not
 * listed gets an illustration. Alt text, caption and credit are written in the story's language.
 */
type Spec = MapPicture | ChartPicture | PatternPicture;

const map = (...p: MapPicture['places']): MapPicture => ({ kind: 'map', places: p });

const specs: Record<string, Spec> = {
  // The seed, in its three languages.
  "Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv": map('kyiv', 'moscow', 'baku'),
  'Moskva Azərbaycanın Kiyevdəki səfirliyinə dəyən ziyana görə təəssüf ifadə edib': map(
    'kyiv',
    'moscow',
    'baku',
  ),
  'Москва выразила сожаление в связи с повреждением посольства Азербайджана в Киеве': map(
    'kyiv',
    'moscow',
    'baku',
  ),
  // English samples.
  'Storm shuts Turkmenbashi port for a second day, stranding Caspian ferries': map(
    'turkmenbashi',
    'alat',
    'baku',
  ),
  'Caspian gas exports climb 6% in October as offshore compressor platform starts up': {
    kind: 'chart',
    title: 'Gas exports in October, by destination',
    unit: 'bn m³',
    bars: [
      ['Europe', 1.09],
      ['Türkiye', 0.83],
      ['Georgia', 0.24],
      ['Other', 0.15],
    ],
  },
  'Absheron FK go top of the Premier League with a stoppage-time winner in Ganja': map('ganja', 'baku'),
  'Parliament opens autumn session with the 2026 budget at the top of its agenda': {
    kind: 'chart',
    title: 'The 2026 draft budget',
    unit: 'bn manat',
    bars: [
      ['Revenue', 38.4],
      ['Spending', 41.9],
    ],
  },
  'Baku Autumn Film Festival opens with a debut drama set among Lankaran tea pickers': map(
    'lankaran',
    'baku',
  ),
  'Azerbaijan lead the Caspian Chess Olympiad after five rounds in Aktau': map('aktau', 'baku'),
  'Trans-Caspian cargo up by a quarter as ports race to add capacity': map('aktau', 'turkmenbashi', 'alat'),
  'Hazelnut and persimmon growers report a bumper harvest in the north-west': map(
    'zagatala',
    'sheki',
    'ganja',
  ),
  'Caspian states press for help with the falling sea level at climate talks in Belém': map(
    'astrakhan',
    'aktau',
    'turkmenbashi',
    'anzali',
    'baku',
  ),
  'Azerbaijan summons Russian ambassador after strike damages its embassy in Kyiv': map(
    'kyiv',
    'moscow',
    'baku',
  ),
  'Baku says Moscow’s explanation of the embassy damage in Kyiv leaves questions open': map(
    'kyiv',
    'moscow',
    'baku',
  ),
  // Azerbaijani samples.
  'Aran bölgəsində pambıq tədarükü ötən ilin göstəricisini 8 faiz üstələyib': {
    kind: 'chart',
    title: 'Pambıq tədarükü rayonlar üzrə',
    unit: 'min ton',
    bars: [
      ['Saatlı', 41.2],
      ['Sabirabad', 38.7],
      ['İmişli', 33.5],
      ['Digər rayonlar', 72.9],
    ],
  },
  'Şəkili güləşçi Tbilisidəki beynəlxalq turnirdə qızıl medal qazanıb': map('sheki', 'tbilisi'),
  'Şuşada Qarabağ xalçalarının sərgisi açılıb: 120-dən çox nümunə nümayiş olunur': map('shusha', 'baku'),
  'Ələt limanında yük dövriyyəsi oktyabrda 12 faiz artıb': map('alat', 'aktau', 'turkmenbashi'),
  'Xəzəryanı ölkələrin alimləri Aktauda dənizin səviyyəsinin düşməsini müzakirə edir': map(
    'aktau',
    'astrakhan',
    'anzali',
    'baku',
  ),
  // Russian samples.
  'Порты Баку и Туркменбашы перейдут на единое электронное оформление грузов': map('baku', 'turkmenbashi'),
  'В Гяндже до конца года откроют ещё три поликлиники': map('ganja', 'baku'),
  'Шахматистки из Баку выиграли командный турнир в Тбилиси': map('baku', 'tbilisi'),
  'Главный приз бакинского фестиваля документального кино получил фильм о рыбаках Ленкорани': map(
    'lankaran',
    'baku',
  ),
};

/** Headlines with a picture of their own (the others get an illustration). */
export const picturedHeadlines = Object.keys(specs);

const locales: Record<Lang, string> = { en: 'en-GB', az: 'az', ru: 'ru' };

const words: Record<
  Lang,
  {
    credit: string;
    mapAlt: (places: string) => string;
    mapCaption: (places: string) => string;
    chart: string;
    patternAlt: (section: string) => string;
    patternCaption: (section: string) => string;
  }
> = {
  en: {
    credit: 'Illustration: Newsdesk demo',
    mapAlt: (p) => `Map of the region with ${p} marked`,
    mapCaption: (p) => `Where the story takes place: ${p}.`,
    chart: 'Bar chart',
    patternAlt: (s) => `Abstract illustration in the colours of the ${s} section`,
    patternCaption: (s) => `${s}: an illustration made for the demo.`,
  },
  az: {
    credit: 'İllüstrasiya: Newsdesk demo',
    mapAlt: (p) => `${p} qeyd olunmuş region xəritəsi`,
    mapCaption: (p) => `Xəbərdə adı çəkilən yerlər: ${p}.`,
    chart: 'Sütunlu diaqram',
    patternAlt: (s) => `“${s}” bölməsinin rənglərində abstrakt illüstrasiya`,
    patternCaption: (s) => `${s}: demo üçün hazırlanmış illüstrasiya.`,
  },
  ru: {
    credit: 'Иллюстрация: Newsdesk demo',
    mapAlt: (p) => `Карта региона, на которой отмечены ${p}`,
    mapCaption: (p) => `Где происходят события: ${p}.`,
    chart: 'Столбчатая диаграмма',
    patternAlt: (s) => `Абстрактная иллюстрация в цветах раздела «${s}»`,
    patternCaption: (s) => `${s}: иллюстрация, сделанная для демо.`,
  },
};

export interface DemoPicture {
  svg: string;
  width: number;
  height: number;
  filename: string;
  alt: string;
  caption: string;
  credit: string;
}

const MARK = 'Newsdesk demo';

/** The picture of a demo story, drawn, described and credited in its language. */
export function demoPicture(
  story: { headline: string; language: string },
  section: { name: string; color: string },
): DemoPicture {
  const language: Lang = Object.hasOwn(words, story.language) ? (story.language as Lang) : 'en';
  const w = words[language];
  const locale = locales[language];
  const spec = specs[story.headline] ?? { kind: 'pattern' };
  const base = { width: PICTURE_WIDTH, height: PICTURE_HEIGHT, credit: w.credit };
  const filename = `${slugify(story.headline).slice(0, 60) || 'picture'}.svg`;
  switch (spec.kind) {
    case 'map': {
      const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        spec.places.map((k) => places[k].names[language]),
      );
      return {
        ...base,
        filename,
        svg: mapSvg(spec, language, section.color, MARK),
        alt: w.mapAlt(names),
        caption: w.mapCaption(names),
      };
    }
    case 'chart': {
      const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const values = spec.bars.map(([l, v]) => `${l} ${format.format(v)} ${spec.unit}`).join('; ');
      return {
        ...base,
        filename,
        svg: chartSvg(spec, locale, section.color, MARK),
        alt: `${w.chart}: ${spec.title}. ${values}`,
        caption: `${spec.title}.`,
      };
    }
    case 'pattern':
      return {
        ...base,
        filename,
        svg: patternSvg(story.headline, section.name, section.color, MARK),
        alt: w.patternAlt(section.name),
        caption: w.patternCaption(section.name),
      };
  }
}
