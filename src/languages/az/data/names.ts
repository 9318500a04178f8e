/**
 * First names by gender, in the nominative, as Russian and Azerbaijani copy writes them. They
 * decide the gender (and so the case) of a name whose ending alone is ambiguous: «Михаила
 * Евдокимова» is Mikhail Yevdokimov in the genitive, «Ирина Белова» is Irina Belova; "Rəşad
 * Qasımova" is a dative, "Leyla Qasımova" a woman's name. Not exhaustive: a name missing here is
 * read from its endings alone, and when those are ambiguous the name is kept as written.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export const AZ_MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
  Rəhman İlham Ceyhun Elmar Hikmət Novruz Azər Elçin Elnur Ramiz Rəşad Fuad Vüqar Anar Kamran Mübariz
  Zakir Arif Heydər Hüseyn Həsən Əli Rasim Samir Şahin İlqar Mehman Talıb Fərid Fikrət Rauf
  Elşad Elşən Orxan Tural Emin Rüfət Rövşən Sərdar Tofiq Vaqif Yaşar Zaur Nazim Nicat Murad Mirzə Əkbər
  Cavid Ceyhun Elxan Eldar Eldəniz Firudin Qəzənfər Hacı Hafiz İsmayıl Kənan Məmməd Namiq Natiq Polad
  Sahib Səməd Şamil Teymur Ülvi Vasif Vüsal Xəyal Yusif Zahid Zeynal Ədalət Əziz Mais Malik Elbrus
  Mixail Sergey Vladimir Dmitri Dmitriy Aleksandr Aleksey Andrey Yuri Yuriy Nikolay Pavel Oleq Boris
  Viktor İqor Maksim Roman Anton Denis Yevgeni Konstantin Mixeil Nikol Levon Ararat Armen Tiqran Serj
  Volodimir Taras Petro Kasım-Jomart Nursultan Şavkat Sadır Rəcəb Rəcəp Mövlud Hakan
  Emmanuel Olaf Fridrix Co Donald Entoni Antoniu Jozep Mark Rafael Con Maykl Uilyam Ceyms Pol Tomas
  `),
);

export const AZ_FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
  Leyla Aygün Aynur Gülnarə Elmira Sevinc Səbinə Samirə Nigar Mehriban Günay Nərgiz Xanım Fidan Aytən
  Arzu Aysel Aysu Aynurə Bahar Balaxanım Dilarə Esmira Fatimə Gülnar Gülşən Günel İradə Jalə Kəmalə Könül
  Lalə Lamiyə Məleykə Nərmin Nuray Rəna Röya Sevda Sevil Şəbnəm Şahnaz Təranə Ülviyyə Vüsalə Zəhra
  Zərifə Ziba Zümrüd Solmaz Sona Pərvin Mələk
  Mariya Anna İrina Yelena Natalya Olqa Tatyana Svetlana Yuliya Yekaterina Anastasiya Kaya Ursula Kamala
  Angela Tereza Hillari Nensi Kristina Corca Nino Salome
  `),
);

/** Slavic first names among them: a surname after one declines as a Russian one ("Oleq Paninin" → Panin). */
export const AZ_SLAVIC_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
  Mixail Sergey Vladimir Dmitri Dmitriy Aleksandr Aleksey Andrey Yuri Yuriy Nikolay Pavel Oleq Boris
  Viktor İqor Maksim Roman Anton Denis Yevgeni Konstantin Volodimir Taras Petro İvan Vasili Qennadi
  Mariya Anna İrina Yelena Natalya Olqa Tatyana Svetlana Yuliya Yekaterina Anastasiya
  `),
);
