import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'tr';

const tr: NoticeStrings = {
  category: 'Yasa dışı içerik',
  categoryHelp:
    'Yalnızca topluluk kurallarını değil, yasayı da ihlal ettiğini düşündüğünüz içerik. Yasal bir bildirim gönderirsiniz: hangi yasa olduğunu ve nedenini sorarız, kararımızı size bildiririz.',
  intro:
    'Bu, yasa dışı içerik bildirimidir. Yasa aşağıdaki yanıtları ister. Aldığımızı onaylar ve ne karar verdiğimizi size bildiririz.',
  groundLegend: 'Hangi yasayı ihlal ediyor?',
  grounds: {
    'child-sexual-abuse': 'Çocukların cinsel istismarı içeren materyal',
    'terrorism-extremism': 'Terör veya şiddet içeren aşırıcı içerik',
    'illegal-hate-speech': 'Yasa dışı nefret söylemi',
    'threats-violence': 'Tehdit veya şiddete kışkırtma',
    'non-consensual-intimate-images': 'Rıza olmadan paylaşılan mahrem görüntüler',
    'privacy-data': 'Özel hayat veya kişisel veriler',
    'intellectual-property': 'Telif hakkı, marka veya diğer fikri mülkiyet',
    'scams-fraud': 'Dolandırıcılık',
    'unsafe-products': 'Yasa dışı veya güvensiz ürünler',
    'other-law': 'Başka bir yasa',
  },
  lawLabel: 'Yasa veya kural',
  lawHint: (max) => `İhlal edilen yasa, madde veya hak, kendi sözlerinizle (en fazla ${num(L, max)} karakter).`,
  detailsLabel: 'Neden yasa dışı?',
  detailsHint: (min) => `Zorunlu: Bu içeriğin neden yasa dışı olduğunu düşündüğünüzü en az ${num(L, min)} karakterle açıklayın.`,
  locationsLabel: 'Nerede?',
  locationsIncluded: 'Eklendi: bildirdiğiniz içeriğin adresi',
  locationsHint: (more) => `Aynı içeriğin göründüğü diğer adresler, her satıra bir tane (en fazla ${num(L, more)} tane daha).`,
  notifierLegend: 'Adınız ve e-posta adresiniz',
  nameLabel: 'Adınız',
  emailLabel: 'E-posta adresiniz',
  notifierHint: 'Alındı onayını ve kararımızı bu adrese göndeririz.',
  anonymousHint:
    'Çocukların cinsel istismarı içeren materyalde yasa bu bildirimi anonim göndermenize izin verir: adınız ve e-postanız isteğe bağlıdır. E-posta olmadan kararımızı size bildiremeyiz.',
  goodFaithLabel: 'Bu bildirimdeki bilgilerin doğru ve eksiksiz olduğuna iyi niyetle inanıyorum',
  errors: {
    groundRequired: 'Hangi yasayı ihlal ettiğini seçin.',
    lawRequired: 'İhlal edilen yasayı veya kuralı belirtin.',
    lawTooLong: (max) => `Yasa veya kural en fazla ${num(L, max)} karakter olabilir.`,
    detailsTooShort: (min) => `Neden yasa dışı olduğunu en az ${num(L, min)} karakterle açıklayın.`,
    locationInvalid: (link) => `Bu bir web adresi (http veya https) değil: ${link}`,
    locationsTooMany: (more) => `En fazla ${num(L, more)} adres daha ekleyin.`,
    nameRequired: 'Adınızı girin ya da bildirdiğiniz buysa çocukların cinsel istismarı içeren materyali seçin.',
    nameTooLong: (max) => `Adınız en fazla ${num(L, max)} karakter olabilir.`,
    emailRequired: 'Kararımızı size bildirebilmemiz için e-posta adresinizi girin.',
    emailInvalid: 'Bu bir e-posta adresi değil (ad@example.com gibi).',
    goodFaithRequired: 'Bildirimin doğru ve eksiksiz olduğunu onaylamak için bu kutuyu işaretleyin.',
  },
  received: 'Teşekkürler. Bildiriminizi aldık.',
  decisionTo: (email) => `Kararımızı ve ona nasıl itiraz edebileceğinizi ${email} adresine göndereceğiz.`,
  noDecision: 'E-posta adresi vermediğiniz için kararımızı size gönderemeyiz.',
};

export default tr;
