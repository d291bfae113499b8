/**
 * The status and appeal views' texts in Turkish (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Turkish form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'tr';
const outcome: OutcomeStrings = {
  title: 'Bunu daha önce bildirdiniz',
  reported: (date, reference) => `Bildirim tarihi: ${date}. Referans: ${reference}`,
  status: {
    received: 'Alındı: bir moderatör bekleniyor.',
    'in-review': 'Bir moderatör inceliyor.',
    decided: 'Bir moderatör karar verdi.',
  },
  decisionTitle: 'Karar',
  actions: {
    removed: 'İçerik kaldırıldı.',
    restricted: 'İçerik kısıtlandı.',
    'account-suspended': 'Hesap askıya alındı.',
    warning: 'Üye uyarıldı.',
    'no-action': 'Herhangi bir işlem yapılmadı.',
  },
  groundLaw: (rule) => `Yasaya göre: ${rule}`,
  groundTerms: (rule) => `Sitenin kurallarına göre: ${rule}`,
  automated: 'Otomatik yollarla karar verildi.',
  byPerson: 'Bir kişi tarafından karar verildi.',
  appealUntil: (date) => `Bu karara ${date} tarihine kadar itiraz edebilirsiniz.`,
  contest: 'Bu karara itiraz et',
  appealLabel: 'Bu karar neden yanlış?',
  appealHint: 'Kararda neyin gözden kaçtığını kısaca yazın.',
  appealSubmit: 'İtirazı gönder',
  appealPending: (reference) => `${reference} numaralı itirazınız bir moderatörü bekliyor.`,
  appealUpheld: 'İtirazınız kabul edildi: karar geri alındı.',
  appealRejected: 'İtirazınız kabul edilmedi: karar geçerliliğini koruyor.',
  appealRequired: 'Kararın neden yanlış olduğunu yazın.',
  appealTooLong: (max) => `En fazla ${num(L, max)} karakter kullanın.`,
  refused: {
    'too-late': 'Bu karara itiraz süresi doldu.',
    'already-appealed': 'Bu karara zaten itiraz edildi.',
    'not-decided': 'Henüz itiraz edilecek bir karar yok.',
    auth: 'Bu bildirim artık buradan takip edilemiyor: oturumunuz kapanmış olabilir.',
    other: 'İtiraz gönderilemedi. Lütfen tekrar deneyin.',
  },
  newReport: 'Aşağıdan yeni bir bildirim de gönderebilirsiniz.',
};

export default outcome;
