/**
 * First names English copy about the Caucasus, Central Asia and Russia writes, which the English
 * lexicon does not know ("Nikol Pashinyan", "Irakli Kobakhidze", "Mikayil Jabbarov"): Azerbaijani
 * names in their usual English spelling, and a short list from the neighbouring languages. A name
 * missing here is still read after a role, an honorific or a speech verb.
 */
import { AZ_FEMALE_FIRST_NAMES, AZ_MALE_FIRST_NAMES } from '../../az/data/names.ts';

/** Azerbaijani letters as English copy spells them ("Rövşən" → "Rovshan", "Ceyhun" → "Jeyhun"). */
const LATIN: Readonly<Record<string, string>> = {
  ə: 'a', Ə: 'A', ı: 'i', I: 'I', İ: 'I', ş: 'sh', Ş: 'Sh', ç: 'ch', Ç: 'Ch', ğ: 'gh', Ğ: 'Gh', x: 'kh', X: 'Kh',
  q: 'g', Q: 'G', c: 'j', C: 'J', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U',
};
const english = (name: string): string => Array.from(name).map((c) => LATIN[c] ?? c).join('');

/** Georgian, Armenian, Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen and Russian names common in the news. */
const REGIONAL = `
  Nikol Armen Ararat Ruben Tigran Serzh Levon Zareh Anahit Gohar Mher Vahagn Arsen Irakli Giorgi Mikheil Levan
  Davit Zurab Salome Tamar Nino Ketevan Bidzina Kakha Shalva Tea Kassym-Jomart Nursultan Askar Yerlan Serik
  Aigerim Dariga Shavkat Bakhtiyor Abdulla Sadyr Akylbek Japarov Emomali Rustam Serdar Gurbanguly Sergei Sergey
  Dmitry Dmitri Vladimir Mikhail Maria Alexei Alexey Yuri Yury Nikolai Nikolay Andrei Andrey Valentina Anatoly
  Igor Oleg Pavel Vyacheslav Yevgeny Maxim Denis Ruslan Ramzan Recep Hakan Mevlut Ibrahim Ilham Mehriban
`;

export const EN_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...[...AZ_MALE_FIRST_NAMES, ...AZ_FEMALE_FIRST_NAMES].map(english),
  ...REGIONAL.trim().split(/\s+/),
]);

/** Surname endings of the region ("Pashinyan", "Kobakhidze", "Tokayev"), any case. */
export const EN_SURNAME_SHAPE = /\p{Ll}(?:ov|ev|yev|ova|eva|yeva|enko|yan|dze|shvili|zade|oglu)$/u;

/**
 * Chinese and Korean family names, which English copy writes first ("Wang Xiao Ming", "Park Ji Woo",
 * "Li Qiang"): a capitalised run of two or more words opening with one is a person's name.
 */
export const EN_FAMILY_FIRST_NAMES: ReadonlySet<string> = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Han
   Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qian
   Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Yang Son
   Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Eom Chae Won`
    .trim()
    .split(/\s+/u),
);
