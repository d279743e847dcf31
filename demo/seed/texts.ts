import type { PostLanguage } from './cultures.js';

/** Job titles, in English: most address books hold them that way whatever the name's script. */
export const JOB_TITLES = [
  'Software Engineer',
  'Senior Software Engineer',
  'Product Manager',
  'UX Designer',
  'Data Scientist',
  'Engineering Manager',
  'Nurse',
  'Teacher',
  'Architect',
  'Accountant',
  'Journalist',
  'Photographer',
  'Chef',
  'Marketing Lead',
  'Sales Director',
  'Researcher',
  'Translator',
  'Civil Engineer',
  'Pharmacist',
  'Barista',
  'Founder',
  'CTO',
  'Illustrator',
  'Librarian',
  'Site Reliability Engineer',
  'Physiotherapist',
  'Community Manager',
  'Technical Writer',
  'Lawyer',
  'Veterinarian',
];

/** Fictional organisations; `.example` domains are reserved and never resolve. */
export const ORGANIZATIONS = [
  'Northwind Traders',
  'Contoso Ltd',
  'Fabrikam',
  'Tailspin Toys',
  'Wide World Importers',
  'Adventure Works',
  'Blue Yonder Airlines',
  'Lucerne Publishing',
  'Margie’s Travel',
  'Proseware',
  'Litware',
  'Coho Winery',
  'City General Hospital',
  'Riverside Primary School',
  'Open Data Institute',
  'Freelance',
];

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'post.example'];

export const NOTES = [
  'Met at the design systems meetup.',
  'Prefers email to phone calls.',
  'Old university friend.\nAsk about the marathon training.',
  'Introduced by Jane.',
  'Speaks Japanese, Spanish and some Portuguese.',
  'Mentor for the accessibility programme.',
  'Allergic to peanuts: remember for the team dinner.',
  'Runs the Thursday book club.',
  '趣味は写真と登山。',
  'Coffee on Fridays ☕',
];

/** Things people post, by language; a few have a link. */
export const POSTS: Record<PostLanguage, string[]> = {
  en: [
    'Just shipped the new onboarding flow. Huge thanks to everyone who tested it!',
    'Anyone have a good recommendation for a mechanical keyboard?',
    'Three years at the company today. Time flies.',
    'Looking for a volunteer to help with the community garden this weekend 🌱',
    'Great talk on accessible forms today. Labels matter!',
    'Finally finished reading “The Design of Everyday Things”.',
    'We are hiring two frontend engineers. Message me if you are interested.',
    'Marathon done! 4h12m and very sore legs.',
    'Coffee and code this morning. Perfect start to the week.',
    'Can someone explain why time zones are so hard? Asking for a friend.',
    'Moved to a new flat. Boxes everywhere 📦',
    'Happy to announce I am starting a new role next month!',
    'Slides from my talk on IndexedDB performance are up.',
    'The new bakery on the corner is dangerously good 🥐',
    'Reminder: the team lunch is on Thursday this week.',
    'First snow of the year ❄️',
    'Our open-source project just passed 1,000 stars. Thank you all!',
    'Spent the weekend fixing my bike. Now it squeaks in a different key.',
  ],
  ja: [
    '新しいプロジェクトが始まりました。よろしくお願いします！',
    '今日は渋谷で勉強会でした。とても楽しかったです。',
    '週末は京都で紅葉を見てきました 🍁',
    'アクセシビリティの資料を公開しました。',
    'ラーメンのおすすめがあれば教えてください 🍜',
    '転職しました。新しい職場でも頑張ります。',
    '今日から新しいチームに参加します。',
  ],
  zh: [
    '今天完成了一个重要的里程碑，感谢团队！',
    '周末去爬山了，风景很美 ⛰️',
    '有人推荐好看的科幻小说吗？',
    '我们正在招聘前端工程师，欢迎联系我。',
    '新年快乐！🧧',
  ],
  ko: ['오늘 새로운 기능을 배포했습니다! 🎉', '주말에 부산에 다녀왔어요.', '좋은 책 추천 부탁드립니다.', '팀 회식 너무 즐거웠어요.'],
  ar: [
    'سعيد بالانضمام إلى فريق جديد هذا الشهر!',
    'ورشة عمل رائعة اليوم عن تصميم الواجهات.',
    'رمضان كريم للجميع 🌙',
    'هل من توصيات لكتب جيدة عن القيادة؟',
  ],
  ru: [
    'Сегодня запустили новую версию приложения!',
    'Кто-нибудь посоветует хорошую книгу по архитектуре?',
    'Выходные на даче — лучший отдых 🌲',
    'Ищем дизайнера в команду, пишите.',
  ],
  es: [
    '¡Hoy empiezo un nuevo trabajo! Muy emocionada.',
    '¿Alguien sabe de un buen curso de diseño accesible?',
    'Fin de semana en la playa 🌊',
  ],
  fr: [
    'Très belle conférence aujourd’hui sur l’accessibilité numérique.',
    'Quelqu’un a une bonne adresse de boulangerie près de la gare ?',
    'Nouveau projet, nouvelle équipe : c’est parti !',
  ],
  de: [
    'Heute unser neues Produkt veröffentlicht. Danke ans ganze Team!',
    'Wer hat Tipps für eine Radtour an der Donau? 🚲',
    'Schöner Vortrag über Barrierefreiheit heute.',
  ],
  other: [
    'Great week with the team. Looking forward to the next sprint!',
    'Just back from a conference: lots of ideas to try.',
    'Sunday hike with friends 🥾',
    'Our new website is live.',
  ],
};

/** Posts that carry a link (always https, on reserved example domains). */
export const LINK_POSTS: { text: string; path: string }[] = [
  { text: 'Wrote up how we cut our page load time in half.', path: 'blog/faster-pages' },
  { text: 'Worth a read on designing for keyboard users.', path: 'articles/keyboard-first' },
  { text: 'Photos from the trip are up.', path: 'photos/autumn-trip' },
  { text: 'Our quarterly report is out.', path: 'reports/q3' },
  { text: 'Nice explainer on how IndexedDB transactions work.', path: 'docs/indexeddb-transactions' },
  { text: 'Registration for the spring meetup is open.', path: 'events/spring-meetup' },
  { text: 'This recipe changed my weekends.', path: 'recipes/sourdough' },
];

/** What a `profile-updated` activity says changed. */
export const PROFILE_UPDATES = [
  'Updated their job title',
  'Changed their profile photo',
  'Added a new phone number',
  'Moved to a new city',
  'Updated their organization',
  'Added a website',
];
