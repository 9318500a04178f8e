/**
 * Search benchmark: full-text search latency on a generated corpus (100,000 articles by default,
 * English with ~15 % Russian and ~15 % Azerbaijani), beside a baseline measured in the same run —
 * a plain indexed lookup of one article by id — and the time to build the largest feed.
 * Figures are printed and saved, never asserted. See bench/README.md.
 *
 *   npm run bench:search                           # 100,000 articles, temporary SQLite file
 *   BENCH_ARTICLES=20000 npm run bench:search
 *   DATABASE_URL=postgres://… npm run bench:search # an empty, throwaway PostgreSQL database
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { createContainer, type Container } from '../src/app.ts';
import { parseDatabaseUrl, type Config, type DatabaseConfig } from '../src/config/config.ts';
import { newArticleSchema, type NewArticleInput } from '../src/domain/article.ts';
import { bodyToPlainText, type Block, type Inline } from '../src/domain/body.ts';
import { atom, jsonFeed, rss } from '../src/feeds/feeds.ts';
import { slugify, uniqueSlug } from '../src/lib/slug.ts';
import type { SearchDocument, SearchIndex } from '../src/storage/search/index.ts';
import type { Clock, IdGenerator } from '../src/services/deps.ts';
import { SearchService, type SearchParams } from '../src/services/search/search.service.ts';
import { payloadOf } from '../src/domain/events.ts';
import { validate } from '../src/services/validate.ts';
import { FEED_ITEMS, feedModel } from '../src/site/feed-model.tsx';
import { paths } from '../src/site/urls.ts';
import type { DB } from '../src/storage/schema.ts';
import { BenchError, fixed, intFromEnv, table } from './lib.ts';

const WARMUP_QUERIES = 30;
const FEED_RUNS = 50;
const FEED_WARMUP_RUNS = 3;
/** Articles written both through ArticleWriter.create and through the batched path, then compared. */
const EQUIVALENCE_ARTICLES = 60;
/** Single `writer.create` calls timed on the full corpus, after everything else. */
const WRITER_RUNS = 5;
/** Per-statement limit sent to PostgreSQL (SQLite statements cannot be interrupted). */
const PG_STATEMENT_TIMEOUT_MS = 300_000;
/** Published dates are spread over the three years before this instant. */
const CORPUS_END = Date.UTC(2025, 11, 1);
const CORPUS_SPAN_MS = 3 * 365 * 24 * 3600 * 1000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness: the same seed gives the same corpus, ids, query order and lookups.

type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Version 4 UUIDs from the seeded generator, so a run's ids are reproducible too. */
function seededUuids(seed: number): IdGenerator {
  const r = rng(seed);
  return () => {
    const bytes = Array.from({ length: 16 }, () => Math.floor(r() * 256));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Picks from a list with Zipf-like weights: the first entries are by far the most frequent. */
function zipf<T>(list: readonly T[], exponent = 1, offset = 2.7): (r: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  list.forEach((_, i) => {
    total += 1 / (i + offset) ** exponent;
    cumulative.push(total);
  });
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

// ---------------------------------------------------------------------------------------------
// Corpus vocabulary. Word lists are ordered roughly by how common the word is in news copy.

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

const AUTHORS: Record<'en' | 'ru' | 'az', string[]> = {
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

interface SectionSpec {
  slug: string;
  name: string;
  names: Record<string, { name: string }>;
  weight: number;
}

const SECTIONS: SectionSpec[] = [
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

interface PreparedVocabulary {
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
function prepare(language: 'en' | 'ru' | 'az', seed: number): PreparedVocabulary {
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

const capitalise = (s: string, language: string): string =>
  s.charAt(0).toLocaleUpperCase(language) + s.slice(1);
const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Generates article inputs, exactly as an importer would hand them to ArticleWriter.create. */
class CorpusGenerator {
  private readonly r: Rng;
  private readonly vocab: Record<'en' | 'ru' | 'az', PreparedVocabulary>;
  private readonly section: (r: Rng) => string;
  private serial = 0;
  wordsGenerated = 0;

  constructor(seed: number) {
    this.r = rng(seed);
    this.vocab = { en: prepare('en', seed + 11), ru: prepare('ru', seed + 12), az: prepare('az', seed + 13) };
    const bag = SECTIONS.flatMap((s) => Array.from({ length: s.weight }, () => s.slug));
    this.section = (r) => pick(r, bag);
  }

  /** One token: function words, the long tail, common content words, names, numbers, set phrases, rare words. */
  private token(v: PreparedVocabulary): string {
    const x = this.r();
    if (x < 0.0003) return pick(this.r, v.rare);
    if (x < 0.0203) return v.name(this.r);
    if (x < 0.0243) return v.collocation(this.r);
    if (x < 0.0443) return String(this.r() < 0.2 ? int(this.r, 2015, 2025) : int(this.r, 1, 100));
    if (x < 0.0913) return v.content(this.r);
    if (x < 0.4913) return v.fn(this.r);
    return v.tail(this.r);
  }

  private sentence(v: PreparedVocabulary, min: number, max: number): string {
    const target = int(this.r, min, max);
    const parts: string[] = [];
    let n = 0;
    while (n < target) {
      let t = this.token(v);
      n += countWords(t);
      if (parts.length > 2 && n < target && this.r() < 0.07) t += ',';
      parts.push(t);
    }
    return `${capitalise(parts.join(' '), v.language)}.`;
  }

  private headline(v: PreparedVocabulary): string {
    const target = int(this.r, 6, 12);
    const parts: string[] = [];
    let n = 0;
    while (n < target) {
      const x = this.r();
      const t =
        x < 0.1
          ? v.name(this.r)
          : x < 0.15
            ? v.collocation(this.r)
            : x < 0.3
              ? v.fn(this.r)
              : x < 0.5
                ? v.tail(this.r)
                : v.headlineContent(this.r);
      if (n + countWords(t) > 12) continue;
      parts.push(t);
      n += countWords(t);
    }
    return capitalise(parts.join(' '), v.language);
  }

  private paragraph(v: PreparedVocabulary): { block: Block; words: number } {
    const text = Array.from({ length: int(this.r, 2, 4) }, () => this.sentence(v, 8, 24)).join(' ');
    const words = countWords(text);
    if (this.r() < 0.08) {
      // A link in the middle of the paragraph, as edited copy has.
      const cut = text.indexOf(' ', Math.floor(text.length / 2));
      const next = cut === -1 ? -1 : text.indexOf(' ', cut + 1);
      if (cut > 0 && next > cut) {
        const content: Inline[] = [
          { text: text.slice(0, cut + 1) },
          { text: text.slice(cut + 1, next), href: `https://example.com/source/${this.serial}` },
          { text: text.slice(next) },
        ];
        return { block: { type: 'paragraph', content }, words };
      }
    }
    return { block: { type: 'paragraph', content: [{ text }] }, words };
  }

  private body(v: PreparedVocabulary): { body: Block[]; words: number } {
    const target = int(this.r, 150, 600);
    const body: Block[] = [];
    let words = 0;
    if (this.r() < 0.3) {
      const caption = this.sentence(v, 5, 12);
      body.push({
        type: 'image',
        src: `/media/bench/${this.serial}.jpg`,
        alt: caption,
        caption,
        credit: pick(this.r, v.outlets),
      });
      words += countWords(caption);
    }
    while (words < target) {
      const x = this.r();
      if (body.length > 1 && x < 0.06) {
        const text = this.headline(v)
          .split(' ')
          .slice(0, int(this.r, 3, 6))
          .join(' ');
        body.push({ type: 'heading', level: 2, content: [{ text }] });
        words += countWords(text);
      } else if (body.length > 1 && x < 0.12) {
        const text = this.sentence(v, 10, 22);
        body.push({ type: 'quote', content: [{ text }], cite: v.name(this.r) });
        words += countWords(text);
      } else if (body.length > 1 && x < 0.15) {
        const items = Array.from({ length: int(this.r, 3, 5) }, () => [{ text: this.sentence(v, 3, 8) }]);
        body.push({ type: 'list', ordered: this.r() < 0.3, items });
        words += items.reduce((n, i) => n + countWords(i[0]!.text), 0);
      } else {
        const p = this.paragraph(v);
        body.push(p.block);
        words += p.words;
      }
    }
    return { body, words };
  }

  next(): NewArticleInput {
    this.serial++;
    const x = this.r();
    const language = x < 0.7 ? 'en' : x < 0.85 ? 'ru' : 'az';
    const v = this.vocab[language];
    const headline = this.headline(v);
    const standfirst = this.r() < 0.8 ? this.sentence(v, 14, 28) : null;
    const { body, words } = this.body(v);
    this.wordsGenerated += words;
    const published = this.r() >= 0.03;
    const tagCount = int(this.r, 0, 3);
    const tags = Array.from({ length: tagCount }, () => pick(this.r, v.tags));
    const authors = [{ name: pick(this.r, AUTHORS[language]) }];
    if (this.r() < 0.15) authors.push({ name: pick(this.r, AUTHORS[language]) });
    const sources =
      this.r() < 0.2
        ? [{ outlet: pick(this.r, v.outlets), citing: this.r() < 0.3 ? 'local media' : null }]
        : [];
    return {
      language,
      headline,
      standfirst,
      body,
      sectionSlug: this.section(this.r),
      tags,
      authors,
      sources,
      status: published ? 'published' : 'draft',
      breaking: published && this.r() < 0.01,
      publishedAt: published ? new Date(CORPUS_END - Math.floor(this.r() * CORPUS_SPAN_MS)) : null,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Batched writing: the pieces of ArticleWriter.create, many articles per transaction.

interface WriteState {
  newId: IdGenerator;
  clock: Clock;
  kind: 'sqlite' | 'postgres';
  /** "language/slug" of every article written; the database started without articles. */
  slugs: Set<string>;
  sections: Map<string, string>;
  tags: Map<string, string>;
  people: Map<string, string>;
}

/**
 * Writes an index row with SearchIndex.upsert itself (on SQLite it finds rows by an indexed
 * rowid map since migration 0011, so it no longer slows down as the corpus grows).
 */
async function writeIndexRow(index: SearchIndex, doc: SearchDocument): Promise<void> {
  return index.upsert(doc);
}

/**
 * The steps of ArticleWriter.create for each input, in the same order (so ids are drawn in the
 * same order): validation, slug, tags, authors, the article, its `article.published` outbox
 * event, its index row. Section, tag and person lookups are remembered across articles and the
 * slug check is answered from memory; a batch is one transaction.
 */
async function writeBatch(c: Container, st: WriteState, inputs: NewArticleInput[]): Promise<string[]> {
  const ids: string[] = [];
  await c.store.transaction(async (repos) => {
    for (const input of inputs) {
      const a = validate(newArticleSchema, input);
      if (!c.site.isLanguage(a.language)) throw new BenchError(`language ${a.language} is not enabled`);
      if (a.status === 'published' && !a.publishedAt) a.publishedAt = st.clock.now();
      const now = st.clock.now();
      const id = st.newId();
      let sectionId = st.sections.get(a.sectionSlug);
      if (!sectionId) {
        const section = await repos.sections.findBySlug(a.sectionSlug);
        if (!section) throw new BenchError(`section ${a.sectionSlug} does not exist`);
        sectionId = section.id;
        st.sections.set(a.sectionSlug, sectionId);
      }
      if (a.translationGroupId || a.slug)
        throw new BenchError('the generator sets no translation group or slug');
      const base = slugify(a.headline);
      if (!base) throw new BenchError(`headline without a slug: ${a.headline}`);
      const slug = await uniqueSlug(base, async (s) => st.slugs.has(`${a.language}/${s}`));
      st.slugs.add(`${a.language}/${slug}`);
      const tagIds: string[] = [];
      for (const name of a.tags) {
        const key = `${a.language}\u0000${name}`;
        let tagId = st.tags.get(key);
        if (!tagId) {
          tagId = (await c.taxonomy.tagByName(repos, name, a.language)).id;
          st.tags.set(key, tagId);
        }
        if (!tagIds.includes(tagId)) tagIds.push(tagId);
      }
      const authorIds: string[] = [];
      for (const author of a.authors) {
        let personId = st.people.get(author.name);
        if (!personId) {
          personId = (await c.taxonomy.personByName(repos, author)).id;
          st.people.set(author.name, personId);
        }
        if (!authorIds.includes(personId)) authorIds.push(personId);
      }
      const bodyText = bodyToPlainText(a.body);
      await repos.articles.insert({
        id,
        featuredImage: null,
        ownerId: null,
        translationGroupId: st.newId(),
        language: a.language,
        slug,
        sectionId,
        headline: a.headline,
        standfirst: a.standfirst || null,
        body: a.body,
        bodyText,
        status: a.status,
        breaking: a.breaking,
        createdAt: now,
        publishedAt: a.publishedAt,
        updatedAt: a.updatedAt,
        modifiedAt: now,
        tagIds,
        authorIds,
        sources: a.sources.map((s) => ({ ...s, id: st.newId() })),
        corrections: a.corrections.map((x) => ({ ...x, id: st.newId() })),
      });
      if (a.status === 'published') {
        const stored = await repos.articles.findById(id);
        if (!stored) throw new BenchError(`article ${id} vanished after insert`);
        await repos.outbox.add({
          id: st.newId(),
          type: 'article.published',
          occurredAt: st.clock.now(),
          article: payloadOf(stored),
        });
      }
      await writeIndexRow(repos.search, {
        articleId: id,
        language: a.language,
        headline: a.headline,
        standfirst: a.standfirst,
        body: bodyText,
      });
      ids.push(id);
    }
  });
  return ids;
}

function newWriteState(c: Container, newId: IdGenerator): WriteState {
  return {
    newId,
    clock: c.clock,
    kind: c.database.kind,
    slugs: new Set(),
    sections: new Map(),
    tags: new Map(),
    people: new Map(),
  };
}

async function ensureSections(c: Container): Promise<void> {
  for (const [position, s] of SECTIONS.entries()) {
    if (await c.taxonomy.section(s.slug)) continue;
    await c.taxonomy.createSection({ slug: s.slug, name: s.name, names: s.names, position });
  }
}

const sqliteConfig = (filename: string): Config => ({
  port: 0,
  host: '127.0.0.1',
  database: { kind: 'sqlite', filename },
  site: { baseUrl: 'http://news.bench', timeZone: 'Asia/Baku' },
  demo: false,
  logLevel: 'silent',
  trustProxy: false,
});

/**
 * Writes the same articles through ArticleWriter.create into one SQLite database and through
 * the batched path into another, with the same clock and id sequence, and compares every table
 * row by row (the full-text index included). Returns the tables that differ.
 */
async function checkEquivalence(
  seed: number,
): Promise<{ tables: number; rows: number; differing: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-check-'));
  const fixedClock: Clock = { now: () => new Date('2025-12-01T09:00:00.000Z') };
  const containers: Container[] = [];
  try {
    const open = async (name: string) => {
      const newId = seededUuids(seed);
      const c = await createContainer(sqliteConfig(join(dir, `${name}.sqlite`)), {
        clock: fixedClock,
        newId,
      });
      containers.push(c);
      await ensureSections(c);
      return { c, newId };
    };
    const writer = await open('writer');
    const batched = await open('batched');
    const genA = new CorpusGenerator(seed);
    const genB = new CorpusGenerator(seed);
    for (let i = 0; i < EQUIVALENCE_ARTICLES; i++) await writer.c.writer.create(genA.next());
    const st = newWriteState(batched.c, batched.newId);
    for (let done = 0; done < EQUIVALENCE_ARTICLES; done += 25) {
      const inputs = Array.from({ length: Math.min(25, EQUIVALENCE_ARTICLES - done) }, () => genB.next());
      await writeBatch(batched.c, st, inputs);
    }
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'kysely_%' and name not like 'sqlite_%' order by name`.execute(
      writer.c.database.db,
    );
    const differing: string[] = [];
    let rows = 0;
    // The FTS5 segment b-tree (article_search_data, _idx) is laid out per transaction, so it differs
    // between one transaction per article and one per batch; its logical content (the documents,
    // their token counts) is compared instead, and FTS5 checks the index against the documents.
    const layout = new Set(['article_search_data', 'article_search_idx']);
    await sql`insert into article_search (article_search) values ('integrity-check')`.execute(
      batched.c.database.db,
    );
    for (const { name } of tables.rows.filter((t) => !layout.has(t.name))) {
      // FTS5 keeps some shadow tables WITHOUT ROWID: those are compared in sorted order.
      const dump = async (db: Kysely<DB>) => {
        try {
          return JSON.stringify(
            (await sql`select rowid as _rowid, * from ${sql.table(name)} order by rowid`.execute(db)).rows,
          );
        } catch {
          const rows = (await sql`select * from ${sql.table(name)}`.execute(db)).rows.map((r) =>
            JSON.stringify(r),
          );
          return `[${rows.sort().join(',')}]`;
        }
      };
      const [x, y] = await Promise.all([dump(writer.c.database.db), dump(batched.c.database.db)]);
      if (x !== y) differing.push(name);
      rows += (JSON.parse(x) as unknown[]).length;
    }
    const articles = await writer.c.store.repos.articles.count();
    if (articles !== EQUIVALENCE_ARTICLES)
      throw new BenchError(`equivalence check wrote ${articles} articles`);
    return { tables: tables.rows.length - layout.size, rows, differing };
  } finally {
    for (const c of containers) await c.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The query mix.

type QueryKind =
  | 'en 1 word common'
  | 'en 1 word rare'
  | 'en 2-3 words'
  | 'en "phrase"'
  | 'en prefix typing'
  | 'en + section'
  | 'en + date range'
  | 'ru'
  | 'az'
  | 'az no diacritics';

/** A trailing space marks a finished word; a query ending mid-word searches its last word as a prefix. */
const QUERY_MIX: Record<QueryKind, SearchParams[]> = {
  'en 1 word common': ['government ', 'minister ', 'president ', 'security ', 'police ', 'economy '].map(
    (q) => ({ q, language: 'en' }),
  ),
  'en 1 word rare': [
    'zeppelin ',
    'saffron ',
    'glacier ',
    'astrolabe ',
    'caravanserai ',
    'sturgeon ',
    'petroglyph ',
    'falconry ',
  ].map((q) => ({
    q,
    language: 'en',
  })),
  'en 2-3 words': [
    'oil prices ',
    'border security talks ',
    'central bank inflation ',
    'embassy drones ',
    'football coach season ',
    'harvest farmers grain ',
  ].map((q) => ({ q, language: 'en' })),
  'en "phrase"': [
    '"prime minister"',
    '"central bank"',
    '"air defence systems"',
    '"peace talks"',
    '"climate change"',
    '"press conference"',
  ].map((q) => ({
    q,
    language: 'en',
  })),
  'en prefix typing': ['gov', 'minis', 'secu', 'electi', 'oil pri', 'embassy dro', 'infl', 'pre', 'zepp'].map(
    (q) => ({ q, language: 'en' }),
  ),
  'en + section': [
    { q: 'minister ', language: 'en', section: 'economy' },
    { q: 'talks ', language: 'en', section: 'politics' },
    { q: 'match ', language: 'en', section: 'sport' },
    { q: 'festival ', language: 'en', section: 'culture' },
    { q: 'security ', language: 'en', section: 'world' },
  ],
  'en + date range': [
    { q: 'election ', language: 'en', from: '2025-06-01', to: '2025-06-30' },
    { q: 'oil prices ', language: 'en', from: '2024-01-01', to: '2024-03-31' },
    { q: 'government ', language: 'en', from: '2025-11-01', to: '2025-11-30' },
    { q: 'summit ', language: 'en', from: '2023-12-01', to: '2024-12-31' },
  ],
  ru: [
    'правительство ',
    'переговоры о мире ',
    'посольства ',
    '"центральный банк"',
    'нефт',
    'ракеты удар ',
    'ёлка ',
  ].map((q) => ({ q, language: 'ru' })),
  az: ['hökumət ', 'Əliyev ', 'iqtisadiyyat ', 'səfirlik ', '"sülh danışıqları"', 'Şuşa festival '].map(
    (q) => ({ q, language: 'az' }),
  ),
  'az no diacritics': [
    'hokumet ',
    'eliyev ',
    'sefirlik ',
    'susa festival ',
    'muzey serg',
    'xezer denizi ',
  ].map((q) => ({ q, language: 'az' })),
};
const KINDS = Object.keys(QUERY_MIX) as QueryKind[];

/** Query kinds in round-robin order, each kind's query picked by the seeded generator. */
function querySequence(r: Rng, count: number): { kind: QueryKind; params: SearchParams }[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    return { kind, params: pick(r, QUERY_MIX[kind]) };
  });
}

/** Wraps the index to time its part (the MATCH/@@ query and the count) of each search. */
function timedIndex(inner: SearchIndex, sink: { ms: number }): SearchIndex {
  return {
    upsert: (doc) => inner.upsert(doc),
    remove: (id) => inner.remove(id),
    unindexed: (limit) => inner.unindexed(limit),
    search: async (query, filter, limit, offset) => {
      const t = performance.now();
      try {
        return await inner.search(query, filter, limit, offset);
      } finally {
        sink.ms += performance.now() - t;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics and output.

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles, in milliseconds. */
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
  return {
    n: s.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: s[s.length - 1] ?? Number.NaN,
    mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : Number.NaN,
  };
}

const ms = (n: number): string => fixed(n, n < 10 ? 2 : 1);
const round3 = (n: number): number => Math.round(n * 1000) / 1000;
const roundStats = (s: Stats): Stats => ({
  n: s.n,
  p50: round3(s.p50),
  p95: round3(s.p95),
  p99: round3(s.p99),
  max: round3(s.max),
  mean: round3(s.mean),
});

// ---------------------------------------------------------------------------------------------
// The database to run against.

/** PostgreSQL must be empty: no tables, or Newsdesk's tables without articles. */
async function requireEmptyPostgres(connectionString: string): Promise<void> {
  const name = decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, ''));
  if (name === '' || name === 'postgres' || name.startsWith('template')) {
    throw new BenchError(
      `refusing to use the database "${name || '(default)'}": create an empty, throwaway database for the benchmark`,
    );
  }
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const t = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    const names = new Set(t.rows.map((r) => r.table_name));
    if (names.size === 0) return;
    if (!names.has('kysely_migration') || !names.has('articles')) {
      throw new BenchError(
        `refusing to use a database that holds ${names.size} tables and is not a Newsdesk database: ` +
          'point DATABASE_URL at an empty, throwaway database',
      );
    }
    const n = await client.query<{ n: string }>('select count(*) as n from articles');
    const count = Number(n.rows[0]?.n ?? 0);
    if (count > 0) {
      throw new BenchError(
        `refusing to use a database that already holds ${count} articles: ` +
          'point DATABASE_URL at an empty, throwaway database (the benchmark adds its own corpus)',
      );
    }
  } finally {
    await client.end();
  }
}

/** Adds a per-statement time limit to a PostgreSQL URL unless it already sets server options. */
function withStatementTimeout(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('options'))
    u.searchParams.set('options', `-c statement_timeout=${PG_STATEMENT_TIMEOUT_MS}`);
  return u.toString();
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function databaseBytes(c: Container, database: DatabaseConfig): Promise<number> {
  if (database.kind === 'sqlite') {
    const f = database.filename;
    return (await fileSize(f)) + (await fileSize(`${f}-wal`));
  }
  const r = await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(c.database.db);
  return Number(r.rows[0]?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Feeds, built by the same functions the feed route uses.

// ---------------------------------------------------------------------------------------------

let interrupted = false;

async function main(): Promise<number> {
  const articleCount = intFromEnv('BENCH_ARTICLES', 100_000, 1000, 2_000_000);
  const queryCount = intFromEnv('BENCH_QUERIES', 600, 300, 100_000);
  const batchSize = intFromEnv('BENCH_BATCH', 1000, 1, 10_000);
  const seed = intFromEnv('BENCH_SEED', 20251201, 0, 2 ** 31 - 1);
  const timeoutMinutes = intFromEnv('BENCH_TIMEOUT_MINUTES', 60, 1, 24 * 60);
  const startedAt = new Date();
  const deadline = performance.now() + timeoutMinutes * 60_000;
  const cpuList = cpus();
  const environment = {
    date: startedAt.toISOString(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cpuCount: cpuList.length,
  };

  let tempDir: string | undefined;
  let container: Container | undefined;
  const onSigint = (): void => {
    interrupted = true;
    console.log('\ninterrupted: stopping after the current step and cleaning up');
  };
  process.on('SIGINT', onSigint);
  // A last resort in case a step overruns the deadline by far (SQLite statements cannot be stopped).
  const watchdog = setTimeout(
    () => {
      console.log(`watchdog: still running ${timeoutMinutes} min + 2 min after the start; exiting`);
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      process.exit(1);
    },
    timeoutMinutes * 60_000 + 120_000,
  );
  watchdog.unref();
  /** Called between steps: stops on Ctrl-C or when the time budget is spent. */
  const checkpoint = async (step: string): Promise<void> => {
    // better-sqlite3 answers synchronously, so a loop of queries never returns to the event loop
    // by itself; yielding here lets Ctrl-C and the watchdog be seen.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (interrupted) throw new BenchError('interrupted');
    if (performance.now() > deadline) {
      throw new BenchError(
        `time budget of ${timeoutMinutes} min (BENCH_TIMEOUT_MINUTES) spent during ${step}`,
      );
    }
  };

  try {
    let database: DatabaseConfig;
    const databaseUrl = process.env.DATABASE_URL?.trim();
    if (databaseUrl) {
      database = parseDatabaseUrl(databaseUrl);
      if (database.kind === 'postgres') {
        await requireEmptyPostgres(database.connectionString);
        database = { kind: 'postgres', connectionString: withStatementTimeout(database.connectionString) };
      } else if (database.filename === ':memory:' || (await fileSize(database.filename)) > 0) {
        throw new BenchError('DATABASE_URL: give a PostgreSQL URL, or a SQLite file that does not exist yet');
      }
    } else {
      tempDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-search-'));
      database = { kind: 'sqlite', filename: join(tempDir, 'bench.sqlite') };
    }

    console.log('Newsdesk search benchmark (figures are printed, not asserted)');
    console.log(`date        ${environment.date}`);
    console.log(`node        ${environment.node} on ${environment.platform}`);
    console.log(`cpu         ${environment.cpuModel} × ${environment.cpuCount}`);
    console.log(`database    ${database.kind}${databaseUrl ? ' (DATABASE_URL)' : ' (temporary file)'}`);
    console.log(
      `settings    ${articleCount} articles, ${batchSize} per transaction, ${queryCount} queries ` +
        `after ${WARMUP_QUERIES} warm-up, seed ${seed}, time budget ${timeoutMinutes} min`,
    );

    // 0. The batched path must write what ArticleWriter.create writes.
    const eq = await checkEquivalence(seed);
    console.log(
      `equivalence ${EQUIVALENCE_ARTICLES} articles via writer.create vs the batched path (SQLite): ` +
        (eq.differing.length
          ? `DIFFERENT in ${eq.differing.join(', ')}`
          : `identical rows in ${eq.tables} tables (${eq.rows} rows), FTS5 integrity-check passed`),
    );
    if (eq.differing.length)
      throw new BenchError(`batched writes differ from ArticleWriter.create in: ${eq.differing.join(', ')}`);
    await checkpoint('the equivalence check');

    // 1. The corpus.
    const newId = seededUuids(seed + 1);
    container = await createContainer({ ...sqliteConfig(''), database }, { newId });
    const c = container;
    const existing = await c.store.repos.articles.count();
    if (existing > 0)
      throw new BenchError(`refusing to use a database that already holds ${existing} articles`);
    await ensureSections(c);
    const st = newWriteState(c, newId);
    const gen = new CorpusGenerator(seed);
    const ids: string[] = [];
    const byLanguage: Record<string, number> = {};
    const buildStart = performance.now();
    let nextReport = articleCount / 10;
    while (ids.length < articleCount) {
      await checkpoint('the corpus build');
      const inputs = Array.from({ length: Math.min(batchSize, articleCount - ids.length) }, () => gen.next());
      for (const i of inputs) byLanguage[i.language] = (byLanguage[i.language] ?? 0) + 1;
      ids.push(...(await writeBatch(c, st, inputs)));
      if (ids.length >= nextReport || ids.length === articleCount) {
        const s = (performance.now() - buildStart) / 1000;
        console.log(
          `corpus      ${ids.length}/${articleCount}  ${fixed(s, 1)} s  ${fixed(ids.length / s, 0)} articles/s`,
        );
        nextReport += articleCount / 10;
      }
    }
    const buildSeconds = (performance.now() - buildStart) / 1000;
    const [stored, indexed] = await Promise.all([
      c.store.repos.articles.count(),
      sql<{ n: number | string }>`select count(*) as n from article_search`.execute(c.database.db),
    ]);
    const indexedCount = Number(indexed.rows[0]?.n ?? 0);
    if (stored !== articleCount || indexedCount !== articleCount) {
      throw new BenchError(
        `expected ${articleCount} articles and index rows, found ${stored} and ${indexedCount}`,
      );
    }
    let analyzeSeconds = 0;
    if (database.kind === 'postgres') {
      // What autovacuum would do shortly after a bulk load; the steady state is what is measured.
      const t = performance.now();
      await sql`analyze`.execute(c.database.db);
      analyzeSeconds = (performance.now() - t) / 1000;
    }
    const dbBytes = await databaseBytes(c, database);
    const corpus = {
      articles: articleCount,
      byLanguage,
      published: Object.fromEntries(
        await Promise.all(
          ['en', 'ru', 'az'].map(async (language) => [
            language,
            await c.store.repos.listings.countPublished({ language }),
          ]),
        ),
      ) as Record<string, number>,
      bodyWords: gen.wordsGenerated,
      meanBodyWords: Math.round(gen.wordsGenerated / articleCount),
      buildSeconds: round3(buildSeconds),
      articlesPerSecond: Math.round(articleCount / buildSeconds),
      analyzeSeconds: round3(analyzeSeconds),
      databaseBytes: dbBytes,
    };
    console.log(
      `corpus      built in ${fixed(buildSeconds, 1)} s (${corpus.articlesPerSecond} articles/s); ` +
        `${Object.entries(byLanguage)
          .map(([l, n]) => `${l} ${n}`)
          .join(
            ', ',
          )}; ${corpus.meanBodyWords} body words on average; database ${fixed(dbBytes / 1e6, 0)} MB` +
        (analyzeSeconds ? `; ANALYZE ${fixed(analyzeSeconds, 1)} s` : ''),
    );

    // 2. Search latency.
    const indexTime = { ms: 0 };
    const search = new SearchService(
      { ...c.store, repos: { ...c.store.repos, search: timedIndex(c.store.repos.search, indexTime) } },
      c.site,
      c.taxonomy,
    );
    const queryRng = rng(seed + 2);
    for (const { params } of querySequence(queryRng, WARMUP_QUERIES)) {
      await checkpoint('the search warm-up');
      await search.search(params);
    }
    const perKind = new Map<
      QueryKind,
      { ms: number[]; indexMs: number[]; totals: number[]; items: number[] }
    >();
    const all = {
      ms: [] as number[],
      indexMs: [] as number[],
      totals: [] as number[],
      items: [] as number[],
    };
    const searchStart = performance.now();
    let done = 0;
    for (const { kind, params } of querySequence(queryRng, queryCount)) {
      await checkpoint('the search queries');
      if (done > 0 && done % Math.ceil(queryCount / 5) === 0) {
        console.log(
          `search      ${done}/${queryCount}  ${fixed((performance.now() - searchStart) / 1000, 1)} s`,
        );
      }
      done++;
      indexTime.ms = 0;
      const t = performance.now();
      const result = await search.search(params);
      const elapsed = performance.now() - t;
      if (result.query.problem || result.unknownFilter) {
        throw new BenchError(
          `query ${JSON.stringify(params)} was not searched (${result.query.problem ?? 'unknown filter'})`,
        );
      }
      const k = perKind.get(kind) ?? { ms: [], indexMs: [], totals: [], items: [] };
      perKind.set(kind, k);
      for (const target of [k, all]) {
        target.ms.push(elapsed);
        target.indexMs.push(indexTime.ms);
        target.totals.push(result.total);
        target.items.push(result.items.length);
      }
    }
    const searchSeconds = (performance.now() - searchStart) / 1000;
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
    const summarise = (kind: string, k: typeof all) => ({
      kind,
      latencyMs: roundStats(stats(k.ms)),
      indexMs: roundStats(stats(k.indexMs)),
      meanTotal: Math.round(mean(k.totals) * 10) / 10,
      meanItems: Math.round(mean(k.items) * 10) / 10,
      zeroResults: k.totals.filter((n) => n === 0).length,
    });
    const searchResults = [
      ...KINDS.filter((kind) => perKind.has(kind)).map((kind) => summarise(kind, perKind.get(kind)!)),
      summarise('overall', all),
    ];

    // 3. Baseline: one article by id through the repository, random ids, as many lookups as queries.
    const idRng = rng(seed + 3);
    for (let i = 0; i < WARMUP_QUERIES; i++) await c.store.repos.articles.findById(pick(idRng, ids));
    const lookupMs: number[] = [];
    for (let i = 0; i < queryCount; i++) {
      await checkpoint('the id lookups');
      const id = pick(idRng, ids);
      const t = performance.now();
      const a = await c.store.repos.articles.findById(id);
      lookupMs.push(performance.now() - t);
      if (!a) throw new BenchError(`article ${id} not found by id`);
    }
    const baseline = roundStats(stats(lookupMs));

    // 4. The largest feed: the site-wide English feed, FEED_ITEMS (50) items, full text.
    const feedSamples = {
      recent: [] as number[],
      model: [] as number[],
      rss: [] as number[],
      atom: [] as number[],
      json: [] as number[],
    };
    const feedBytes = { rss: 0, atom: 0, json: 0 };
    let feedItems = 0;
    for (let run = 0; run < FEED_WARMUP_RUNS + FEED_RUNS; run++) {
      await checkpoint('the feed runs');
      const t0 = performance.now();
      const articles = await c.reader.recent({ language: 'en' }, FEED_ITEMS);
      const t1 = performance.now();
      const model = feedModel(c.site.settings(), articles, 'en', c.site.settings().name, paths.front('en'));
      const t2 = performance.now();
      const outRss = rss(model);
      const t3 = performance.now();
      const outAtom = atom(model);
      const t4 = performance.now();
      const outJson = jsonFeed(model);
      const t5 = performance.now();
      if (run < FEED_WARMUP_RUNS) continue;
      feedSamples.recent.push(t1 - t0);
      feedSamples.model.push(t2 - t1);
      feedSamples.rss.push(t3 - t2);
      feedSamples.atom.push(t4 - t3);
      feedSamples.json.push(t5 - t4);
      feedItems = model.items.length;
      feedBytes.rss = Buffer.byteLength(outRss);
      feedBytes.atom = Buffer.byteLength(outAtom);
      feedBytes.json = Buffer.byteLength(outJson);
    }
    if (feedItems !== FEED_ITEMS)
      throw new BenchError(`the English feed has ${feedItems} items, expected ${FEED_ITEMS}`);
    const sum = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
    const common = sum(feedSamples.recent, feedSamples.model);
    const feed = {
      items: feedItems,
      fullText: c.site.settings().feedFullText,
      recentMs: roundStats(stats(feedSamples.recent)),
      modelMs: roundStats(stats(feedSamples.model)),
      formats: (['rss', 'atom', 'json'] as const).map((format) => ({
        format,
        renderMs: roundStats(stats(feedSamples[format])),
        totalMs: roundStats(stats(sum(common, feedSamples[format]))),
        bytes: feedBytes[format],
      })),
    };

    // 5. For scale: single ArticleWriter.create calls on the full corpus (after all measurements).
    const writerMs: number[] = [];
    for (let i = 0; i < WRITER_RUNS; i++) {
      await checkpoint('the writer.create runs');
      const input = gen.next();
      const t = performance.now();
      await c.writer.create(input);
      writerMs.push(performance.now() - t);
    }
    const writer = roundStats(stats(writerMs));

    // Output.
    const rows: string[][] = [
      [
        'query kind',
        'n',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'index p50',
        'index p95',
        'mean hits',
        'zero',
      ],
    ];
    for (const r of searchResults) {
      rows.push([
        r.kind,
        String(r.latencyMs.n),
        ms(r.latencyMs.p50),
        ms(r.latencyMs.p95),
        ms(r.latencyMs.p99),
        ms(r.latencyMs.max),
        ms(r.indexMs.p50),
        ms(r.indexMs.p95),
        fixed(r.meanTotal, 1),
        String(r.zeroResults),
      ]);
    }
    rows.push([
      'baseline: findById',
      String(baseline.n),
      ms(baseline.p50),
      ms(baseline.p95),
      ms(baseline.p99),
      ms(baseline.max),
      '',
      '',
      '1.0',
      '0',
    ]);
    console.log('');
    console.log(table(rows, new Set([1, 2, 3, 4, 5, 6, 7, 8, 9])));
    console.log(
      `search: SearchService.search, page 1 of 10; "index" is the SearchIndex.search part (MATCH/@@ query + count), ` +
        `the rest is parsing, filters, summaries and snippets. hits = total matches. ${fixed(searchSeconds, 1)} s in all`,
    );
    const slow = searchResults
      .filter((r) => r.kind !== 'overall' && r.latencyMs.p95 > 200)
      .map((r) => r.kind);
    if (slow.length) console.log(`slow (p95 over 200 ms): ${slow.join(', ')}`);
    console.log(
      `ratio: overall search p50 / findById p50 = ${fixed(searchResults.at(-1)!.latencyMs.p50 / baseline.p50, 1)}`,
    );

    const feedRows: string[][] = [['feed /en/ (50 items)', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'bytes']];
    feedRows.push([
      'reader.recent(en, 50)',
      String(feed.recentMs.n),
      ms(feed.recentMs.p50),
      ms(feed.recentMs.p95),
      ms(feed.recentMs.max),
      '',
    ]);
    feedRows.push([
      'FeedModel (items + HTML)',
      String(feed.modelMs.n),
      ms(feed.modelMs.p50),
      ms(feed.modelMs.p95),
      ms(feed.modelMs.max),
      '',
    ]);
    for (const f of feed.formats) {
      feedRows.push([
        `render ${f.format}`,
        String(f.renderMs.n),
        ms(f.renderMs.p50),
        ms(f.renderMs.p95),
        ms(f.renderMs.max),
        String(f.bytes),
      ]);
    }
    for (const f of feed.formats) {
      feedRows.push([
        `total ${f.format}`,
        String(f.totalMs.n),
        ms(f.totalMs.p50),
        ms(f.totalMs.p95),
        ms(f.totalMs.max),
        '',
      ]);
    }
    console.log('');
    console.log(table(feedRows, new Set([1, 2, 3, 4, 5])));
    console.log(
      'feed: the model is built by feedModel() of src/site/feed-model.tsx, as the feed route does; ' +
        'total = recent + model + render, as one feed request does (HTTP not included)',
    );
    console.log('');
    console.log(
      `writer.create on the full corpus (${WRITER_RUNS} single articles): p50 ${ms(writer.p50)} ms, max ${ms(writer.max)} ms`,
    );

    const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `search-${startedAt.toISOString().replace(/:/g, '-')}.json`);
    const report = {
      benchmark: 'search',
      environment,
      settings: {
        articles: articleCount,
        queries: queryCount,
        warmupQueries: WARMUP_QUERIES,
        batchSize,
        seed,
        timeoutMinutes,
        database: database.kind,
        databaseFromEnv: Boolean(databaseUrl),
      },
      equivalence: { articles: EQUIVALENCE_ARTICLES, ...eq },
      corpus,
      queryMix: QUERY_MIX,
      search: searchResults,
      baseline: { operation: 'store.repos.articles.findById(random id)', latencyMs: baseline },
      feed,
      writerCreate: { runs: WRITER_RUNS, latencyMs: writer },
      notes: [
        database.kind === 'sqlite'
          ? 'SQLite index rows are written with SqliteSearchIndex.upsert; the equivalence check verifies identical rows'
          : 'PostgreSQL index rows are written with PostgresSearchIndex.upsert',
        'feed models are built by feedModel() of src/site/feed-model.tsx, the function the feed route uses',
      ],
      ok: true,
    };
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nresults     ${file}`);
    return 0;
  } finally {
    clearTimeout(watchdog);
    process.off('SIGINT', onSigint);
    if (container) {
      try {
        await container.close();
      } catch (e) {
        console.log(`cleanup: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const detail =
      e instanceof BenchError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    console.log(`benchmark failed: ${detail}`);
    process.exitCode = 1;
  },
);
