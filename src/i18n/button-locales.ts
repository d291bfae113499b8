/**
 * What a button says on its own, in every shipped language but English: its
 * accessible name, and the message shown beside it when the form cannot load
 * (offline before it was ever fetched, when the locale's strings cannot load
 * either). Loaded by a button only when its page is not in English, as soon
 * as it is connected. test/browser/i18n.test.ts holds this table to the
 * locales' own `flagLabel`, `reportUserLabel` and `openFailed`.
 */
import type { Locale } from './locale.js';

/** `[flagLabel, reportUserLabel, openFailed]` per locale. */
export const BUTTON_NAMES: Record<Exclude<Locale, 'en'>, readonly [string, string, string]> = {
  es: [
    'Denunciar',
    'Denunciar usuario',
    'No se pudo abrir el formulario de denuncia. Comprueba tu conexión y vuelve a intentarlo.',
  ],
  fr: [
    'Signaler',
    'Signaler ce membre',
    'Impossible d’ouvrir le formulaire de signalement. Vérifiez votre connexion et réessayez.',
  ],
  de: [
    'Melden',
    'Mitglied melden',
    'Das Meldeformular konnte nicht geöffnet werden. Prüfe deine Verbindung und versuche es erneut.',
  ],
  'pt-BR': [
    'Denunciar',
    'Denunciar membro',
    'Não foi possível abrir o formulário de denúncia. Verifique sua conexão e tente novamente.',
  ],
  it: [
    'Segnala',
    'Segnala utente',
    'Impossibile aprire il modulo di segnalazione. Controlla la connessione e riprova.',
  ],
  ru: [
    'Пожаловаться',
    'Пожаловаться на участника',
    'Не удалось открыть форму жалобы. Проверьте подключение и попробуйте ещё раз.',
  ],
  tr: [
    'Bildir',
    'Üyeyi bildir',
    'Bildirim formu açılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
  ],
  ja: [
    '報告',
    'メンバーを報告',
    '報告フォームを開けませんでした。接続を確認して、もう一度お試しください。',
  ],
  ko: [
    '신고',
    '회원 신고',
    '신고 양식을 열 수 없습니다. 연결 상태를 확인하고 다시 시도해 주세요.',
  ],
  'zh-CN': [
    '举报',
    '举报用户',
    '无法打开举报表单。请检查网络连接后重试。',
  ],
  ar: [
    'إبلاغ',
    'الإبلاغ عن العضو',
    'تعذّر فتح نموذج الإبلاغ. تحقّق من اتصالك وحاول مرة أخرى.',
  ],
  he: [
    'דיווח',
    'דיווח על משתמש',
    'לא ניתן לפתוח את טופס הדיווח. בדקו את החיבור ונסו שוב.',
  ],
};

