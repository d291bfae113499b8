import { num, plural } from '../format.js';
import type { Strings } from '../strings.js';

const L = 'de';
const TYPES: Record<string, string> = {
  answer: 'dieser Antwort',
  notebook: 'diesem Notizbuch',
  discussion: 'dieser Diskussion',
  comment: 'diesem Kommentar',
  message: 'dieser Nachricht',
};

const de: Strings = {
  flagLabel: 'Melden',
  reportUserLabel: 'Mitglied melden',
  dialogTitle: 'Problem melden',
  close: 'Schließen',
  introContent: (type) => `Sag uns, was mit ${TYPES[type] ?? 'diesem Beitrag'} nicht stimmt.`,
  introUser: (name) => (name ? `Sag uns, was mit ${name} passiert ist.` : 'Sag uns, was mit diesem Mitglied passiert ist.'),
  excerptLabel: 'Du meldest',
  categoryLegend: 'Worum geht es?',
  categories: {
    spam: 'Werbung oder Spam',
    sexual: 'Sexuelle oder unangemessene Kommentare',
    hate: 'Hassrede oder Drohungen',
    scam: 'Betrug, Phishing oder Abzocke',
    harassment: 'Mobbing oder Belästigung',
    'religious-political': 'Offen religiöse oder politische Beiträge',
    other: 'Etwas anderes',
  },
  categoryHelp: {
    spam: 'Werbung, Verkaufsangebote oder Links, die etwas verkaufen sollen, statt zur Unterhaltung beizutragen.',
    sexual: 'Sexuelle Bemerkungen, Anfragen oder Bilder oder Kommentare, die hier aus anderen Gründen unangemessen sind.',
    hate: 'Angriffe auf Menschen wegen ihrer Identität oder Gewaltdrohungen gegen wen auch immer.',
    scam: 'Geldforderungen, Zahlungen außerhalb der Plattform, falsche Angebote oder Versuche, an Passwörter oder Bankdaten zu kommen.',
    harassment: 'Wiederholter unerwünschter Kontakt, Beleidigungen, Einschüchterung oder Versuche, jemanden bloßzustellen.',
    'religious-political': 'Beiträge, die eine religiöse oder politische Haltung verbreiten, statt beim Lernen zu helfen.',
    other: 'Alles andere, was gegen die Community-Regeln verstößt. Bitte beschreibe es unten.',
  },
  aboutCategory: (label) => `Über „${label}“`,
  detailsLabel: 'Einzelheiten',
  detailsHint: 'Optional. Was passiert ist und was die Moderation wissen sollte.',
  detailsHintOther: (min) => `Pflichtfeld: Beschreibe das Problem mit mindestens ${num(L, min)} Zeichen.`,
  counter: (count, max) => `${num(L, count)} / ${num(L, max)}`,
  placeLegend: 'Wo ist es passiert?',
  places: {
    site: 'Auf dieser Website',
    messages: 'In Nachrichten',
    lesson: 'In einer Unterrichtsstunde',
    'video-call': 'In einem Videoanruf oder einer anderen App (z. B. Skype oder Zoom)',
    email: 'Per E-Mail',
    elsewhere: 'Woanders',
  },
  placeDetailLabel: 'Welche App oder welcher Ort?',
  linksLabel: 'Links',
  linksHint: (max) => `Links zu den betroffenen Beiträgen, Nachrichten oder Profilen, einer pro Zeile (höchstens ${num(L, max)}).`,
  messageTextLabel: 'Text der Nachrichten',
  messageTextHint: 'Füge die Nachrichten genau so ein, wie sie geschrieben wurden.',
  screenshotsLabel: 'Screenshots hinzufügen',
  screenshotsHint: (max) =>
    `PNG, JPEG oder WebP, höchstens ${num(L, max)}. Du kannst sie auch hier einfügen oder hierher ziehen.`,
  screenshotsCount: (count, max) => `${num(L, count)} von ${num(L, max)} Screenshots hinzugefügt.`,
  removeScreenshot: (name) => `${name} entfernen`,
  screenshotRemoved: (name) => `${name} entfernt.`,
  screenshotsNotKept: (count) =>
    plural(L, count, {
      one: 'Ein Screenshot war zu groß, um ihn beim Neuladen der Seite zu behalten. Bitte füge ihn erneut hinzu.',
      other: '# Screenshots waren zu groß, um sie beim Neuladen der Seite zu behalten. Bitte füge sie erneut hinzu.',
    }),
  blockLabel: 'Dieses Mitglied auch blockieren',
  blockHint: 'Es kann dich dann nicht mehr kontaktieren.',
  urgentLabel: 'Ich fühle mich unsicher oder unter Druck gesetzt',
  urgentHelp:
    'Deine Meldung wird als dringend markiert. Wenn du gerade in Gefahr bist, wende dich an den örtlichen Notruf.',
  urgentHelpLink: 'Jetzt Hilfe holen',
  scamAdvice:
    'Schicke niemals Geld an jemanden, den du hier kennengelernt hast, und gib deine Adresse oder Bankdaten nie außerhalb der Plattform weiter. Wickle jede Zahlung über die Plattform ab.',
  threatAdvice: 'Wenn du oder jemand anderes gerade in Gefahr ist, wende dich zuerst an den örtlichen Notruf.',
  harassmentAdvice:
    'Du kannst dieses Mitglied blockieren: Setze unten das Häkchen bei „Dieses Mitglied auch blockieren“, dann kann es dich nicht mehr kontaktieren.',
  submit: 'Absenden',
  cancel: 'Abbrechen',
  sending: 'Deine Meldung wird gesendet …',
  thankYou: 'Danke. Deine Meldung wurde gesendet.',
  whatNext: 'Unser Moderationsteam prüft sie und greift ein, wenn gegen die Regeln verstoßen wurde.',
  reference: (ref) => `Deine Referenznummer: ${ref}`,
  blockConfirmed: (name) => (name ? `Du hast darum gebeten, ${name} zu blockieren.` : 'Du hast darum gebeten, dieses Mitglied zu blockieren.'),
  markDelivered: 'Gemeldet',
  openFailed: 'Das Meldeformular konnte nicht geöffnet werden. Prüfe deine Verbindung und versuche es erneut.',
  discardDraft: 'Entwurf verwerfen',
  draftDiscarded: 'Entwurf verworfen.',
  queued: {
    title: 'Deine Meldung ist auf diesem Gerät gespeichert und wird gesendet.',
    network:
      'Die Verbindung ist fehlgeschlagen, deshalb konnte deine Meldung noch nicht bestätigt werden. Sie wird gesendet, sobald die Verbindung wieder steht, auch wenn du diese Seite schließt.',
    server:
      'Der Meldedienst hat deine Meldung noch nicht bestätigt. Sie wird in Kürze erneut gesendet, auch wenn du diese Seite schließt.',
    memoryOnly:
      'Dieser Browser kann die Meldung nicht behalten, wenn diese Seite geschlossen wird. Lass die Seite geöffnet, bis sie gesendet ist.',
    limit: (count) =>
      `Auf diesem Gerät warten bereits ${num(L, count)} Meldungen auf den Versand, mehr werden nicht gespeichert. Diese bleibt nur erhalten, solange die Seite geöffnet ist.`,
    auth: 'Deine gespeicherte Meldung konnte nicht gesendet werden: Du scheinst abgemeldet zu sein. Melde dich an und versuche es erneut. Sie bleibt gespeichert.',
    expired: (days) =>
      plural(L, days, {
        one: 'Deine gespeicherte Meldung wartet seit mehr als # Tag. Versuche es erneut oder verwirf sie.',
        other: 'Deine gespeicherte Meldung wartet seit mehr als # Tagen. Versuche es erneut oder verwirf sie.',
      }),
    tryNow: 'Jetzt erneut versuchen',
    discard: 'Diese Meldung verwerfen',
    discarded: 'Die gespeicherte Meldung wurde verworfen.',
    mark: 'Gespeichert, wird gesendet',
  },
  fixErrors: (count) =>
    plural(L, count, { one: 'Bitte korrigiere # Angabe unten.', other: 'Bitte korrigiere # Angaben unten.' }),
  errors: {
    categoryRequired: 'Wähle aus, worum es geht.',
    placeRequired: 'Wähle aus, wo es passiert ist.',
    detailsTooShort: (min) => `Beschreibe das Problem mit mindestens ${num(L, min)} Zeichen.`,
    detailsTooLong: (max) => `Die Einzelheiten dürfen höchstens ${num(L, max)} Zeichen lang sein.`,
    messageTextTooLong: (max) => `Der Text der Nachrichten darf höchstens ${num(L, max)} Zeichen lang sein.`,
    placeDetailTooLong: (max) => `Hier sind höchstens ${num(L, max)} Zeichen möglich.`,
    linkInvalid: (link) => `Das ist kein Weblink (http oder https): ${link}`,
    linksTooMany: (max) => `Füge höchstens ${num(L, max)} Links hinzu.`,
    tooManyFiles: (max) => `Du kannst höchstens ${num(L, max)} Screenshots hinzufügen; die übrigen wurden nicht hinzugefügt.`,
    notAnImage: (name) => `${name} wurde nicht hinzugefügt: Es können nur PNG-, JPEG- oder WebP-Bilder gesendet werden.`,
    fileTooLarge: (name, maxMb) => `${name} wurde nicht hinzugefügt: Die Datei ist größer als ${num(L, maxMb)} MB.`,
    field: (code) =>
      ({
        required: 'Das ist ein Pflichtfeld.',
        'too-long': 'Das ist zu lang.',
        'too-short': 'Das ist zu kurz.',
        'too-many': 'Das sind zu viele.',
        'too-large': 'Das ist zu groß.',
        duplicate: 'Das kommt doppelt vor.',
        'invalid-url': 'Das ist kein Weblink.',
        'not-allowed': 'Das ist hier nicht erlaubt.',
        invalid: 'Das ist nicht gültig.',
      })[code],
  },
  evidence: {
    empty: (name) => `${name} wurde nicht hinzugefügt: Die Datei ist leer.`,
    truncated: (name) => `${name} wurde nicht hinzugefügt: Die Datei ist unvollständig oder beschädigt.`,
    tooManyPixels: (name, mp) =>
      `${name} wurde nicht hinzugefügt: Das Bild hat mehr als ${plural(L, mp, { one: '# Million Pixel', other: '# Millionen Pixel' })}.`,
    unreadable: (name) => `${name} wurde nicht hinzugefügt: Die Datei konnte nicht als Bild gelesen werden.`,
    dropHere: 'Bilder hier ablegen, um sie hinzuzufügen',
    hideParts: 'Bereiche ausblenden',
    redact: (name) => `Bereiche in ${name} ausblenden`,
    editorTitle: (name) => `Bereiche in ${name} ausblenden`,
    editorHelp:
      'Zieh über das, was du ausblenden möchtest, oder verschiebe den Rahmen mit den Pfeiltasten (Umschalt + Pfeiltasten ändert die Größe) und drück die Eingabetaste, um ihn auszublenden. Was du ausblendest, wird aus dem Bild entfernt, nicht nur verdeckt.',
    addBox: 'Diesen Bereich ausblenden',
    undo: 'Rückgängig',
    apply: 'Übernehmen',
    cancel: 'Abbrechen',
    boxes: (count) => plural(L, count, { one: '# Bereich ausgeblendet.', other: '# Bereiche ausgeblendet.' }),
    capture: 'Diese Seite aufnehmen',
    captureDenied: 'Dieser Browser erlaubt keine Aufnahme der Seite. Du kannst selbst einen Screenshot machen und ihn oben hinzufügen.',
    notAdded: 'Die Screenshots konnten nicht hinzugefügt werden. Prüfe deine Verbindung und versuche es erneut.',
    hideTool: 'Ausblenden',
    highlightHelp: 'Mit „Hervorheben“ wird der Bereich stattdessen umrandet.',
    highlightTool: 'Hervorheben',
    addHighlight: 'Diesen Bereich hervorheben',
    highlights: (count) => plural(L, count, { one: '# Bereich hervorgehoben.', other: '# Bereiche hervorgehoben.' }),
    redacted: (name) => `${name} aktualisiert: Die ausgeblendeten Bereiche wurden entfernt.`,
    uploading: (percent) => `Wird gesendet … ${num(L, percent)} %`,
    progressLabel: 'Sendefortschritt',
    stop: 'Senden abbrechen',
    stopped: 'Senden abgebrochen. Nichts ist verloren: Deine Meldung ist noch da. Sende sie ab, sobald du so weit bist.',
  },
  delivery: {
    config:
      'Diese Seite kann keine Meldungen senden: Ihre Meldeadresse fehlt oder ist nicht erlaubt. Es wurde nichts gesendet.',
    validation: 'Die Meldung konnte nicht angenommen werden. Bitte prüfe deine Angaben.',
    auth: 'Du scheinst abgemeldet oder nicht zum Melden berechtigt zu sein. Melde dich an und versuche es erneut; deine Meldung ist noch da.',
    tooLarge: 'Die Screenshots sind zu groß zum Senden. Entferne einige und versuche es erneut.',
    notSent: 'Deine Meldung wurde nicht gesendet.',
  },
};

export default de;
