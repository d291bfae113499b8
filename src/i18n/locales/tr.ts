import { num } from '../format.js';
import type { Strings } from '../strings.js';

const L = 'tr';
const TYPES: Record<string, string> = {
  answer: 'bu yanıtla',
  notebook: 'bu defterle',
  discussion: 'bu tartışmayla',
  comment: 'bu yorumla',
  message: 'bu mesajla',
};

const tr: Strings = {
  flagLabel: 'Bildir',
  reportUserLabel: 'Üyeyi bildir',
  dialogTitle: 'Sorun bildir',
  close: 'Kapat',
  introContent: (type) => `${capital(TYPES[type] ?? 'bu gönderiyle')} ilgili sorunun ne olduğunu bize anlatın.`,
  introUser: (name) => (name ? `${name} ile ne yaşandığını bize anlatın.` : 'Bu üyeyle ne yaşandığını bize anlatın.'),
  excerptLabel: 'Bildirdiğiniz içerik',
  categoryLegend: 'Sorun nedir?',
  categories: {
    spam: 'Ticari spam',
    sexual: 'Cinsel veya uygunsuz yorumlar',
    hate: 'Nefret söylemi veya tehdit',
    scam: 'Dolandırıcılık, kimlik avı veya sahtekârlık',
    harassment: 'Zorbalık veya taciz',
    'religious-political': 'Açıkça dini veya siyasi paylaşımlar',
    other: 'Başka bir sorun',
  },
  categoryHelp: {
    spam: 'Katılmak için değil, bir şey satmak için yapılan reklamlar, satış teklifleri veya bağlantılar.',
    sexual: 'Cinsel içerikli sözler, istekler veya görseller ya da burada başka nedenlerle uygunsuz olan yorumlar.',
    hate: 'İnsanlara kimlikleri nedeniyle yapılan saldırılar veya herhangi birine yönelik şiddet tehditleri.',
    scam: 'Para istekleri, platform dışında ödeme, sahte teklifler veya şifre ya da banka bilgilerini ele geçirme girişimleri.',
    harassment: 'İstenmeyen tekrarlı iletişim, hakaret, yıldırma veya birini küçük düşürme girişimleri.',
    'religious-political': 'Öğrenmeye yardımcı olmak yerine dini veya siyasi bir görüşü yaymaya çalışan paylaşımlar.',
    other: 'Topluluk kurallarını ihlal eden başka herhangi bir şey. Lütfen aşağıda anlatın.',
  },
  aboutCategory: (label) => `“${label}” hakkında`,
  detailsLabel: 'Ayrıntılar',
  detailsHint: 'İsteğe bağlı. Ne olduğu ve moderatörlerin bilmesi gerekenler.',
  detailsHintOther: (min) => `Zorunlu: Sorunu en az ${num(L, min)} karakterle anlatın.`,
  counter: (count, max) => `${num(L, count)} / ${num(L, max)}`,
  placeLegend: 'Nerede oldu?',
  places: {
    site: 'Bu sitede',
    messages: 'Mesajlarda',
    lesson: 'Bir derste',
    'video-call': 'Görüntülü görüşmede veya başka bir uygulamada (Skype veya Zoom gibi)',
    email: 'E-postayla',
    elsewhere: 'Başka bir yerde',
  },
  placeDetailLabel: 'Hangi uygulama veya yer?',
  linksLabel: 'Bağlantılar',
  linksHint: (max) => `İlgili gönderilerin, mesajların veya profillerin bağlantıları, her satıra bir tane (en fazla ${num(L, max)}).`,
  messageTextLabel: 'Mesaj metni',
  messageTextHint: 'Mesajları tam olarak yazıldıkları gibi yapıştırın.',
  screenshotsLabel: 'Ekran görüntüsü ekle',
  screenshotsHint: (max) =>
    `PNG, JPEG veya WebP, en fazla ${num(L, max)} adet. Görüntüleri buraya yapıştırabilir veya sürükleyip bırakabilirsiniz.`,
  screenshotsCount: (count, max) => `${num(L, max)} ekran görüntüsünden ${num(L, count)} tanesi eklendi.`,
  removeScreenshot: (name) => `${name} dosyasını kaldır`,
  screenshotRemoved: (name) => `${name} kaldırıldı.`,
  screenshotsNotKept: (count) =>
    `${num(L, count)} ekran görüntüsü, sayfa yeniden yüklenirken saklanamayacak kadar büyüktü. Lütfen yeniden ekleyin.`,
  blockLabel: 'Bu kullanıcıyı da engelle',
  blockHint: 'Sizinle artık iletişim kuramaz.',
  urgentLabel: 'Kendimi güvende hissetmiyorum veya baskı altındayım',
  urgentHelp:
    'Bildiriminiz acil olarak işaretlenecek. Şu anda tehlikedeyseniz bulunduğunuz yerdeki acil yardım hizmetlerine başvurun.',
  urgentHelpLink: 'Hemen yardım al',
  scamAdvice:
    'Burada tanıştığınız kimseye asla para göndermeyin; adresinizi veya banka bilgilerinizi asla platform dışında paylaşmayın. Tüm ödemeleri platform üzerinden yapın.',
  threatAdvice:
    'Siz veya başka biri şu anda tehlikedeyse önce bulunduğunuz yerdeki acil yardım hizmetlerine başvurun.',
  harassmentAdvice:
    'Bu üyeyi engelleyebilirsiniz: Aşağıdaki “Bu kullanıcıyı da engelle” kutusunu işaretleyin; sizinle artık iletişim kuramaz.',
  submit: 'Gönder',
  cancel: 'İptal',
  sending: 'Bildiriminiz gönderiliyor…',
  thankYou: 'Teşekkürler. Bildiriminiz gönderildi.',
  whatNext: 'Moderatörlerimiz bildiriminizi inceleyecek ve kurallara aykırıysa gereğini yapacak.',
  reference: (ref) => `Referans numaranız: ${ref}`,
  blockConfirmed: (name) => (name ? `${name} adlı üyenin engellenmesini istediniz.` : 'Bu üyenin engellenmesini istediniz.'),
  markDelivered: 'Bildirildi',
  openFailed: 'Bildirim formu açılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
  discardDraft: 'Taslağı sil',
  draftDiscarded: 'Taslak silindi.',
  queued: {
    title: 'Bu cihaza kaydedildi. Gönderilecek.',
    network:
      'Bağlantı kurulamadığı için bildiriminiz henüz onaylanamadı. Bu sayfayı kapatsanız bile bağlantı gelir gelmez gönderilecek.',
    server:
      'Bildirim hizmeti bildiriminizi henüz onaylamadı. Bu sayfayı kapatsanız bile kısa süre içinde yeniden gönderilecek.',
    memoryOnly:
      'Bu tarayıcı, sayfa kapandıktan sonra bildirimi saklayamıyor. Gönderilene kadar bu sayfayı açık tutun.',
    limit: (count) =>
      `Bu cihazda gönderilmeyi bekleyen ${num(L, count)} bildirim var; bu, saklanabilecek en fazla sayı. Bu bildirim yalnızca sayfa açık kaldığı sürece saklanır.`,
    auth: 'Kayıtlı bildiriminiz gönderilemedi: Oturumunuz kapanmış görünüyor. Oturum açıp yeniden deneyin. Bildiriminiz hâlâ kayıtlı.',
    expired: (days) => `Kayıtlı bildiriminiz ${num(L, days)} günden uzun süredir bekliyor. Yeniden deneyin veya silin.`,
    tryNow: 'Şimdi yeniden dene',
    discard: 'Bu bildirimi sil',
    discarded: 'Kayıtlı bildirim silindi.',
    mark: 'Kaydedildi, gönderilecek',
  },
  fixErrors: (count) => `Lütfen aşağıdaki ${num(L, count)} yanıtı düzeltin.`,
  errors: {
    categoryRequired: 'Sorunun ne olduğunu seçin.',
    placeRequired: 'Nerede olduğunu seçin.',
    detailsTooShort: (min) => `Sorunu en az ${num(L, min)} karakterle anlatın.`,
    detailsTooLong: (max) => `Ayrıntılar en fazla ${num(L, max)} karakter olabilir.`,
    messageTextTooLong: (max) => `Mesaj metni en fazla ${num(L, max)} karakter olabilir.`,
    placeDetailTooLong: (max) => `Bu alan en fazla ${num(L, max)} karakter olabilir.`,
    linkInvalid: (link) => `Bu bir web bağlantısı (http veya https) değil: ${link}`,
    linksTooMany: (max) => `En fazla ${num(L, max)} bağlantı ekleyin.`,
    tooManyFiles: (max) => `En fazla ${num(L, max)} ekran görüntüsü ekleyebilirsiniz; diğerleri eklenmedi.`,
    notAnImage: (name) => `${name} eklenmedi: Yalnızca PNG, JPEG veya WebP görseller gönderilebilir.`,
    fileTooLarge: (name, maxMb) => `${name} eklenmedi: ${num(L, maxMb)} MB’tan büyük.`,
    field: (code) =>
      ({
        required: 'Bu alan zorunludur.',
        'too-long': 'Bu çok uzun.',
        'too-short': 'Bu çok kısa.',
        'too-many': 'Bunlar çok fazla.',
        'too-large': 'Bu çok büyük.',
        duplicate: 'Bu iki kez yer alıyor.',
        'invalid-url': 'Bu bir web bağlantısı değil.',
        'not-allowed': 'Buna burada izin verilmiyor.',
        invalid: 'Bu geçerli değil.',
      })[code],
  },
  evidence: {
    empty: (name) => `${name} eklenmedi: Dosya boş.`,
    truncated: (name) => `${name} eklenmedi: Dosya eksik veya bozuk.`,
    tooManyPixels: (name, mp) => `${name} eklenmedi: Görselde ${num(L, mp)} milyondan fazla piksel var.`,
    unreadable: (name) => `${name} eklenmedi: Görsel olarak okunamadı.`,
    dropHere: 'Eklemek için görselleri buraya bırakın',
    hideParts: 'Bölümleri gizle',
    redact: (name) => `${name} dosyasındaki bölümleri gizle`,
    editorTitle: (name) => `${name} dosyasındaki bölümleri gizle`,
    editorHelp:
      'Gizlemek istediğiniz yerin üzerinde sürükleyin ya da kutuyu ok tuşlarıyla taşıyıp (boyutunu değiştirmek için Shift + ok tuşları) Enter tuşuyla gizleyin. Gizlediğiniz yerlerin üzeri örtülmez, bu yerler görselden silinir.',
    addBox: 'Bu alanı gizle',
    undo: 'Geri al',
    apply: 'Uygula',
    cancel: 'İptal',
    boxes: (count) => `${num(L, count)} alan gizlendi.`,
    capture: 'Bu sayfanın görüntüsünü al',
    captureDenied: 'Bu tarayıcı sayfanın görüntüsünün alınmasına izin vermiyor. Kendiniz bir ekran görüntüsü alıp yukarıdan ekleyebilirsiniz.',
    notAdded: 'Ekran görüntüleri eklenemedi. Bağlantınızı kontrol edip tekrar deneyin.',
    hideTool: 'Gizle',
    highlightHelp: '“Vurgula” seçiliyken alan gizlenmek yerine bir çerçeveyle çevrilir.',
    highlightTool: 'Vurgula',
    addHighlight: 'Bu alanı vurgula',
    highlights: (count) => `${num(L, count)} alan vurgulandı.`,
    redacted: (name) => `${name} güncellendi: Gizlenen alanlar silindi.`,
    uploading: (percent) => `Gönderiliyor… %${num(L, percent)}`,
    progressLabel: 'Gönderim durumu',
    stop: 'Gönderimi durdur',
    stopped: 'Gönderim durduruldu. Hiçbir şey kaybolmadı: Bildiriminiz hâlâ burada, hazır olduğunuzda gönderin.',
  },
  delivery: {
    config:
      'Bu sayfa bildirim gönderemiyor: Bildirim adresi eksik veya izin verilmemiş. Hiçbir şey gönderilmedi.',
    validation: 'Bildirim kabul edilemedi. Lütfen yanıtlarınızı kontrol edin.',
    auth: 'Oturumunuz kapanmış ya da bildirim yapma izniniz yok gibi görünüyor. Oturum açıp yeniden deneyin; bildiriminiz hâlâ burada.',
    tooLarge: 'Ekran görüntüleri gönderilemeyecek kadar büyük. Bazılarını kaldırıp yeniden deneyin.',
    notSent: 'Bildiriminiz gönderilmedi.',
  },
};

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase(L) + text.slice(1);
}

export default tr;
