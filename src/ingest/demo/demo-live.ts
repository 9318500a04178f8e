/**
 * The demo's live blog: the day of the strike on Kyiv that damaged Azerbaijan's embassy, and
 * Baku's protest, as a desk would have covered it, in each of the site's languages (one
 * translation group). Written for the demo; times are UTC (Kyiv was UTC+2, Baku UTC+4).
 */
export interface DemoLiveEntry {
  at: string;
  text: string[];
  pinned?: boolean;
}

export interface DemoLiveBlog {
  language: 'en' | 'ru' | 'az';
  headline: string;
  standfirst: string;
  intro: string;
  /** Who signs the entries: the desk, not a person. */
  desk: string;
  /** The page's publication, and the coverage's start. */
  startedAt: string;
  entries: DemoLiveEntry[];
}

const STARTED = '2025-11-13T23:20:00Z';

/** Entry times, shared by the three languages so the versions read as one coverage. */
const T = [
  '2025-11-13T23:25:00Z',
  '2025-11-14T00:10:00Z',
  '2025-11-14T03:40:00Z',
  '2025-11-14T06:15:00Z',
  '2025-11-14T08:05:00Z',
  '2025-11-14T09:30:00Z',
  '2025-11-14T12:50:00Z',
  '2025-11-14T17:45:00Z',
] as const;

export const demoLiveBlogs: readonly DemoLiveBlog[] = [
  {
    language: 'en',
    desk: 'Live desk',
    headline: 'Strike on Kyiv damages Azerbaijan’s embassy: live updates',
    standfirst:
      'Follow the night’s missile attack on the Ukrainian capital and Baku’s response through the day.',
    intro: 'This page follows the overnight strike on Kyiv and the diplomatic fallout as it happens.',
    startedAt: STARTED,
    entries: [
      {
        at: T[0],
        text: [
          'Air-raid sirens are sounding across Kyiv. Residents are heading for shelters and metro stations as a new wave of missiles is reported over the city.',
        ],
      },
      {
        at: T[1],
        text: [
          'Azerbaijani officials say a missile came down on the grounds of their embassy in Kyiv at about 1 a.m. local time. They identify it as an Iskander.',
        ],
      },
      {
        at: T[2],
        text: [
          'The first account of the damage: the perimeter fence, service vehicles, the administrative building and the consular section. The compound is described as seriously damaged.',
        ],
      },
      {
        at: T[3],
        text: [
          'Daylight in Kyiv. Our desk is checking the other districts hit overnight and will add what is confirmed here.',
        ],
      },
      {
        at: T[4],
        text: ['Azerbaijan’s Foreign Ministry has summoned Russia’s ambassador in Baku, Mikhail Yevdokimov.'],
      },
      {
        at: T[5],
        text: [
          'The ambassador was handed a formal note of protest. According to the ministry, it says attacks of this kind violate international law and that they have happened before.',
        ],
      },
      {
        at: T[6],
        text: [
          'Key points so far:',
          'An Iskander missile landed on the grounds of Azerbaijan’s embassy in Kyiv at about 1 a.m.',
          'The fence, vehicles, administrative building and consular section were damaged.',
          'Baku summoned Russia’s ambassador and handed him a note of protest.',
        ],
        pinned: true,
      },
      {
        at: T[7],
        text: [
          'Moscow has not commented on the embassy so far today. We will keep this page open and bring its response when it comes.',
        ],
      },
    ],
  },
  {
    language: 'ru',
    desk: 'Дежурная редакция',
    headline: 'Удар по Киеву повредил посольство Азербайджана: онлайн',
    standfirst: 'Ночная ракетная атака на украинскую столицу и ответ Баку — в течение всего дня.',
    intro: 'На этой странице мы следим за ночным ударом по Киеву и его дипломатическими последствиями.',
    startedAt: STARTED,
    entries: [
      {
        at: T[0],
        text: [
          'В Киеве воздушная тревога. Жители спускаются в укрытия и на станции метро: над городом сообщают о новой волне ракет.',
        ],
      },
      {
        at: T[1],
        text: [
          'Азербайджанская сторона сообщает, что около часа ночи по местному времени на территорию её посольства в Киеве упала ракета. По её словам, это «Искандер».',
        ],
      },
      {
        at: T[2],
        text: [
          'Первые сведения о разрушениях: повреждены ограждение, служебные автомобили, административное здание и консульский отдел. Ущерб называют серьёзным.',
        ],
      },
      {
        at: T[3],
        text: [
          'В Киеве рассвело. Редакция проверяет сведения о других районах, пострадавших ночью, и добавит сюда подтверждённое.',
        ],
      },
      {
        at: T[4],
        text: ['МИД Азербайджана вызвал посла России в Баку Михаила Евдокимова.'],
      },
      {
        at: T[5],
        text: [
          'Послу вручена нота протеста. По данным министерства, в ней говорится, что такие удары нарушают международное право и случаются не впервые.',
        ],
      },
      {
        at: T[6],
        text: [
          'Главное к этому часу:',
          'Ракета «Искандер» упала на территорию посольства Азербайджана в Киеве около часа ночи.',
          'Повреждены ограждение, автомобили, административное здание и консульский отдел.',
          'Баку вызвал посла России и вручил ему ноту протеста.',
        ],
        pinned: true,
      },
      {
        at: T[7],
        text: [
          'Москва сегодня пока не комментировала произошедшее с посольством. Страница остаётся открытой: мы сообщим о реакции, как только она появится.',
        ],
      },
    ],
  },
  {
    language: 'az',
    desk: 'Növbətçi redaksiya',
    headline: 'Kiyevə zərbə Azərbaycan səfirliyinə ziyan vurub: canlı',
    standfirst: 'Ukrayna paytaxtına gecə raket hücumu və Bakının reaksiyası — gün ərzində.',
    intro: 'Bu səhifədə Kiyevə gecə endirilən zərbəni və onun diplomatik nəticələrini izləyirik.',
    startedAt: STARTED,
    entries: [
      {
        at: T[0],
        text: [
          'Kiyevdə hava həyəcanı siqnalları səslənir. Şəhər üzərində yeni raket dalğası barədə məlumat verilir, sakinlər sığınacaqlara və metro stansiyalarına enir.',
        ],
      },
      {
        at: T[1],
        text: [
          'Azərbaycan rəsmiləri bildirir ki, yerli vaxtla təxminən saat 1-də Kiyevdəki səfirliyin ərazisinə raket düşüb. Onların sözlərinə görə, bu, “İsgəndər” raketidir.',
        ],
      },
      {
        at: T[2],
        text: [
          'Ziyan barədə ilk məlumat: perimetr hasarı, xidməti avtomobillər, inzibati bina və konsulluq şöbəsi zədələnib. Ziyan ciddi adlandırılır.',
        ],
      },
      {
        at: T[3],
        text: [
          'Kiyevdə səhər açılıb. Redaksiya gecə zərbə alan digər rayonlar barədə məlumatları yoxlayır və təsdiqlənənləri buraya əlavə edəcək.',
        ],
      },
      {
        at: T[4],
        text: ['Azərbaycan XİN Rusiyanın Bakıdakı səfiri Mixail Yevdokimovu nazirliyə çağırıb.'],
      },
      {
        at: T[5],
        text: [
          'Səfirə etiraz notası təqdim olunub. Nazirliyin məlumatına görə, notada bu cür hücumların beynəlxalq hüququ pozduğu və əvvəllər də baş verdiyi vurğulanır.',
        ],
      },
      {
        at: T[6],
        text: [
          'Bu saata qədər əsas məqamlar:',
          '“İsgəndər” raketi təxminən saat 1-də Azərbaycanın Kiyevdəki səfirliyinin ərazisinə düşüb.',
          'Hasar, avtomobillər, inzibati bina və konsulluq şöbəsi zədələnib.',
          'Bakı Rusiya səfirini çağırıb və ona etiraz notası təqdim edib.',
        ],
        pinned: true,
      },
      {
        at: T[7],
        text: [
          'Moskva bu gün səfirliklə bağlı hələ şərh verməyib. Səhifə açıq qalır: reaksiya gələn kimi xəbər verəcəyik.',
        ],
      },
    ],
  },
];
