import type { Random } from './random.js';

/** Language of the sample posts a person writes. */
export type PostLanguage = 'en' | 'ja' | 'zh' | 'ko' | 'ar' | 'ru' | 'es' | 'fr' | 'de' | 'other';

/** One given or family name: native spelling, ASCII romanisation (for emails and ids), kana or gender. */
export interface NamePart {
  native: string;
  roman: string;
  /** Reading in kana (Japanese). */
  phonetic?: string;
  /** Given names in cultures whose family names agree in gender. */
  gender?: 'f' | 'm';
  /** Feminine form of a family name (Иванова, Παπαδοπούλου). */
  feminine?: string;
  feminineRoman?: string;
}

/** A place a postal address can be in. */
export interface Place {
  locality: string;
  region?: string;
  postalCode: (r: Random) => string;
  country: string;
}

/** Naming, address and phone conventions of one group of people. */
export interface Culture {
  id: string;
  /** Relative share of the population. */
  weight: number;
  language: PostLanguage;
  givens: NamePart[];
  families: NamePart[];
  /** Family name first in the display name (East Asian, Hungarian, Vietnamese order). */
  familyFirst: boolean;
  /** Between the two names in the display name: a space, or nothing (Chinese, Korean). */
  separator: string;
  /** Phonetic name from the romanisation (pinyin for Chinese). */
  romanPhonetic?: boolean;
  places: Place[];
  street: (r: Random) => string;
  phone: (r: Random) => string;
  /** Organisations typical of the place; the shared pool is used otherwise. */
  organizations?: string[];
}

/**
 * Parses compact name lists: `native:roman[:kana|f|m]`, family names as `masc/fem:roman/femroman`.
 * Keeps the pools below readable as one line per name.
 */
function names(list: string): NamePart[] {
  return list
    .trim()
    .split(/\s*,\s*/u)
    .map((entry) => {
      const [nativeField = '', romanField = '', extra] = entry.split(':');
      const [native = '', feminine] = nativeField.split('/');
      const [roman = '', feminineRoman] = romanField.split('/');
      const part: NamePart = { native, roman };
      if (feminine) part.feminine = feminine;
      if (feminineRoman) part.feminineRoman = feminineRoman;
      if (extra === 'f' || extra === 'm') part.gender = extra;
      else if (extra) part.phonetic = extra;
      return part;
    });
}

const postal = (pattern: string) => (r: Random) => pattern.replace(/#/g, () => String(r.int(0, 9)));
const place = (locality: string, region: string | undefined, country: string, pattern: string): Place => ({
  locality,
  ...(region ? { region } : {}),
  country,
  postalCode: postal(pattern),
});
const numbered =
  (streets: string[], before = true) =>
  (r: Random) => {
    const n = r.int(1, 240);
    const street = r.pick(streets);
    return before ? `${n} ${street}` : `${street} ${n}`;
  };

export const CULTURES: Culture[] = [
  {
    id: 'en',
    weight: 30,
    language: 'en',
    givens: names(`Alice:alice, Ben:ben, Chloe:chloe, Daniel:daniel, Emma:emma, Finn:finn, Grace:grace, Harry:harry,
      Isla:isla, Jack:jack, Kate:kate, Liam:liam, Maya:maya, Noah:noah, Olivia:olivia, Priya:priya, Quinn:quinn,
      Ruby:ruby, Sam:sam, Tariq:tariq, Uma:uma, Victor:victor, Willow:willow, Xavier:xavier, Yasmin:yasmin, Zachary:zachary,
      Aoife:aoife, Siobhan:siobhan, Rhys:rhys, Dwayne:dwayne, Keisha:keisha, Mateo:mateo`),
    families: names(`Smith:smith, Johnson:johnson, Williams:williams, Brown:brown, Taylor:taylor, O'Brien:obrien,
      MacDonald:macdonald, Anderson:anderson, Clarke:clarke, Walker:walker, Wright:wright, Robinson:robinson,
      Thompson:thompson, Evans:evans, Hughes:hughes, Edwards:edwards, Green:green, Hall:hall, Wood:wood,
      Harris:harris, Lewis:lewis, Okafor:okafor, Patel:patel, Nguyen:nguyen, Fitzgerald:fitzgerald,
      Smith-Jones:smith-jones, Van der Berg:vanderberg, St. Clair:stclair`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('London', undefined, 'United Kingdom', 'SW1A #AA'),
      place('Manchester', undefined, 'United Kingdom', 'M# #LB'),
      place('Edinburgh', 'Scotland', 'United Kingdom', 'EH# #QT'),
      place('Boston', 'MA', 'United States', '021##'),
      place('Portland', 'OR', 'United States', '972##'),
      place('Austin', 'TX', 'United States', '787##'),
      place('Toronto', 'ON', 'Canada', 'M5V #A#'),
      place('Melbourne', 'VIC', 'Australia', '3###'),
      place('Dublin', undefined, 'Ireland', 'D0# X###'),
    ],
    street: numbered([
      'High Street',
      'Station Road',
      'Maple Avenue',
      'Church Lane',
      'Elm Street',
      'Harbour View',
      'Queen Street',
      'Oak Drive',
    ]),
    // Ofcom's and the NANP's ranges reserved for fiction.
    phone: (r) => (r.chance(0.5) ? `+44 7700 900${r.digits(3)}` : `+1 555 01${r.digits(2)} ${r.digits(4)}`),
  },
  {
    id: 'ja',
    weight: 15,
    language: 'ja',
    givens: names(`太郎:taro:たろう, 花子:hanako:はなこ, 翔太:shota:しょうた, 美咲:misaki:みさき, 大輔:daisuke:だいすけ,
      陽菜:hina:ひな, 健:ken:けん, 由美:yumi:ゆみ, 拓也:takuya:たくや, さくら:sakura:さくら, 蓮:ren:れん, 葵:aoi:あおい,
      直樹:naoki:なおき, 恵子:keiko:けいこ, 悠人:yuto:ゆうと, 結衣:yui:ゆい, 誠:makoto:まこと, 彩:aya:あや`),
    families: names(`山田:yamada:やまだ, 佐藤:sato:さとう, 鈴木:suzuki:すずき, 高橋:takahashi:たかはし, 田中:tanaka:たなか,
      伊藤:ito:いとう, 渡辺:watanabe:わたなべ, 中村:nakamura:なかむら, 小林:kobayashi:こばやし, 加藤:kato:かとう,
      吉田:yoshida:よしだ, 山本:yamamoto:やまもと, 松本:matsumoto:まつもと, 井上:inoue:いのうえ, 木村:kimura:きむら,
      林:hayashi:はやし, 清水:shimizu:しみず, 森:mori:もり, 池田:ikeda:いけだ, 橋本:hashimoto:はしもと`),
    familyFirst: true,
    separator: ' ',
    places: [
      place('渋谷区', '東京都', '日本', '150-00##'),
      place('千代田区', '東京都', '日本', '100-00##'),
      place('大阪市北区', '大阪府', '日本', '530-00##'),
      place('京都市中京区', '京都府', '日本', '604-8###'),
      place('札幌市中央区', '北海道', '日本', '060-00##'),
      place('福岡市博多区', '福岡県', '日本', '812-00##'),
    ],
    street: (r) => `${r.pick(['神南', '丸の内', '梅田', '烏丸通', '大通西', '博多駅前'])}${r.int(1, 4)}-${r.int(1, 20)}-${r.int(1, 12)}`,
    phone: (r) => `+81 ${r.pick(['90', '80', '70'])} ${r.digits(4)} ${r.digits(4)}`,
    organizations: ['さくら工業株式会社', '東京デザイン研究所', '株式会社みなと通信', '京都大学', '北斗ソフトウェア株式会社'],
  },
  {
    id: 'zh',
    weight: 10,
    language: 'zh',
    givens: names(`伟:wei, 芳:fang, 娜:na, 秀英:xiuying, 敏:min, 静:jing, 强:qiang, 磊:lei, 洋:yang, 艳:yan, 杰:jie,
      婷:ting, 晓明:xiaoming, 子涵:zihan, 浩然:haoran, 雨桐:yutong, 嘉怡:jiayi, 志豪:zhihao`),
    families: names(`王:wang, 李:li, 张:zhang, 刘:liu, 陈:chen, 杨:yang, 黄:huang, 赵:zhao, 吴:wu, 周:zhou, 徐:xu,
      孙:sun, 林:lin, 郭:guo, 何:he, 高:gao`),
    familyFirst: true,
    separator: '',
    romanPhonetic: true,
    places: [
      place('上海市', '上海', '中国', '2000##'),
      place('北京市', '北京', '中国', '1000##'),
      place('深圳市', '广东省', '中国', '5180##'),
      place('台北市', undefined, '台灣', '1##'),
      place('Singapore', undefined, 'Singapore', '0####'),
    ],
    street: (r) => `${r.pick(['南京西路', '长安街', '深南大道', '中山北路', '淮海中路'])}${r.int(1, 999)}号`,
    phone: (r) => `+86 1${r.int(30, 89)} ${r.digits(4)} ${r.digits(4)}`,
    organizations: ['华星科技有限公司', '东方电子', '长江设计工作室'],
  },
  {
    id: 'ko',
    weight: 7,
    language: 'ko',
    givens: names(`민준:minjun, 서연:seoyeon, 지훈:jihun, 수빈:subin, 현우:hyunwoo, 지민:jimin, 예은:yeeun, 도윤:doyun,
      하은:haeun, 성민:seongmin, 유나:yuna, 준호:junho`),
    families: names(`김:kim, 이:lee, 박:park, 최:choi, 정:jung, 강:kang, 조:cho, 윤:yoon, 장:jang, 임:lim, 한:han`),
    familyFirst: true,
    separator: '',
    places: [
      place('강남구', '서울특별시', '대한민국', '06###'),
      place('해운대구', '부산광역시', '대한민국', '48###'),
      place('수원시', '경기도', '대한민국', '16###'),
    ],
    street: (r) => `${r.pick(['테헤란로', '해운대로', '광교로', '세종대로'])} ${r.int(1, 500)}`,
    phone: (r) => `+82 10 ${r.digits(4)} ${r.digits(4)}`,
    organizations: ['한빛전자', '서울디지털랩'],
  },
  {
    id: 'ar',
    weight: 7,
    language: 'ar',
    givens: names(`ليلى:layla, أحمد:ahmed, فاطمة:fatima, عمر:omar, مريم:maryam, يوسف:youssef, نور:nour, خالد:khaled,
      سارة:sara, كريم:karim, هدى:huda, زياد:ziad, رنا:rana, طارق:tarek`),
    families: names(`حداد:haddad, منصور:mansour, الخطيب:alkhatib, حسن:hassan, عبد الله:abdullah, النجار:alnajjar,
      سعيد:saeed, الأحمد:alahmad, خليل:khalil, الشامي:alshami`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('عمّان', undefined, 'الأردن', '11###'),
      place('بيروت', undefined, 'لبنان', '1107 ####'),
      place('Cairo', undefined, 'Egypt', '11###'),
      place('Dubai', undefined, 'United Arab Emirates', '#####'),
      place('Casablanca', undefined, 'Morocco', '20###'),
    ],
    street: numbered(['شارع الرينبو', 'شارع الحمرا', 'Sheikh Zayed Road', 'Boulevard Anfa', 'Tahrir Street']),
    phone: (r) =>
      r.pick([
        `+962 7${r.int(7, 9)} ${r.digits(3)} ${r.digits(4)}`,
        `+971 50 ${r.digits(3)} ${r.digits(4)}`,
        `+20 10 ${r.digits(4)} ${r.digits(4)}`,
      ]),
  },
  {
    id: 'ru',
    weight: 7,
    language: 'ru',
    givens: names(`Анна:anna:f, Ольга:olga:f, Мария:maria:f, Екатерина:ekaterina:f, Наталья:natalya:f, Татьяна:tatyana:f,
      Дмитрий:dmitry:m, Алексей:alexey:m, Сергей:sergey:m, Иван:ivan:m, Михаил:mikhail:m, Артём:artyom:m`),
    families: names(`Иванов/Иванова:ivanov/ivanova, Смирнов/Смирнова:smirnov/smirnova, Кузнецов/Кузнецова:kuznetsov/kuznetsova,
      Попов/Попова:popov/popova, Соколов/Соколова:sokolov/sokolova, Волков/Волкова:volkov/volkova,
      Морозов/Морозова:morozov/morozova, Шевченко:shevchenko, Коваленко:kovalenko, Бондаренко:bondarenko`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('Москва', undefined, 'Россия', '1010##'),
      place('Санкт-Петербург', undefined, 'Россия', '1900##'),
      place('Київ', undefined, 'Україна', '01###'),
      place('София', undefined, 'България', '1###'),
      place('Алматы', undefined, 'Қазақстан', '050###'),
    ],
    street: (r) => `${r.pick(['ул. Тверская', 'Невский пр.', 'вул. Хрещатик', 'бул. Витоша', 'пр. Абая'])}, д. ${r.int(1, 120)}`,
    phone: (r) => r.pick([`+7 9${r.digits(2)} ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`, `+380 67 ${r.digits(3)} ${r.digits(4)}`]),
  },
  {
    id: 'es',
    weight: 6,
    language: 'es',
    givens: names(`José:jose, María:maria, Lucía:lucia, Andrés:andres, Sofía:sofia, Ramón:ramon, Inés:ines, Joaquín:joaquin,
      Begoña:begona, Íñigo:inigo`),
    families: names(`Martínez:martinez, García:garcia, Muñoz:munoz, Ibáñez:ibanez, Pérez:perez, Gómez:gomez,
      Rodríguez:rodriguez, Núñez:nunez, Sánchez:sanchez, Peña:pena`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('Madrid', 'Madrid', 'España', '280##'),
      place('Sevilla', 'Andalucía', 'España', '410##'),
      place('Ciudad de México', 'CDMX', 'México', '06###'),
      place('Buenos Aires', undefined, 'Argentina', 'C1###'),
      place('Bogotá', undefined, 'Colombia', '110###'),
    ],
    street: numbered(['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de la Reforma'], false),
    phone: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+52 55 ${r.digits(4)} ${r.digits(4)}`]),
  },
  {
    id: 'fr',
    weight: 5,
    language: 'fr',
    givens: names(`Zoë:zoe, Héloïse:heloise, Jérôme:jerome, François:francois, Anaïs:anais, Gaëlle:gaelle, Noël:noel,
      Cécile:cecile, Loïc:loic, Margaux:margaux`),
    families: names(`Dubois:dubois, Lefèvre:lefevre, Bélanger:belanger, Moreau:moreau, Girard:girard, Lemaître:lemaitre,
      Fontaine:fontaine, Côté:cote, Rousseau:rousseau, Bérubé:berube`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('Paris', 'Île-de-France', 'France', '750##'),
      place('Lyon', 'Auvergne-Rhône-Alpes', 'France', '6900#'),
      place('Montréal', 'QC', 'Canada', 'H2X #A#'),
      place('Bruxelles', undefined, 'Belgique', '10##'),
      place('Genève', undefined, 'Suisse', '12##'),
    ],
    street: numbered(['rue de Rivoli', 'boulevard Saint-Germain', 'rue Sainte-Catherine', 'avenue Louise']),
    phone: (r) => r.pick([`+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+1 514 555 01${r.digits(2)}`]),
  },
  {
    id: 'de',
    weight: 5,
    language: 'de',
    givens: names(`Jürgen:juergen, Jörg:joerg, Lena:lena, Lukas:lukas, Sören:soeren, Käthe:kaethe, Maximilian:maximilian,
      Annika:annika, Björn:bjoern, Mia:mia`),
    families: names(`Müller:mueller, Schröder:schroeder, Groß:gross, Weiß:weiss, Schäfer:schaefer, Köhler:koehler,
      Hoffmann:hoffmann, Becker:becker, Fuchs:fuchs, Krüger:krueger`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('Berlin', undefined, 'Deutschland', '101##'),
      place('München', 'Bayern', 'Deutschland', '803##'),
      place('Wien', undefined, 'Österreich', '10#0'),
      place('Zürich', undefined, 'Schweiz', '80##'),
    ],
    street: numbered(['Hauptstraße', 'Schillerstraße', 'Bahnhofstraße', 'Mariahilfer Straße'], false),
    phone: (r) => r.pick([`+49 151 ${r.digits(8)}`, `+43 664 ${r.digits(7)}`]),
  },
  {
    id: 'latin-misc',
    weight: 6,
    language: 'other',
    givens: names(`Łukasz:lukasz, Małgorzata:malgorzata, João:joao, Conceição:conceicao, Ömer:omer, Çağla:cagla,
      Søren:soren, Åsa:asa, Bjørn:bjorn, Jiří:jiri, Ngozi:ngozi, Siân:sian, Þóra:thora, Oğuz:oguz`),
    families: names(`Wójcik:wojcik, Kowalczyk:kowalczyk, Zieliński:zielinski, Gonçalves:goncalves, Conceição:conceicao,
      Yılmaz:yilmaz, Şahin:sahin, Öztürk:ozturk, Ødegård:odegard, Lindqvist:lindqvist, Dvořák:dvorak,
      Adébáyọ̀:adebayo, Guðmundsdóttir:gudmundsdottir`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('Kraków', undefined, 'Polska', '30-0##'),
      place('Lisboa', undefined, 'Portugal', '1100-###'),
      place('İstanbul', undefined, 'Türkiye', '344##'),
      place('København', undefined, 'Danmark', '1###'),
      place('Praha', undefined, 'Česko', '110 00'),
      place('Lagos', undefined, 'Nigeria', '1000##'),
      place('Reykjavík', undefined, 'Ísland', '10#'),
    ],
    street: numbered(['ul. Floriańska', 'Rua Augusta', 'İstiklal Caddesi', 'Strøget', 'Václavské náměstí', 'Laugavegur'], false),
    phone: (r) =>
      r.pick([
        `+48 5${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
        `+351 91 ${r.digits(3)} ${r.digits(4)}`,
        `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
        `+45 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      ]),
  },
  {
    id: 'vi',
    weight: 2,
    language: 'other',
    givens: names(`Văn An:vanan, Thị Mai:thimai, Minh Đức:minhduc, Thu Hằng:thuhang, Quốc Bảo:quocbao`),
    families: names(`Nguyễn:nguyen, Trần:tran, Lê:le, Phạm:pham, Đặng:dang`),
    familyFirst: true,
    separator: ' ',
    places: [place('Hà Nội', undefined, 'Việt Nam', '100000'), place('TP. Hồ Chí Minh', undefined, 'Việt Nam', '700000')],
    street: (r) => `${r.int(1, 200)} ${r.pick(['Phố Huế', 'Lê Lợi', 'Nguyễn Huệ'])}`,
    phone: (r) => `+84 9${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
  },
  {
    id: 'hu',
    weight: 1,
    language: 'other',
    givens: names(`Zsófia:zsofia, Bence:bence, Réka:reka, Gergő:gergo`),
    families: names(`Szabó:szabo, Nagy:nagy, Kovács:kovacs, Tóth:toth`),
    familyFirst: true,
    separator: ' ',
    places: [place('Budapest', undefined, 'Magyarország', '10##')],
    street: numbered(['Andrássy út', 'Váci utca'], false),
    phone: (r) => `+36 30 ${r.digits(3)} ${r.digits(4)}`,
  },
  {
    id: 'el',
    weight: 2,
    language: 'other',
    givens: names(`Νίκος:nikos:m, Ελένη:eleni:f, Δημήτρης:dimitris:m, Μαρία:maria:f, Γιώργος:giorgos:m, Κατερίνα:katerina:f`),
    families: names(`Παπαδόπουλος/Παπαδοπούλου:papadopoulos/papadopoulou, Γεωργίου:georgiou,
      Οικονόμου:oikonomou, Νικολαΐδης/Νικολαΐδου:nikolaidis/nikolaidou`),
    familyFirst: false,
    separator: ' ',
    places: [place('Αθήνα', undefined, 'Ελλάδα', '105 ##'), place('Θεσσαλονίκη', undefined, 'Ελλάδα', '546 ##')],
    street: numbered(['Οδός Ερμού', 'Λεωφόρος Συγγρού', 'Τσιμισκή'], false),
    phone: (r) => `+30 69${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
  },
  {
    id: 'he',
    weight: 2,
    language: 'other',
    givens: names(`נועה:noa, יונתן:yonatan, תמר:tamar, איתי:itai, שירה:shira, אורי:uri`),
    families: names(`כהן:cohen, לוי:levi, מזרחי:mizrahi, פרץ:peretz, ביטון:biton`),
    familyFirst: false,
    separator: ' ',
    places: [place('תל אביב-יפו', undefined, 'ישראל', '6######'), place('חיפה', undefined, 'ישראל', '3######')],
    street: numbered(['רחוב דיזנגוף', 'שדרות רוטשילד', 'רחוב הרצל'], false),
    phone: (r) => `+972 5${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
  },
  {
    id: 'hi',
    weight: 3,
    language: 'other',
    givens: names(`अनन्या:ananya, राहुल:rahul, प्रिया:priya, अर्जुन:arjun, दिव्या:divya, विक्रम:vikram, आरव:aarav, काव्या:kavya`),
    families: names(`शर्मा:sharma, वर्मा:verma, पटेल:patel, गुप्ता:gupta, अय्यर:iyer, रेड्डी:reddy, बनर्जी:banerjee`),
    familyFirst: false,
    separator: ' ',
    places: [
      place('Bengaluru', 'Karnataka', 'India', '5600##'),
      place('मुंबई', 'महाराष्ट्र', 'भारत', '4000##'),
      place('Chennai', 'Tamil Nadu', 'India', '6000##'),
    ],
    street: numbered(['MG Road', 'Linking Road', 'Anna Salai']),
    phone: (r) => `+91 9${r.digits(4)} ${r.digits(5)}`,
  },
];
