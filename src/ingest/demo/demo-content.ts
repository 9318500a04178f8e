/**
 * Demo newsroom: sections, reporters and sample articles for an empty site.
 *
 * Everything here is original, fictional wire-style copy written for the demo: officials,
 * spokespeople, clubs, festivals and outlets are invented; real places are used only as settings.
 * The seed article (seed-article.txt) is loaded separately by load-demo.ts, in the slot
 * 2025-11-21 12:00 Baku time, which no article here uses.
 */
import type { NewArticleInput } from '../../domain/article.ts';
import type { Block, Inline } from '../../domain/body.ts';
import type { NewPerson, NewSection } from '../../services/taxonomy/taxonomy.service.ts';

/**
 * Section colours are accents only (rules, labels, underlines), never backgrounds behind body
 * text. Each reaches WCAG AA contrast (at least 4.5:1) as text on white #ffffff.
 */
export const demoSections: NewSection[] = [
  {
    slug: 'world',
    name: 'World',
    description: 'Diplomacy, conflicts and global affairs seen from the South Caucasus.',
    color: '#1a5fb4',
    position: 0,
  },
  {
    slug: 'politics',
    name: 'Politics',
    description: 'Parliament, government, elections and local councils.',
    color: '#a51d2d',
    position: 1,
  },
  {
    slug: 'economy',
    name: 'Economy',
    description: 'Energy, markets, the manat, trade and agriculture.',
    color: '#1e7345',
    position: 2,
  },
  {
    slug: 'society',
    name: 'Society',
    description: 'Schools, transport, health, housing and city life.',
    color: '#0b6e79',
    position: 3,
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Football, wrestling, chess and the athletes behind the results.',
    color: '#b33c00',
    position: 4,
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Film, music, museums, books and heritage.',
    color: '#7b2d9e',
    position: 5,
  },
];

const LEYLA = { name: 'Leyla Rustamova', role: 'Diplomatic correspondent' };
const KAMRAN = { name: 'Kamran Sadigov', role: 'Political correspondent' };
const TURAL = { name: 'Tural Mammadli', role: 'Economics editor' };
const SABINA = { name: 'Sabina Gurbanova', role: 'Society and culture reporter' };
const ORKHAN = { name: 'Orkhan Jafarli', role: 'Sports editor' };

export const demoAuthors: NewPerson[] = [
  {
    ...LEYLA,
    bio: 'Leyla Rustamova covers foreign policy and regional diplomacy from Baku. She previously reported from Tbilisi and Ankara for a regional news agency.',
    photoUrl: null,
  },
  {
    ...KAMRAN,
    bio: 'Kamran Sadigov reports on parliament, government and elections. He has followed the Milli Majlis for more than a decade and writes a weekly column on local government.',
    photoUrl: null,
  },
  {
    ...TURAL,
    bio: 'Tural Mammadli edits the economy desk, with a focus on energy, banking and Caspian trade. He trained as an economist before moving into journalism.',
    photoUrl: null,
  },
  {
    ...SABINA,
    bio: 'Sabina Gurbanova writes about schools, city life and the arts. She joined the newsroom after several years as a radio reporter in Ganja.',
    photoUrl: null,
  },
  {
    ...ORKHAN,
    bio: 'Orkhan Jafarli leads sports coverage, from the Premier League to wrestling mats and chess boards. He has reported from three Olympic Games.',
    photoUrl: null,
  },
];

export interface DemoArticle extends Omit<
  NewArticleInput,
  'publishedAt' | 'updatedAt' | 'language' | 'status' | 'corrections'
> {
  /** ISO 8601 with the Baku offset, e.g. '2025-11-20T09:30:00+04:00'. */
  publishedAt: string;
  /** Later than publishedAt; readers see "Updated …". */
  updatedAt?: string;
  corrections?: { text: string; createdAt: string }[];
}

type Run = string | Inline;
const runs = (parts: Run[]): Inline[] => parts.map((r) => (typeof r === 'string' ? { text: r } : r));
const p = (...parts: Run[]): Block => ({ type: 'paragraph', content: runs(parts) });
const h2 = (text: string): Block => ({ type: 'heading', level: 2, content: [{ text }] });
const quote = (text: string, cite: string): Block => ({ type: 'quote', content: [{ text }], cite });
const list = (...items: Run[][]): Block => ({ type: 'list', ordered: false, items: items.map(runs) });
const b = (text: string): Inline => ({ text, bold: true });
const i = (text: string): Inline => ({ text, italic: true });
const link = (text: string, href: string): Inline => ({ text, href });

/** In publication order. The first is a World story: load-demo.int.test.ts writes it on its own. */
export const demoArticles: DemoArticle[] = [
  {
    headline: 'Storm shuts Turkmenbashi port for a second day, stranding Caspian ferries',
    standfirst:
      'Wind gusts of up to 25 metres per second halted ferry and tanker movements on the eastern shore.',
    sectionSlug: 'world',
    tags: ['Shipping', 'Caspian', 'Turkmenistan', 'Weather'],
    authors: [],
    sources: [{ outlet: 'Meridian News Service', citing: 'the Turkmenbashi port administration', url: null }],
    publishedAt: '2025-11-03T08:10:00+04:00',
    body: [
      p(
        'Turkmenistan’s main Caspian port at Turkmenbashi remained closed on Monday for a second consecutive day as a strong northerly storm swept the eastern coast of the sea, port authorities said. At least nine cargo ferries and several tankers were waiting at anchor or in sheltered berths, and rail wagons bound for the crossing to Baku were being held at inland yards.',
      ),
      p(
        'Forecasters recorded gusts of up to 25 metres per second and waves of four metres in open water on Sunday night. The port administration said in a statement that operations would resume “as soon as conditions allow safe mooring” and that priority would be given to vessels carrying perishable goods and fuel.',
      ),
      p(
        'Ferry operators in Baku said departures to the eastern shore had also been suspended since Saturday evening. A dispatcher at the Port of Baku in Alat said three vessels had returned to their berths rather than risk the crossing, which usually takes around 14 hours in calm weather, and that crews were staying on board.',
      ),
      p(
        'Autumn storms regularly disrupt traffic on the Caspian, but the timing is awkward for freight forwarders handling rising volumes on the trans-Caspian route between China and Europe. Shippers said delays of several days were likely to ripple through rail timetables in Kazakhstan, Turkmenistan and Georgia, where wagons are already in short supply.',
      ),
    ],
  },
  {
    headline: 'Caspian gas exports climb 6% in October as offshore compressor platform starts up',
    standfirst:
      'Higher flows along the southern export route pushed monthly sales abroad to their highest level since March.',
    sectionSlug: 'economy',
    tags: ['Energy', 'Caspian', 'Exports'],
    authors: [TURAL],
    sources: [{ outlet: 'Caspian Wire', citing: 'the Ministry of Energy', url: null }],
    publishedAt: '2025-11-03T08:45:00+04:00',
    body: [
      p(
        'Azerbaijan exported 2.31 billion cubic metres of natural gas in October, up 6% from the same month last year, the Ministry of Energy said on Monday. Officials credited the increase to a new compression platform at an offshore field in the Caspian Sea, which began operating in the second week of October and raised pressure along the main export line towards Türkiye and southern Europe.',
      ),
      p(
        '“The platform lets us keep output steady at older wells while moving more volume to the border,” Deputy Energy Minister Farhad Aghayev told reporters in Baku. He said the ministry expected exports for the full year to exceed 25 billion cubic metres, broadly in line with the target set in the spring.',
      ),
      p('According to the ministry’s monthly bulletin, October deliveries were split as follows:'),
      list(
        ['Europe, via the southern pipeline route: 1.09 billion cubic metres'],
        ['Türkiye: 0.83 billion cubic metres'],
        ['Georgia: 0.24 billion cubic metres'],
        ['Other destinations, including swap deliveries: 0.15 billion cubic metres'],
      ),
      p(
        'Analysts said the figures would support the state budget, which is still built around an oil price assumption but leans more each year on gas revenue. “Gas is quietly becoming the anchor of the export basket,” said Nargiz Bayramova, an energy economist at a Baku consultancy. She cautioned that higher household demand at home could limit exportable volumes in December and January.',
      ),
    ],
  },
  {
    headline: 'Absheron FK go top of the Premier League with a stoppage-time winner in Ganja',
    standfirst:
      'Substitute Ramin Guliyev’s header in the 93rd minute settled a tense meeting with Ganja Star.',
    sectionSlug: 'sport',
    tags: ['Football', 'Premier League'],
    authors: [ORKHAN],
    publishedAt: '2025-11-03T14:20:00+04:00',
    body: [
      p(
        'Absheron FK moved to the top of the Premier League table on Sunday after a 2-1 win away at Ganja Star, with substitute Ramin Guliyev heading in the winner three minutes into stoppage time. The result lifts Absheron one point clear of Lankaran Riviera, who were held to a goalless draw at home by Sumgayit Steel earlier in the afternoon.',
      ),
      p(
        'Ganja Star had taken the lead shortly before half-time through a low drive from midfielder Elchin Nabiyev, and for long spells the home side looked the more dangerous team. Absheron equalised in the 71st minute when defender Vusal Karimli turned in a corner at the far post, after their goalkeeper had kept them in the game with two fine saves.',
      ),
      p(
        '“We were not at our best, but this group does not give up,” Absheron coach Tahir Ismayilzade said after the match. “Ramin has been waiting for his chance for weeks. He trained well, he came on with the right attitude, and he won us three points.”',
      ),
      p(
        'Ganja Star, who have not won in four league games, slip to sixth. Their coach, Mirzaga Hasanli, said his players had “paid for one moment of lost concentration” and appealed for patience from supporters. Absheron host Sumgayit Steel next Saturday, while Ganja Star travel to the capital to face Baku Dynamo.',
      ),
    ],
  },
  {
    headline: 'Parliament opens autumn session with the 2026 budget at the top of its agenda',
    standfirst:
      'Lawmakers will also consider changes to the tax code and a new law on municipal services before the end of December.',
    sectionSlug: 'politics',
    tags: ['Parliament', 'Budget', 'Azerbaijan'],
    authors: [KAMRAN],
    publishedAt: '2025-11-04T10:10:00+04:00',
    body: [
      p(
        'The Milli Majlis, Azerbaijan’s parliament, opened its autumn session on Tuesday with the draft state budget for 2026 expected to dominate debate until the end of the year. Deputies approved an agenda of 34 bills for the session, including amendments to the tax code and a long-delayed law setting out which services municipalities must provide to residents.',
      ),
      h2('What the draft budget contains'),
      p(
        'The government’s draft, submitted to parliament last month, projects revenue of 38.4 billion manat and spending of 41.9 billion manat, leaving a deficit of around 2.6% of gross domestic product. It assumes an average oil price of $65 a barrel, lower than this year’s assumption, and expects a larger share of revenue to come from non-oil taxes.',
      ),
      p(
        'Anar Seyidli, who chairs the parliamentary committee on budget and economic policy, told the chamber that the main priorities were:',
      ),
      list(
        ['new school buildings and higher salaries for teachers'],
        ['reconstruction in the Karabakh and East Zangezur economic regions'],
        ['a 10% increase in targeted social assistance'],
        ['regional water supply and irrigation projects'],
      ),
      p(
        '“This is a budget for investment, not for consumption,” Seyidli said. Independent deputies said the assumptions on non-oil revenue looked optimistic and asked the finance ministry to publish more detail on planned borrowing. The first reading of the draft is scheduled for next week, with committee hearings continuing in the meantime.',
      ),
    ],
  },
  {
    headline: 'Heating season begins in Baku as temperatures stay below 10°C',
    standfirst:
      'Supplies are being switched on in stages, starting with schools, hospitals and kindergartens.',
    sectionSlug: 'society',
    tags: ['Heating', 'Energy', 'Utilities', 'Baku'],
    authors: [SABINA],
    publishedAt: '2025-11-05T16:05:00+04:00',
    updatedAt: '2025-11-05T19:30:00+04:00',
    body: [
      p(
        'The heating season officially began in Baku on Wednesday after average daily temperatures stayed below 10°C for five consecutive days, the threshold set in national rules. Utility crews started filling district-heating networks in the Nasimi, Yasamal and Sabail districts in the morning, and city officials said every residential building connected to the central system should be warm by Sunday.',
      ),
      p(
        'Schools, hospitals and kindergartens were connected first. “We are doing this in stages so that we can find leaks before the pressure rises across the whole network,” said Javid Mahmudov, a spokesman for the city’s heating company. He said crews had replaced around 40 kilometres of pipes over the summer, mostly under apartment blocks built in the 1970s.',
      ),
      p(
        'Residents of several buildings in Khatai district told reporters that their radiators had stayed cold during test runs in October. The heating company said its hotline would operate around the clock during the first two weeks of the season and asked residents to report faults through the city’s online service rather than by calling emergency numbers.',
      ),
      p(
        b('Update:'),
        ' In the evening, the company said heating had been restored to 14 buildings in Khatai district after a faulty valve was replaced at a pumping station. It said the remaining complaints from the district were being checked by crews working through the night.',
      ),
    ],
  },
  {
    headline: 'Baku Autumn Film Festival opens with a debut drama set among Lankaran tea pickers',
    standfirst: 'More than 60 features and short films from 24 countries will be screened over eight days.',
    sectionSlug: 'culture',
    tags: ['Film', 'Festival', 'Baku'],
    authors: [SABINA],
    publishedAt: '2025-11-06T11:40:00+04:00',
    body: [
      p(
        'The Baku Autumn Film Festival opened on Wednesday evening with the premiere of ',
        i('The Last Picking'),
        ', a debut feature by director Gunay Rzayeva about three generations of women working a family tea plantation near Lankaran. The film, shot over two seasons with a largely non-professional cast, drew a long standing ovation from a full house.',
      ),
      p(
        'Rzayeva, 31, told the audience that the story grew out of conversations with her grandmother. “I wanted to film the work itself — the hands, the weather, the waiting — before it disappears,” she said. Several of the women who appear in the film travelled up from the south for the screening and joined the director on stage.',
      ),
      p(
        'Over the next eight days the festival will show more than 60 features and short films from 24 countries, with a competition devoted to first and second films from the Caucasus, Central Asia and the Black Sea region. A jury chaired by the Georgian cinematographer Levan Abashidze will announce the winners on November 13.',
      ),
      p(
        'Organisers said ticket sales were up by about a third on last year, helped by free outdoor screenings on the seafront. A retrospective of Azerbaijani comedies from the 1960s, including a newly restored print of ',
        i('The Stepmother’s Wedding'),
        ', is expected to be among the most popular events of the week.',
      ),
    ],
  },
  {
    headline: 'Manat holds at 1.70 to the dollar as demand at currency auctions eases',
    standfirst:
      'Banks bought $84 million at Wednesday’s auction, the smallest amount in more than two months.',
    sectionSlug: 'economy',
    tags: ['Currency', 'Banking', 'Azerbaijan'],
    authors: [TURAL],
    sources: [{ outlet: 'Caspian Wire', citing: 'the Central Bank of Azerbaijan', url: null }],
    publishedAt: '2025-11-07T08:15:00+04:00',
    body: [
      p(
        'The Azerbaijani manat held steady at 1.70 to the US dollar this week as demand for foreign currency at the central bank’s auctions fell to its lowest level since late August. Banks bought $84 million at Wednesday’s session, against $131 million at the same session a month earlier, according to figures published by the regulator on Thursday.',
      ),
      p(
        'The manat has been kept at 1.70 since 2017, and the central bank has repeatedly said it has ample reserves to hold it there. “Demand from importers usually peaks in late summer and again in December,” said Elmira Guliyeva, head of research at a Baku brokerage. “What we are seeing now is a normal seasonal lull rather than a change in the trend.”',
      ),
      p(
        'The regulator’s board is due to meet on November 20 to decide on its benchmark refinancing rate, currently 7%. Most analysts expect no change, pointing to annual inflation of about 5.5% in October, which sits inside the bank’s target range of 4% plus or minus two percentage points.',
      ),
      p(
        'Full auction results and the bank’s latest ',
        link('inflation report', 'https://example.com/central-bank/inflation-report-october-2025'),
        ' are published on the regulator’s website. Exchange offices in central Baku were quoting the dollar at between 1.6990 and 1.7020 manat on Thursday evening, in line with the official rate.',
      ),
    ],
  },
  {
    headline: 'Azerbaijan lead the Caspian Chess Olympiad after five rounds in Aktau',
    standfirst: 'Wins over Iran and Turkmenistan leave the open team a match point clear of the hosts.',
    sectionSlug: 'sport',
    tags: ['Chess', 'Kazakhstan', 'Caspian'],
    authors: [ORKHAN],
    publishedAt: '2025-11-07T13:50:00+04:00',
    body: [
      p(
        'Azerbaijan’s open team took the sole lead at the Caspian Chess Olympiad in Aktau on Thursday after beating Turkmenistan 3½–½ in the fifth round. The team has won four matches and drawn one, leaving it a match point ahead of hosts Kazakhstan, who were held 2–2 by Russia in the day’s closest contest.',
      ),
      p(
        'The decisive game came on the top board, where 19-year-old grandmaster Murad Hajiyev outplayed his opponent in a rook endgame that lasted more than six hours. “I was not sure it was winning until the very end,” Hajiyev said afterwards. “The team needed the full point, so I kept asking questions and waited for a mistake.”',
      ),
      p(
        'In the women’s section, Azerbaijan are third behind Kazakhstan and Iran after a narrow defeat in round four. Team captain Ilaha Safarova said the players would use Friday’s rest day to prepare for the remaining four rounds, and that she was considering changes to the board order.',
      ),
      quote(
        '“The olympiad is as much about the players who are sixteen and seventeen today as it is about the medals. Half of this team has never played a team event of this level.”',
        'Elshad Nasirli, head coach of the open team',
      ),
      p(
        'The olympiad, held every two years among the five Caspian states, runs until November 12. Play resumes on Saturday, when Azerbaijan face Kazakhstan in a match that could go a long way towards deciding the gold medals in the open section.',
      ),
    ],
  },
  {
    headline: 'Baku metro to run until 1 a.m. on weekend nights from December',
    standfirst: 'The later closing time will be tried for three months on all three lines.',
    sectionSlug: 'society',
    tags: ['Transport', 'Baku'],
    authors: [SABINA],
    publishedAt: '2025-11-08T10:00:00+04:00',
    body: [
      p(
        'The Baku metro will stay open until 1 a.m. on Friday and Saturday nights from December 5, an hour later than now, the operator said on Saturday. The three-month trial will cover all three lines and is meant to help people returning from concerts, restaurants and late shifts, as well as visitors arriving on evening flights and trains.',
      ),
      p(
        'Trains will run every 12 minutes after midnight, compared with every five to seven minutes at peak times. “We have looked at passenger counts from ten o’clock onwards, and the demand is there, especially at Sahil, 28 May and Ganjlik,” said Samira Abbasova, a spokeswoman for the metro. She said night maintenance would move to the early morning hours.',
      ),
      p(
        'The operator said it would publish the ',
        link('full late-night timetable', 'https://example.com/baku-metro/late-night-timetable'),
        ' later this month. Bus routes that connect with the metro at its terminal stations are expected to run later on the same nights, although the city’s transport agency has not yet said which routes will be included.',
      ),
      p(
        'Passenger groups welcomed the move but said the priority should remain easing crowding at rush hour. The metro carried an average of about 600,000 passengers a day in October, the operator said, and new trains ordered last year are due to enter service on the Red Line in the spring.',
      ),
    ],
  },
  {
    headline: 'Election commission sets February date for municipal by-elections in 14 districts',
    standfirst: 'Vacant seats on 37 municipal councils will be filled in a single day of voting.',
    sectionSlug: 'politics',
    tags: ['Elections', 'Municipalities', 'Azerbaijan'],
    authors: [KAMRAN],
    sources: [{ outlet: 'Caspian Wire', citing: 'the Central Election Commission', url: null }],
    publishedAt: '2025-11-10T12:30:00+04:00',
    body: [
      p(
        'Azerbaijan’s Central Election Commission on Monday set February 8 as the date for by-elections to fill vacant seats on 37 municipal councils in 14 districts. The seats fell vacant after members resigned, moved away or took up posts elsewhere since the last nationwide municipal vote, the commission said after a sitting in Baku.',
      ),
      p(
        'Candidates can be nominated by political parties, by groups of voters or by themselves, and must collect signatures from residents of their municipality. Nominations open on November 24 and run for 30 days. “We expect a calm and well-organised process, as these are small constituencies,” the commission’s secretary, Parviz Huseynbeyli, told reporters.',
      ),
      h2('Why municipal councils matter'),
      p(
        'Municipalities have modest budgets and powers, covering local roads, small parks, cemeteries and some land questions, while most public services are run by district executive authorities. Advocates of local self-government say low turnout in municipal elections reflects the councils’ weak role, and have long argued that they should receive a share of local tax revenue.',
      ),
      p(
        'The commission said it would publish ',
        link(
          'the list of constituencies and the election calendar',
          'https://example.com/cec/municipal-by-elections',
        ),
        ' on its website this week. Observers from registered non-governmental organisations will be allowed to monitor voting, counting and the tabulation of results.',
      ),
    ],
  },
  {
    headline: 'Trans-Caspian cargo up by a quarter as ports race to add capacity',
    standfirst:
      'Container traffic through Alat and Aktau grew strongly in the first ten months of the year despite autumn storms.',
    sectionSlug: 'world',
    tags: ['Shipping', 'Caspian', 'Kazakhstan', 'Transport'],
    authors: [TURAL, LEYLA],
    publishedAt: '2025-11-11T09:20:00+04:00',
    body: [
      p(
        'Cargo moving across the Caspian Sea between Kazakhstan and Azerbaijan rose by about 25% in the first ten months of the year, port operators on both shores said on Monday, as more freight between China and Europe takes the southern route. The Port of Baku at Alat handled 1.1 million tonnes of trans-Caspian transit cargo between January and October, most of it in containers.',
      ),
      p(
        'Officials in Aktau said container handling at the Kazakh port reached a record in September before storms in early November slowed traffic. “The bottleneck is no longer the sea itself but the number of vessels and the speed of border formalities,” said Bakhyt Sarsenov, a deputy director of the port. He said a new container hub due to open next year would double its capacity.',
      ),
      h2('Ships, wagons and paperwork'),
      p(
        'Freight forwarders say the route, often called the Middle Corridor, still takes two to three weeks from western China to the Black Sea. Shipping lines have ordered new feeder vessels for the Caspian from yards in Baku and Türkiye, and Georgia and Azerbaijan agreed this year to carry out joint customs checks at their main road and rail crossings.',
      ),
      p(
        'Officials from Azerbaijan, Georgia and Kazakhstan are expected to discuss a common digital cargo document at a meeting in Tbilisi at the end of the month. A European official following the project, speaking on condition of anonymity, said the real test would be whether ports could keep transit times stable through the winter storm season.',
      ),
    ],
  },
  {
    headline: 'Carpet Museum puts rarely seen Karabakh weavings on display',
    standfirst:
      'Forty carpets from the museum’s storerooms, some unseen by the public for half a century, are on show until March.',
    sectionSlug: 'culture',
    tags: ['Heritage', 'Carpets', 'Baku'],
    authors: [SABINA],
    publishedAt: '2025-11-11T15:45:00+04:00',
    body: [
      p(
        'The National Carpet Museum in Baku opened an exhibition on Tuesday of 19th- and early 20th-century carpets from the Karabakh weaving school, many of which have not been shown to the public since the 1970s. The exhibition, ',
        i('Gardens of Wool'),
        ', brings together 40 pieces from the museum’s storerooms, including pile carpets, flat-woven kilims and saddle bags.',
      ),
      p(
        'Curators spent more than a year cleaning and stabilising the textiles, several of which had been damaged by moths and damp. Visitors can watch conservators at work through a glass wall in one of the galleries, and a loom has been set up where weavers will demonstrate traditional knotting techniques on weekend afternoons.',
      ),
      quote(
        '“Each of these carpets was made in a home, by a family, for a purpose — a dowry, a prayer, a winter floor. We wanted people to see them not as museum objects but as things that were lived with.”',
        'Gulnara Abdullayeva, chief curator of the exhibition',
      ),
      p(
        'The exhibition is arranged by motif rather than by date, with rooms devoted to dragon patterns, floral medallions and the ‘cloud band’ designs associated with weavers in Shusha. It runs until March 15, and entry will be free for schoolchildren and students on Wednesdays throughout the winter.',
      ),
    ],
  },
  {
    headline: 'Hazelnut and persimmon growers report a bumper harvest in the north-west',
    standfirst:
      'Higher yields after a mild spring are expected to lift agricultural exports in the final quarter.',
    sectionSlug: 'economy',
    tags: ['Agriculture', 'Exports', 'Azerbaijan'],
    authors: [],
    sources: [{ outlet: 'AgroNews Caucasus', citing: 'the Ministry of Agriculture', url: null }],
    publishedAt: '2025-11-12T08:30:00+04:00',
    body: [
      p(
        'Farmers in the north-western districts of Gakh, Zagatala and Balakan have gathered their largest hazelnut crop in four years, the Ministry of Agriculture said on Tuesday. Preliminary data show a harvest of about 68,000 tonnes of hazelnuts in shell, up 18% on last year, after a mild spring without the late frosts that damaged blossom in the previous two seasons.',
      ),
      p(
        'Persimmon growers in the same region and in Goychay and Ismayilli also report strong yields, with picking expected to continue into December. “The trees are so full that we have had to prop up the branches,” said Rasim Ahmadov, who farms five hectares near Zagatala. He said wholesale buyers had arrived earlier than usual this year and were paying on time.',
      ),
      p(
        'Officials said the larger harvest should help agricultural exports, which fell in the first half of the year. Hazelnuts are among the country’s most valuable non-oil exports, and most of the crop is sold to confectionery makers in Italy, Germany and other European markets.',
      ),
      p(
        'Growers’ associations warned, however, that a shortage of seasonal workers and higher fuel prices had pushed up the cost of harvesting. Some farmers said they were considering selling part of their crop unshelled at lower prices because processing plants in the region were already working at full capacity.',
      ),
    ],
  },
  {
    headline: 'Caspian states press for help with the falling sea level at climate talks in Belém',
    standfirst:
      'Delegates say the shrinking sea threatens ports, fisheries and coastal towns from Baku to Atyrau.',
    sectionSlug: 'world',
    tags: ['Climate', 'Caspian', 'Diplomacy'],
    authors: [LEYLA],
    publishedAt: '2025-11-12T17:10:00+04:00',
    body: [
      p(
        'Delegations from countries bordering the Caspian Sea used a side event at the UN climate conference in Belém, Brazil, on Wednesday to call for international support in coping with the sea’s falling water level. The Caspian has dropped by well over a metre since the mid-1990s, according to figures presented at the event, with the sharpest retreat along its shallow northern coast.',
      ),
      p(
        'Speakers said the receding shoreline was already forcing ports to dredge their approach channels, disrupting fisheries and leaving some coastal villages far from the water. The shallow coast near Atyrau in Kazakhstan and the Kara-Bogaz-Gol gulf in Turkmenistan were among the areas most affected, they said.',
      ),
      quote(
        '“The Caspian is not an ocean, so it does not fit neatly into the way climate finance is organised. But it feeds millions of people, and it is shrinking in front of our eyes.”',
        'Aynur Mammadova, a member of Azerbaijan’s delegation',
      ),
      p(
        'Delegates proposed a joint programme to monitor the sea’s water balance and asked development banks to consider a dedicated fund for adaptation in coastal areas. No formal decision is expected in Belém, where negotiators are focused on finance for developing countries and on national plans to cut emissions. The conference is due to end on November 21.',
      ),
    ],
  },
  {
    headline: 'Kazakh road movie wins the top prize at Baku Autumn Film Festival',
    standfirst:
      'The jury praised “Steppe Radio” for its humour and restraint; a Georgian documentary took the audience award.',
    sectionSlug: 'culture',
    tags: ['Film', 'Festival', 'Baku', 'Kazakhstan'],
    authors: [SABINA],
    publishedAt: '2025-11-13T21:15:00+04:00',
    body: [
      p(
        i('Steppe Radio'),
        ', a road movie by the Kazakh director Daniyar Ospanov about two brothers delivering a broken radio transmitter across the steppe, won the Golden Pomegranate for best film at the Baku Autumn Film Festival on Thursday night. The jury said the film combined “dry humour and real tenderness” and praised its two lead actors, neither of whom had appeared in a feature before.',
      ),
      p(
        'Gunay Rzayeva’s ',
        i('The Last Picking'),
        ', which opened the festival, won the prize for best director, and the award for best actress went to 67-year-old Nazakat Huseynova, who plays the family’s grandmother. Huseynova, a retired tea picker, thanked her neighbours in Lankaran “for putting up with the cameras for two summers”.',
      ),
      p(
        'The audience award, decided by ballots collected after each screening, went to ',
        i('Salt Road'),
        ', a Georgian documentary that follows shepherds driving their flocks from the mountains of Tusheti to winter pastures. Festival director Kamala Aghayeva said more than 22,000 tickets had been sold, a record for the event.',
      ),
      p(
        'Aghayeva said the festival would add a section for animated films next year and was in talks with broadcasters in the region about showing the prize winners on television. The closing ceremony was followed by an open-air screening of the winning film on the seafront, which drew several hundred people despite the cold.',
      ),
    ],
  },
  {
    headline: 'Azerbaijan summons Russian ambassador after strike damages its embassy in Kyiv',
    standfirst:
      'Baku handed over a note of protest after an overnight missile attack damaged the embassy compound and its consular section.',
    sectionSlug: 'world',
    tags: ['Diplomacy', 'Azerbaijan', 'Russia', 'Ukraine'],
    authors: [LEYLA],
    publishedAt: '2025-11-14T19:40:00+04:00',
    body: [
      p(
        'Azerbaijan’s Foreign Ministry summoned Russia’s ambassador on Friday, November 14, and handed him a note of protest after a missile strike overnight damaged the Azerbaijani embassy in Kyiv. The ministry said the attack took place at around 1 a.m. local time, when a missile hit the grounds of the diplomatic mission during a wider bombardment of the Ukrainian capital.',
      ),
      p(
        'According to the ministry, the blast damaged the perimeter fence, several service vehicles, the administrative building and the consular section. “A strike on a diplomatic mission is a grave breach of international law, including the Vienna Convention on Diplomatic Relations, and cannot be accepted under any circumstances,” ministry spokesperson Nurlan Mirzazade said in a statement.',
      ),
      p(
        'Mirzazade said the note called for a thorough investigation and for measures to prevent any repetition, and recalled that Azerbaijani diplomatic and commercial property in Ukraine had been damaged in earlier attacks. The Russian side did not immediately comment on the protest, and there was no word on when the embassy’s consular services would resume.',
      ),
      p(
        'The ministry published ',
        link('the text of its statement', 'https://example.com/mfa/statements/embassy-kyiv-protest'),
        ' on its website and said it had informed partner countries and international organisations of the incident. Relations between Baku and Moscow have been strained for several months by a series of disputes, and diplomats said the protest was likely to add to the tension.',
      ),
    ],
  },
  {
    headline: 'Azerbaijani freestyle wrestlers win three golds at the Baku Grand Prix',
    standfirst: 'Home wrestlers topped the team standings ahead of Iran and Georgia on the final day.',
    sectionSlug: 'sport',
    tags: ['Wrestling', 'Baku'],
    authors: [ORKHAN],
    publishedAt: '2025-11-16T11:00:00+04:00',
    corrections: [
      {
        text: 'An earlier version of this article said Emin Gasimli won gold in the 79kg category. He competed and won at 74kg.',
        createdAt: '2025-11-16T15:30:00+04:00',
      },
    ],
    body: [
      p(
        'Azerbaijan’s freestyle wrestlers won three gold medals on the final day of the Baku Grand Prix on Saturday, finishing top of the team standings ahead of Iran and Georgia. The tournament, held at the National Gymnastics Arena, drew 240 wrestlers from 19 countries and counted as a ranking event ahead of next year’s European championships.',
      ),
      p(
        'Twenty-year-old Emin Gasimli took gold in the 74kg category, beating an Iranian opponent 6-3 in a final decided in the last 20 seconds. Gasimli, a junior world bronze medallist last year, scored a takedown on the counter-attack after trailing for most of the bout. “I heard the crowd and decided it was now or never,” he said.',
      ),
      p(
        'The veteran Ruslan Aghazada added a second title at 97kg with a dominant 10-0 win, and Kanan Huseynli won at 61kg after his Georgian opponent retired injured early in the second period. The home team also collected four silver and five bronze medals across the two days of competition.',
      ),
      p(
        'Head coach Vugar Alasgarov said the results were encouraging but warned against reading too much into an event at which several leading wrestling nations had sent second-choice teams. The squad now begins a training camp in Guba before the national championships in December.',
      ),
    ],
  },
  {
    headline: 'Education ministry to trial a shorter school day and weekly coding lessons in 120 schools',
    standfirst: 'The pilot starts in January and will be evaluated before any nationwide rollout.',
    sectionSlug: 'society',
    tags: ['Education', 'Schools', 'Azerbaijan'],
    authors: [SABINA],
    publishedAt: '2025-11-17T09:45:00+04:00',
    body: [
      p(
        'The Ministry of Science and Education will trial a shorter school day and weekly computer programming lessons in 120 schools from January, officials said on Monday. Schools in Baku, Sumgayit, Ganja and several rural districts will take part in the pilot, which is due to run until the end of the academic year and be evaluated before any decision on a wider rollout.',
      ),
      p(
        'Under the plan, lessons in participating schools will end 40 minutes earlier on most days, with the time used for optional clubs, homework support and sport. “Children spend long hours at their desks, and teachers tell us the last lesson of the day is often lost,” Deputy Minister Ulviyya Rahimova said at a news conference in Baku.',
      ),
      p('The main changes in the pilot schools are:'),
      list(
        [b('Shorter lessons:'), ' 40 minutes instead of 45 for pupils in grades 1 to 4'],
        [b('Coding:'), ' one hour a week of programming from grade 5'],
        [b('Afternoon clubs:'), ' optional sessions run with universities and sports federations'],
        [b('Less homework:'), ' no written homework at weekends for primary pupils'],
      ),
      p(
        'Parents’ groups broadly welcomed the trial but asked whether schools had enough qualified teachers for the new programming lessons. The ministry said 300 teachers would complete a ',
        b('six-week training course'),
        ' in December, and that pilot schools would receive laptops and classroom kits before the winter holidays.',
      ),
    ],
  },
  {
    headline: 'Parliament passes 2026 budget in second reading after a heated debate on social spending',
    standfirst:
      'Deputies approved the draft by 98 votes to 7, with the final reading expected early next month.',
    sectionSlug: 'politics',
    tags: ['Parliament', 'Budget', 'Azerbaijan'],
    authors: [KAMRAN, TURAL],
    publishedAt: '2025-11-19T10:15:00+04:00',
    updatedAt: '2025-11-19T16:40:00+04:00',
    body: [
      p(
        'Azerbaijan’s parliament approved the draft state budget for 2026 in its second reading on Wednesday, voting 98 to 7 after a debate that ran for more than six hours. The vote clears the way for a third and final reading in early December, when deputies can still amend individual spending lines but not the overall revenue and expenditure figures.',
      ),
      p(
        'Much of the debate turned on social spending. Several deputies argued that the planned 10% rise in targeted social assistance would be eaten up by inflation and called for a larger increase in the minimum pension. “Investment in roads and pipelines is necessary, but people judge a budget by what ends up in their own pocket,” said independent deputy Sevda Najafli.',
      ),
      p(
        'Deputy Finance Minister Tofig Rzazade told the chamber that the government had already revised the draft to raise spending on school meals and on heating subsidies for low-income families in mountain districts. He said the deficit would be financed mainly by transfers from the State Oil Fund, with only modest domestic borrowing.',
      ),
      p(
        b('Update:'),
        ' The parliamentary press service said on Wednesday afternoon that the final reading had been scheduled for December 3, and that the budget committee would hold one more hearing with ministries before then.',
      ),
    ],
  },
  {
    headline: 'Caspian Jazz Nights announces line-up for its tenth edition',
    standfirst: 'Musicians from 15 countries will play in Baku, Sheki and Ganja over ten days in December.',
    sectionSlug: 'culture',
    tags: ['Music', 'Festival', 'Baku'],
    authors: [SABINA],
    publishedAt: '2025-11-20T18:00:00+04:00',
    body: [
      p(
        'The Caspian Jazz Nights festival will bring musicians from 15 countries to Baku, Sheki and Ganja from December 4 to 13, organisers said on Thursday as they announced the line-up for its tenth edition. The programme includes 28 concerts, free afternoon workshops for music students and a late-night jam session in the Old City on every evening of the festival.',
      ),
      h2('Mugham meets jazz'),
      p(
        'As in previous years, the festival will put a spotlight on musicians who blend jazz with mugham, Azerbaijan’s classical modal tradition. The opening concert will feature the pianist Farida Aslanova with a quartet of tar and kamancha players, performing a suite commissioned for the anniversary. “Jazz came to Baku almost a century ago and never really left,” Aslanova said.',
      ),
      p(
        'Visiting performers include a big band from Tallinn, a Brazilian guitar duo and a trio led by a Georgian singer. Festival director Eldar Gasimzade said the decision to hold concerts outside the capital for the first time was meant to “take the music to audiences who usually have to travel to hear it”.',
      ),
      p(
        'Tickets go on sale on November 24. The full ',
        link('programme and ticket information', 'https://example.com/caspian-jazz-nights/programme'),
        ' is available on the festival’s website, and several concerts will be broadcast live on public radio, organisers said.',
      ),
    ],
  },
  {
    headline: 'Baku says Moscow’s explanation of the embassy damage in Kyiv leaves questions open',
    standfirst:
      'The Foreign Ministry took note of Russia’s regret but said it would wait for a fuller account of the November 14 strike.',
    sectionSlug: 'world',
    tags: ['Diplomacy', 'Azerbaijan', 'Russia', 'Ukraine'],
    authors: [LEYLA],
    publishedAt: '2025-11-22T11:30:00+04:00',
    body: [
      p(
        'Azerbaijan’s Foreign Ministry said on Saturday that it had “taken note” of Russia’s regret over the damage to the Azerbaijani embassy in Kyiv, but that Moscow’s account of the incident did not answer all of Baku’s questions. Russian officials told Azerbaijan’s ambassador in Moscow on Friday that the damage had most likely been caused by Ukrainian air defences rather than by a Russian missile.',
      ),
      p(
        '“We value the fact that the Russian side has responded to our note and expressed regret,” ministry spokesperson Nurlan Mirzazade told a briefing in Baku. “At the same time, our own information about the night of November 14 differs in important respects, and we expect the relevant agencies to keep exchanging facts until the picture is clear.”',
      ),
      quote(
        '“Diplomatic premises are protected under international law no matter whose weapon causes the damage. What matters to us is that this does not happen again.”',
        'Sevinj Alakbarli, member of parliament’s committee on international relations',
      ),
      h2('Relations under strain'),
      p(
        'The exchange comes at a sensitive moment for ties between the two countries, which are bound by a 2022 declaration on allied interaction. Both sides have said they want to keep planned high-level contacts on track. Analysts in Baku said the measured tone of the ministry’s response suggested that neither capital wanted the embassy incident to become a fresh source of friction.',
      ),
      p(
        'The ministry said repair work had begun at the embassy compound in Kyiv and that the mission was continuing to operate. It gave no date for the reopening of the consular section, which was among the parts of the building damaged in the strike.',
      ),
    ],
  },
  {
    headline: 'Power cuts hit several Baku districts as cold snap drives record electricity demand',
    standfirst:
      'The grid operator said supplies were being restored in stages and asked residents to limit the use of electric heaters.',
    sectionSlug: 'society',
    tags: ['Heating', 'Utilities', 'Weather', 'Baku'],
    authors: [SABINA],
    breaking: true,
    publishedAt: '2025-11-24T18:20:00+04:00',
    body: [
      p(
        'Power cuts left thousands of households in several districts of Baku without electricity on Monday evening as the first sharp cold snap of the winter pushed demand to a record, the national grid operator said. Outages were reported in parts of Binagadi, Sabunchu and Surakhani districts shortly after 5 p.m., and some traffic lights in the north of the city stopped working.',
      ),
      p(
        '“Consumption rose by almost 15% within two hours as people came home and switched on electric heaters,” said Elchin Rahimli, a spokesman for the grid operator. He said automatic protection systems had disconnected several substations to prevent wider damage, and that crews were restoring supplies “district by district”.',
      ),
      p(
        'Temperatures in the capital fell to minus 2°C on Monday, with a strong northerly wind making it feel considerably colder. Forecasters expect the cold spell to last until at least Thursday, with snow possible in the mountain districts of the north and west, where some roads may close overnight.',
      ),
      p(
        'The operator asked residents ',
        b('not to run several high-power appliances at the same time'),
        ' during the evening peak and said it would post hourly updates on restored areas. Metro and suburban train services were running normally, the city’s transport agency said.',
      ),
    ],
  },
];
