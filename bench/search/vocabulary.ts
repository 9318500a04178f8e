/**
 * The generated corpus's words, per language: function words, content words, set phrases, names,
 * rare words, tags, outlets, authors and sections, plus a generated long tail. Word lists are ordered
 * roughly by how common the word is in news copy.
 */
import { int, pick, rng, zipf, type Rng } from '../lib/random.ts';

interface Vocabulary {
  /** Function words. */
  fn: string;
  /** Nouns, verbs, adjectives, most common first. */
  content: string;
  /** Fixed multi-word expressions, separated by "|", so quoted phrases have something to find. */
  collocations: string;
  names: string;
  /** Words used about 3 times per 10,000 tokens in all: each is found in a few hundred articles of 100,000. */
  rare: string;
  tags: string;
  outlets: string;
}

const vocabularies: Record<'en' | 'ru' | 'az', Vocabulary> = {
  en: {
    fn: 'the of and to in a on for with that by at from is was has have its as after will were be it this an are not but also over more than about during into which their they he she who',
    content:
      'said government minister president country people year security economy police city officials state party report talks week election military forces border region foreign international national public health water energy oil gas prices market bank inflation trade exports growth companies workers budget tax court law parliament vote opposition leader agreement deal meeting visit capital development project plans support crisis attack defence strike ministry council committee statement spokesman sources media video team match season players coach league football championship festival film music theatre museum exhibition artists culture history heritage school students university education hospital doctors patients vaccine climate weather floods drought harvest farmers grain wheat transport railway airport flights road bridge construction housing rent technology internet data cyber network phone digital investment investors shares currency dollar euro manat rouble sanctions embassy diplomats negotiations peace ceasefire troops drones missiles village district residents families children women youth protest demonstrators arrest investigation prosecutors trial sentence prison corruption reform policy strategy cooperation partnership summit delegation ambassador relations neighbours conflict war refugees aid humanitarian reconstruction mines demining electricity power plant pipeline tanker shipping port sea coast mountain forest fire earthquake tourism hotels visitors restaurant food wine tea carpet announced reported confirmed expected agreed signed opened launched discussed increased fell rose warned called held visited approved rejected continued began ended won lost scored released published planned built arrived left returned promised denied criticised welcomed praised urged new major local regional economic political official senior former key first last next final important large small high low strong recent annual joint bilateral strategic historic',
    collocations:
      'prime minister|central bank|foreign minister|air defence systems|peace talks|oil prices|human rights|national team|world cup|climate change|interest rates|state budget|press conference|security council|energy security|green energy|Caspian Sea|Silk Road',
    names:
      'Baku Moscow Kyiv Ankara Tbilisi Brussels Washington Beijing Tehran Yerevan Ganja Shusha Aliyev Hasanova Mammadov Guliyev Ivanov Petrova Smith Nakhchivan Sumgait Lankaran',
    rare: 'zeppelin saffron glacier tapestry lighthouse falconry obsidian marionette sturgeon caviar pomegranate quince astrolabe calligraphy mugham kamancha balaban petroglyph caravanserai aqueduct observatory telescope meteorite volcano geyser hazelnut persimmon chestnut apiary beekeeper silkworm vineyard orchard flamingo pelican gazelle leopard lynx falcon',
    tags: 'Diplomacy|Energy|Elections|Sport|Culture|Economy|Security|Climate|Transport|Health|Education|Technology|Agriculture|Tourism|Human rights|Caspian|Oil and gas|Football|Cinema|Music',
    outlets: 'News.Az|APA|Trend|Reuters|AFP|Interfax|Report.az',
  },
  ru: {
    fn: 'и в на что не с по о к из за для от как это также после при до уже его их который были был будет',
    content:
      'заявил правительство министр президент страны города безопасности экономики переговоры выборы граница нефти газа цены рост банк инфляция торговля экспорт компании рабочие бюджет налог суд закон парламент оппозиция лидер соглашение встреча визит столица развитие проект поддержка кризис атака оборона удар министерство совет заявление источники команда матч сезон игроки тренер чемпионат фестиваль фильм музыка театр музей выставка культура история школа студенты университет образование больница врачи климат погода урожай фермеры зерно транспорт аэропорт рейсы дорога мост строительство жилье технологии интернет данные инвестиции валюта доллар санкции посольство посольства дипломаты мира войска беспилотники ракеты село район жители семьи дети протест арест расследование прокуратура реформа политика сотрудничество саммит делегация посол отношения конфликт беженцы помощь восстановление электроэнергия трубопровод порт море побережье горы лес пожар землетрясение туризм гости ёлка правительства министра президента страна город безопасность экономика переговоров выборов границы нефть газ сообщили сообщил объявил подписали открыли обсудили выросли снизились предупредил провели посетил одобрил продолжили начали выиграли проиграли опубликовали планируют построили прибыл вернулись пообещал новый новые крупный местные региональный экономический политический военные официальный бывший ключевой первый последний важный высокий совместный двусторонний стратегический исторический',
    collocations:
      'центральный банк|министр иностранных дел|мирные переговоры|цены на нефть|права человека|национальная сборная|Каспийское море|пресс-конференция|Совет безопасности|зелёная энергетика',
    names:
      'Баку Москва Киев Анкара Тбилиси Брюссель Вашингтон Пекин Тегеран Ереван Гянджа Шуша Алиев Мамедов Иванов Петрова Нахчыван Сумгайыт',
    rare: 'дирижабль шафран ледник гобелен маяк обсидиан марионетка осётр икра гранат айва астролябия каллиграфия мугам кяманча петроглиф караван-сарай акведук обсерватория телескоп метеорит вулкан гейзер фундук хурма каштан пасека пчеловод шелкопряд виноградник фламинго пеликан джейран леопард рысь сокол',
    tags: 'Дипломатия|Энергетика|Выборы|Спорт|Культура|Экономика|Безопасность|Климат|Транспорт|Здоровье|Образование|Технологии|Туризм|Каспий|Нефть и газ|Футбол',
    outlets: 'News.Az|Интерфакс|ТАСС|РИА Новости|Trend|APA',
  },
  az: {
    fn: 'və bu ilə üçün da də bir olan isə ki artıq həmçinin daha çox bütün hər onun onlar',
    content:
      'bildirib hökumət nazir prezident ölkə şəhər təhlükəsizlik iqtisadiyyat danışıqlar seçki sərhəd neft qaz qiymətlər bazar bank inflyasiya ticarət ixrac şirkətlər işçilər büdcə vergi məhkəmə qanun parlament müxalifət lider razılaşma görüş səfər paytaxt inkişaf layihə dəstək böhran hücum müdafiə nazirlik şura bəyanat mənbələr media komanda oyun mövsüm oyunçular məşqçi çempionat festival film musiqi teatr muzey sərgi mədəniyyət tarix məktəb tələbələr universitet təhsil xəstəxana həkimlər iqlim hava məhsul fermerlər taxıl nəqliyyat reyslər yol körpü tikinti mənzil texnologiya internet investisiya valyuta dollar manat sanksiyalar səfirlik səfirliyi diplomatlar sülh qoşunlar dronlar raketlər kənd rayon sakinlər ailələr uşaqlar etiraz həbs istintaq prokurorluq islahat siyasət əməkdaşlıq sammit səfir münasibətlər münaqişə qaçqınlar yardım bərpa elektrik liman dəniz sahil dağ meşə yanğın zəlzələ turizm qonaqlar hökumətin naziri prezidenti ölkənin şəhərin iqtisadiyyatın danışıqların seçkilər nazirliyi açıqlayıb imzalanıb açılıb artıb azalıb keçirilib təsdiqləyib başlayıb uduzub planlaşdırır tikilib gəlib qayıdıb yeni böyük yerli regional iqtisadi siyasi hərbi rəsmi keçmiş əsas ilk son vacib yüksək birgə ikitərəfli strateji tarixi',
    collocations:
      'xarici işlər naziri|Mərkəzi Bank|sülh danışıqları|neft qiymətləri|insan hüquqları|milli komanda|Xəzər dənizi|İpək Yolu|hava limanı|elan edib|müzakirə edilib|boru kəməri',
    names:
      'Bakı Şuşa Gəncə Əliyev Moskva Kiyev Ankara Tbilisi Brüssel Vaşinqton Naxçıvan Sumqayıt Lənkəran Qəbələ Şəki Həsənova Məmmədov',
    rare: 'dirijabl zəfəran buzlaq qobelen mayak qızılquş obsidian marionet nərə kürü heyva astrolyabiya xəttatlıq muğam kamança balaban petroqlif karvansara akveduk rəsədxana teleskop meteorit vulkan fındıq xurma şabalıd arıçılıq ipəkqurdu üzümlük flaminqo qutan ceyran bəbir vaşaq şahin',
    tags: 'Diplomatiya|Enerji|Seçkilər|İdman|Mədəniyyət|İqtisadiyyat|Təhlükəsizlik|İqlim|Nəqliyyat|Səhiyyə|Təhsil|Texnologiya|Turizm|Xəzər|Neft və qaz|Futbol',
    outlets: 'News.Az|APA|Trend|Report.az|AzərTac',
  },
};

export const AUTHORS: Record<'en' | 'ru' | 'az', string[]> = {
  en: [
    'Leyla Hasanova',
    'Rashad Mammadov',
    'Anna Petrova',
    'John Smith',
    'Farid Guliyev',
    'Sevinj Aliyeva',
    'Oleg Ivanov',
    'Nigar Karimova',
    'Tural Huseynov',
    'Maria Lopez',
  ],
  ru: [
    'Анна Петрова',
    'Олег Иванов',
    'Рашад Мамедов',
    'Лейла Гасанова',
    'Ирина Смирнова',
    'Фарид Гулиев',
    'Дмитрий Орлов',
  ],
  az: [
    'Leyla Həsənova',
    'Rəşad Məmmədov',
    'Fərid Quliyev',
    'Sevinc Əliyeva',
    'Nigar Kərimova',
    'Tural Hüseynov',
    'Aygün Nəsibova',
  ],
};

export interface SectionSpec {
  slug: string;
  name: string;
  names: Record<string, { name: string }>;
  weight: number;
}

export const SECTIONS: SectionSpec[] = [
  { slug: 'world', name: 'World', names: { az: { name: 'Dünya' }, ru: { name: 'Мир' } }, weight: 30 },
  {
    slug: 'politics',
    name: 'Politics',
    names: { az: { name: 'Siyasət' }, ru: { name: 'Политика' } },
    weight: 25,
  },
  {
    slug: 'economy',
    name: 'Economy',
    names: { az: { name: 'İqtisadiyyat' }, ru: { name: 'Экономика' } },
    weight: 20,
  },
  { slug: 'sport', name: 'Sport', names: { az: { name: 'İdman' }, ru: { name: 'Спорт' } }, weight: 15 },
  {
    slug: 'culture',
    name: 'Culture',
    names: { az: { name: 'Mədəniyyət' }, ru: { name: 'Культура' } },
    weight: 10,
  },
];

/** Letters for the generated long tail of each language: onsets, vowels, codas, endings. */
const syllables: Record<'en' | 'ru' | 'az', [string[], string[], string[], string[]]> = {
  en: [
    'b br c ch d dr f fl g gr h j k l m n p pl pr r s sh st t tr v w z'.split(' '),
    'a e i o u ai ea ou oo'.split(' '),
    ['', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rk', 'ng'],
    ['', '', '', 's', 'ed', 'ing', 'er'],
  ],
  ru: [
    'б в г д ж з к л м н п р с т ф х ц ч ш ст пр тр кр'.split(' '),
    'а е и о у ы я ю'.split(' '),
    ['', 'н', 'р', 'с', 'т', 'л', 'м', 'к', 'в'],
    ['', '', 'ов', 'ами', 'ого', 'ая', 'ий', 'ет', 'а', 'ы'],
  ],
  az: [
    'b c ç d f g ğ h x k q l m n p r s ş t v y z'.split(' '),
    'a ə e ı i o ö u ü'.split(' '),
    ['', 'n', 'r', 'l', 'm', 's', 'ş', 't', 'k', 'z'],
    ['', '', 'lar', 'lər', 'da', 'də', 'ın', 'in', 'un', 'ün'],
  ],
};

/**
 * The long tail: generated words standing in for the tens of thousands of distinct, individually
 * infrequent words of a real archive (less common words, names, places), so that the real words
 * keep realistic frequencies instead of filling every article.
 */
function tailWords(language: 'en' | 'ru' | 'az', seed: number, count: number): string[] {
  const r = rng(seed);
  const [onsets, vowels, codas, endings] = syllables[language];
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    for (let i = int(r, 1, 3); i > 0; i--) w += pick(r, onsets) + pick(r, vowels) + pick(r, codas);
    w += pick(r, endings);
    if (w.length >= 3) out.add(w);
  }
  return [...out];
}

const TAIL_WORDS = 20_000;

export interface PreparedVocabulary {
  language: 'en' | 'ru' | 'az';
  fn: (r: Rng) => string;
  content: (r: Rng) => string;
  tail: (r: Rng) => string;
  headlineContent: (r: Rng) => string;
  collocation: (r: Rng) => string;
  name: (r: Rng) => string;
  rare: string[];
  tags: string[];
  outlets: string[];
}

/**
 * Frequencies are set so that, in a 400-word article, the commonest content words ("said",
 * "government") are found in roughly a third of the articles, a mid-list word in about 5 %, the
 * last ones in about 2 %, a set phrase in up to a fifth, and a rare word in about 0.3 %.
 */
export function prepare(language: 'en' | 'ru' | 'az', seed: number): PreparedVocabulary {
  const v = vocabularies[language];
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const content = words(v.content);
  return {
    language,
    fn: zipf(words(v.fn), 1),
    content: zipf(content, 1, 12.7),
    tail: zipf(tailWords(language, seed, TAIL_WORDS), 1, 50),
    headlineContent: zipf(content, 0.7),
    collocation: zipf(v.collocations.split('|'), 0.8),
    name: zipf(words(v.names), 0.8),
    rare: words(v.rare),
    tags: v.tags.split('|'),
    outlets: v.outlets.split('|'),
  };
}
