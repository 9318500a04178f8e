/**
 * Azerbaijani demo articles for an empty site.
 *
 * Original, fictional wire-style copy written for the demo: officials, athletes, experts and
 * outlets are invented; real places are used only as settings. The slot 2025-11-21 12:00 Baku
 * time belongs to the seed article and is not used here.
 */
import type { NewArticleInput } from '../../domain/article.ts';
import type { Block, Inline } from '../../domain/body.ts';

export interface LocalDemoArticle extends Omit<
  NewArticleInput,
  'publishedAt' | 'updatedAt' | 'language' | 'status' | 'corrections' | 'translationGroupId'
> {
  /** ISO 8601 with the Baku offset, e.g. '2025-11-20T09:30:00+04:00'. */
  publishedAt: string;
}

type Run = string | Inline;
const runs = (parts: Run[]): Inline[] => parts.map((r) => (typeof r === 'string' ? { text: r } : r));
const p = (...parts: Run[]): Block => ({ type: 'paragraph', content: runs(parts) });
const h2 = (text: string): Block => ({ type: 'heading', level: 2, content: [{ text }] });
const quote = (text: string, cite: string): Block => ({ type: 'quote', content: [{ text }], cite });
const list = (...items: Run[][]): Block => ({ type: 'list', ordered: false, items: items.map(runs) });

const AYGUN = { name: 'Aygün Məmmədova', role: 'Müxbir' };

/** In publication order. */
export const demoArticlesAz: LocalDemoArticle[] = [
  {
    headline: 'Aran bölgəsində pambıq tədarükü ötən ilin göstəricisini 8 faiz üstələyib',
    standfirst:
      'Saatlı, Sabirabad və İmişli rayonlarında yığım mövsümünün planlaşdırılandan iki həftə tez başa çatması gözlənilir.',
    sectionSlug: 'economy',
    tags: ['İqtisadiyyat', 'Kənd təsərrüfatı'],
    authors: [AYGUN],
    sources: [{ outlet: 'Xəzər Xəbər', citing: 'Kənd Təsərrüfatı Nazirliyi', url: null }],
    breaking: false,
    publishedAt: '2025-11-04T09:15:00+04:00',
    body: [
      p(
        'Aran bölgəsində bu mövsüm tədarük məntəqələrinə 186 min tondan çox pambıq təhvil verilib ki, bu da ötən ilin eyni dövrü ilə müqayisədə 8 faiz çoxdur. Kənd Təsərrüfatı Nazirliyinin bazar ertəsi yaydığı məlumata görə, ən yüksək məhsuldarlıq Saatlı, Sabirabad və İmişli rayonlarında qeydə alınıb. Nazirlik quru və isti payız havasının yığımı xeyli sürətləndirdiyini bildirir.',
      ),
      p(
        '“Fermerlər suvarma qrafikinə daha ciddi əməl etdilər, yeni toxum sortları da özünü doğrultdu”, – nazirliyin bitkiçilik şöbəsinin müdiri Rauf Həsənzadə jurnalistlərə deyib. Onun sözlərinə görə, hektardan orta məhsuldarlıq 31 sentnerə çatıb. Həsənzadə əlavə edib ki, yığımın noyabrın sonunadək, yəni planlaşdırılandan təxminən iki həftə tez başa çatması gözlənilir.',
      ),
      p(
        'Nazirliyin həftəlik bülleteninə əsasən, tədarük edilən pambığın böyük hissəsi üç rayonun payına düşür. Mütəxəssislər qeyd edir ki, bu rayonlarda son iki ildə suvarma kanallarının təmiri başa çatdırılıb, fermerlərə isə güzəştli şərtlərlə yeni kombaynlar və digər texnika verilib. Bülletendə pambığın keyfiyyət göstəricilərinin də yaxşılaşdığı vurğulanır. Rayonlar üzrə göstəricilər belədir:',
      ),
      list(
        ['Saatlı: 41,2 min ton'],
        ['Sabirabad: 38,7 min ton'],
        ['İmişli: 33,5 min ton'],
        ['Digər rayonlar: 72,9 min ton'],
      ),
      p(
        'Fermerlər isə qiymət məsələsində ehtiyatlıdır. Sabirabaddan olan fermer Elşad Quliyev deyir ki, gübrə və yanacaq xərcləri artdığından qazanc ötən illə eyni səviyyədə qalıb. “Məhsul çoxdur, amma xərclər də azalmır”, – o bildirib. Nazirlik isə subsidiyaların ödənişinin dekabrın 15-dək tamamlanacağını, gecikmələrə yol verilməyəcəyini açıqlayıb.',
      ),
    ],
  },
  {
    headline: 'Bakıda məktəblilər üçün ayrıca avtobus marşrutları sınaqdan keçirilir',
    standfirst: 'İlk mərhələdə Nəsimi və Yasamal rayonlarında səkkiz marşrut fəaliyyət göstərəcək.',
    sectionSlug: 'society',
    tags: ['Nəqliyyat', 'Təhsil'],
    authors: [],
    breaking: false,
    publishedAt: '2025-11-06T11:30:00+04:00',
    body: [
      p(
        'Bakıda noyabrın 10-dan etibarən məktəblilər üçün ayrıca avtobus marşrutları sınaqdan keçiriləcək. Bakı Nəqliyyat Agentliyinin çərşənbə günü yaydığı açıqlamaya görə, ilk mərhələdə Nəsimi və Yasamal rayonlarında səkkiz marşrut fəaliyyətə başlayacaq. Avtobuslar səhər saat 7:15-dən 8:30-dək, günorta isə dərslərin bitməsinə uyğun qrafiklə hərəkət edəcək.',
      ),
      p(
        '“Məqsədimiz səhər saatlarında küçələrdəki sıxlığı azaltmaq və valideynlərin yükünü yüngülləşdirməkdir”, – agentliyin sədr müavini Nigar Səfərova bildirib. Onun sözlərinə görə, hər avtobusda müşayiətçi olacaq, gediş isə məktəbli kartı ilə pulsuz olacaq. Səfərova qeyd edib ki, sınaq müddəti üç ay nəzərdə tutulub və nəticələr yanvar ayında təhlil ediləcək.',
      ),
      p(
        'Valideynlər təşəbbüsü əsasən müsbət qarşılayıb, lakin bəziləri marşrutların sayının azlığından narahatdır. Yasamal rayonunda yaşayan Samirə Kərimova deyir ki, övladının oxuduğu məktəb hələlik siyahıya daxil edilməyib. Agentlik bildirib ki, valideynlərin təklifləri xüsusi onlayn forma vasitəsilə toplanacaq və yeni marşrutlar martdan sonra əlavə oluna bilər.',
      ),
    ],
  },
  {
    headline: 'Şəkili güləşçi Tbilisidəki beynəlxalq turnirdə qızıl medal qazanıb',
    standfirst: '19 yaşlı Fərid Nəsirli finalda ev sahiblərinin təmsilçisini 4:1 hesabı ilə məğlub edib.',
    sectionSlug: 'sport',
    tags: ['Güləş', 'İdman'],
    authors: [AYGUN],
    breaking: false,
    publishedAt: '2025-11-09T18:40:00+04:00',
    body: [
      p(
        'Şəkidən olan 19 yaşlı sərbəst güləşçi Fərid Nəsirli bazar günü Tbilisidə başa çatan beynəlxalq gənclər turnirində 74 kiloqram çəki dərəcəsində qızıl medal qazanıb. O, final görüşündə Gürcüstan təmsilçisi ilə qarşılaşıb və 4:1 hesabı ilə qalib gəlib. Turnirdə on iki ölkədən 300-dən çox idmançı mübarizə aparıb.',
      ),
      p(
        '“Fərid son altı ayda çox ciddi işləyib, xüsusilə müdafiədə böyük irəliləyiş var”, – gənclər yığmasının baş məşqçisi Vüqar Abbasov deyib. Məşqçinin sözlərinə görə, yarımfinalda çiynindən yüngül zədə alan güləşçi həkimlərin icazəsi ilə finala çıxıb. Abbasov əlavə edib ki, idmançı dekabrda keçiriləcək təlim-məşq toplanışında iştirak edəcək.',
      ),
      p(
        'Azərbaycan yığması turniri iki qızıl, bir gümüş və üç bürünc medalla başa vurub. 65 kiloqramda çıxış edən Toğrul Məmmədzadə finalda xallar üzrə uduzaraq gümüş medala sahib olub. Komanda noyabrın 11-də Bakıya qayıdacaq, idmançıları aeroportda ailələri, məşqçiləri və klub rəhbərləri qarşılayacaq.',
      ),
    ],
  },
  {
    headline: 'Şuşada Qarabağ xalçalarının sərgisi açılıb: 120-dən çox nümunə nümayiş olunur',
    standfirst:
      'Sərgidə XIX əsrə aid nadir xalçalarla yanaşı, Qarabağ emalatxanalarının gənc toxucularının işləri də yer alıb.',
    sectionSlug: 'culture',
    tags: ['Mədəniyyət', 'Şuşa'],
    authors: [AYGUN],
    breaking: false,
    publishedAt: '2025-11-12T16:20:00+04:00',
    body: [
      p(
        'Şuşada çərşənbə günü Qarabağ xalçaçılıq məktəbinə həsr olunmuş sərgi açılıb. Sərgidə 120-dən çox xalça nümayiş etdirilir, onların bir qismi XIX əsrə aiddir və ilk dəfə geniş ictimaiyyətə təqdim olunur. Ekspozisiya şəhərin mərkəzində bərpa edilmiş tarixi binada yerləşir və yanvarın sonunadək ziyarətçilərin üzünə açıq olacaq.',
      ),
      h2('Gənc toxucuların işləri'),
      p(
        'Sərginin ayrıca bölməsi Ağdam, Füzuli və Laçında fəaliyyət göstərən emalatxanaların gənc toxucularına həsr olunub. Kurator Lalə Rzayeva bildirib ki, bu xalçalar qədim naxışları müasir rəng palitrası ilə birləşdirir. “Biz göstərmək istəyirdik ki, Qarabağ məktəbi yalnız muzey eksponatı deyil, bu gün də yaşayan ənənədir”, – o deyib.',
      ),
      quote(
        'Hər xalçanın öz hekayəsi var. Ziyarətçi onu oxumağı öyrənəndə naxışlar danışmağa başlayır.',
        'Lalə Rzayeva, sərginin kuratoru',
      ),
      p(
        'Sərgi çərçivəsində noyabrın 15-də və 22-də ustad dərsləri keçiriləcək, iştirakçılar xalça toxumağın əsas üsulları ilə tanış ola biləcəklər. Təşkilatçıların məlumatına görə, açılış günü sərgini 600-dən çox adam ziyarət edib. Giriş tələbələr və məktəblilər üçün pulsuzdur, digər ziyarətçilər üçün bilet qiyməti beş manat təşkil edir.',
      ),
    ],
  },
  {
    headline: 'Milli Məclisdə bələdiyyə xidmətləri haqqında qanun layihəsi birinci oxunuşda qəbul edilib',
    standfirst:
      'Layihə bələdiyyələrə məişət tullantılarının toplanması və küçə işıqlandırması sahəsində daha geniş səlahiyyət verir.',
    sectionSlug: 'politics',
    tags: ['Milli Məclis', 'Bələdiyyələr'],
    authors: [],
    sources: [{ outlet: 'Abşeron Press', citing: 'Milli Məclisin mətbuat xidməti', url: null }],
    breaking: false,
    publishedAt: '2025-11-14T10:05:00+04:00',
    body: [
      p(
        'Milli Məclis cümə axşamı keçirilən plenar iclasda bələdiyyə xidmətləri haqqında qanun layihəsini birinci oxunuşda qəbul edib. Sənəd bələdiyyələrə məişət tullantılarının toplanması, küçə işıqlandırması və kiçik parkların saxlanması sahəsində daha geniş səlahiyyətlər verir. Layihənin lehinə 87 deputat səs verib, 9 nəfər əleyhinə çıxıb.',
      ),
      p(
        '“Sakinlər ən çox gündəlik problemlərlə bələdiyyəyə müraciət edir, amma bələdiyyələrin bu problemləri həll etmək üçün nə vəsaiti, nə də səlahiyyəti kifayət qədərdir”, – layihənin müəlliflərindən biri, deputat Elnur Babayev çıxışında deyib. Onun sözlərinə görə, yeni qaydalar xidmət haqlarının hesablanmasını sakinlər üçün daha şəffaf edəcək.',
      ),
      p(
        'Müzakirələr zamanı bəzi deputatlar kiçik kənd bələdiyyələrinin yeni öhdəlikləri yerinə yetirməyə hazır olmadığını bildiriblər. Deputat Səbinə Orucova təklif edib ki, qanun qüvvəyə mindikdən sonra iki illik keçid dövrü müəyyən edilsin. Babayev bu təklifin ikinci oxunuşa qədər komitədə müzakirə olunacağını bildirib. Layihənin ikinci oxunuşunun dekabrın ortalarında keçirilməsi gözlənilir.',
      ),
    ],
  },
  {
    headline: 'Ələt limanında yük dövriyyəsi oktyabrda 12 faiz artıb',
    standfirst: 'Artımın əsas hissəsi Orta Dəhlizlə daşınan konteyner yüklərinin payına düşür.',
    sectionSlug: 'economy',
    tags: ['İqtisadiyyat', 'Nəqliyyat'],
    authors: [AYGUN],
    breaking: false,
    publishedAt: '2025-11-18T08:50:00+04:00',
    body: [
      p(
        'Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanında oktyabr ayında 1,48 milyon ton yük aşırılıb ki, bu da ötən ilin eyni ayı ilə müqayisədə 12 faiz çoxdur. Limanın bazar ertəsi açıqladığı statistikaya görə, konteyner daşımaları 21 faiz artaraq rekord həddə çatıb. Artımın əsas hissəsi Çindən Avropaya gedən tranzit yüklərin payına düşür.',
      ),
      p(
        '“Orta Dəhlizə maraq artıq müvəqqəti deyil, sabit tendensiyaya çevrilib”, – limanın kommersiya direktoru Tamerlan Hüseynli jurnalistlərə bildirib. Onun sözlərinə görə, terminalda yeni kran quraşdırıldıqdan sonra gəmilərin boşaldılma müddəti orta hesabla altı saat qısalıb. Hüseynli qeyd edib ki, liman ilin sonunadək 16 milyon ton göstəricisini keçməyi planlaşdırır.',
      ),
      p(
        'Ekspertlər isə Xəzərdə payız-qış fırtınalarının daşımaların ritminə təsir göstərə biləcəyini xatırladır. Nəqliyyat iqtisadçısı Rəşad Vəliyev deyir ki, bərə parkı genişləndirilmədən limanın imkanlarından tam istifadə etmək çətin olacaq. Onun fikrincə, növbəti il üçün əsas prioritet Türkmənbaşı və Aktau istiqamətlərində reyslərin sayını artırmaq olmalıdır.',
      ),
    ],
  },
  {
    headline: 'Xəzəryanı ölkələrin alimləri Aktauda dənizin səviyyəsinin düşməsini müzakirə edir',
    standfirst: 'Beş ölkənin mütəxəssisləri ortaq monitorinq şəbəkəsinin yaradılmasını təklif edir.',
    sectionSlug: 'world',
    tags: ['Xəzər', 'Ekologiya'],
    authors: [],
    breaking: false,
    publishedAt: '2025-11-20T19:25:00+04:00',
    body: [
      p(
        'Qazaxıstanın Aktau şəhərində cümə axşamı Xəzər dənizinin səviyyəsinin düşməsinə həsr olunmuş regional konfrans işə başlayıb. Tədbirdə Azərbaycan, Qazaxıstan, Rusiya, Türkmənistan və İrandan 80-dən çox alim və ekoloq iştirak edir. Mütəxəssislər bildirir ki, son illərdə dənizin səviyyəsinin sürətlə aşağı düşməsi sahil ekosistemlərinə və limanların işinə ciddi təsir göstərir.',
      ),
      p(
        '“Heç bir ölkə bu problemi təkbaşına həll edə bilməz, çünki həm çaylar, həm də dəniz ortaqdır”, – Azərbaycan nümayəndə heyətinin rəhbəri, hidroloq Kamal Sultanlı çıxışında deyib. O, beş ölkənin sahil stansiyalarından gələn məlumatları birləşdirən ortaq monitorinq şəbəkəsinin yaradılmasını təklif edib. Sultanlının sözlərinə görə, ilkin layihə gələn ilin yazında hökumətlərə təqdim oluna bilər.',
      ),
      p(
        'Konfransın ilk günündə şimal sahillərində dayazlaşmanın balıqçılığa təsiri də müzakirə olunub. Qazaxıstanlı ekoloq Aliya Serikbayeva bildirib ki, bəzi körfəzlərdə suyun çəkilməsi nərə balıqlarının kürüləmə yerlərini azaldıb. Onun sözlərinə görə, balıqçı təsərrüfatları artıq tutumun azaldığını hiss edir. Tədbir noyabrın 22-dək davam edəcək, sonda iştirakçıların birgə bəyanat qəbul etməsi gözlənilir.',
      ),
    ],
  },
];
