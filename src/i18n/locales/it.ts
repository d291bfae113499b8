import { num, plural } from '../format.js';
import type { Strings } from '../strings.js';

const L = 'it';
const TYPES: Record<string, string> = {
  answer: 'questa risposta',
  notebook: 'questo quaderno',
  discussion: 'questa discussione',
  comment: 'questo commento',
  message: 'questo messaggio',
};

const it: Strings = {
  flagLabel: 'Segnala',
  reportUserLabel: 'Segnala utente',
  dialogTitle: 'Segnala un problema',
  close: 'Chiudi',
  introContent: (type) => `Dicci che cosa non va in ${TYPES[type] ?? 'questo post'}.`,
  introUser: (name) => (name ? `Dicci che cosa è successo con ${name}.` : 'Dicci che cosa è successo con questo membro.'),
  excerptLabel: 'Stai segnalando',
  categoryLegend: 'Qual è il problema?',
  categories: {
    spam: 'Spam commerciale',
    sexual: 'Commenti sessuali o inappropriati',
    hate: 'Incitamento all’odio o minacce',
    scam: 'Truffa, phishing o frode',
    harassment: 'Bullismo o molestie',
    'religious-political': 'Post apertamente religiosi o politici',
    other: 'Altro',
  },
  categoryHelp: {
    spam: 'Pubblicità, proposte di vendita o link pubblicati per vendere qualcosa, non per partecipare.',
    sexual: 'Osservazioni, richieste o immagini a sfondo sessuale, o commenti comunque fuori luogo qui.',
    hate: 'Attacchi alle persone per ciò che sono, o minacce di violenza contro chiunque.',
    scam: 'Richieste di denaro, pagamenti fuori dalla piattaforma, offerte false o tentativi di ottenere password o dati bancari.',
    harassment: 'Contatti ripetuti e indesiderati, insulti, intimidazioni o tentativi di umiliare qualcuno.',
    'religious-political': 'Post che promuovono una posizione religiosa o politica invece di aiutare a imparare.',
    other: 'Qualsiasi altra cosa che violi le regole della community. Descrivila qui sotto.',
  },
  aboutCategory: (label) => `Informazioni su «${label}»`,
  detailsLabel: 'Dettagli',
  detailsHint: 'Facoltativo. Che cosa è successo e che cosa dovrebbero sapere i moderatori.',
  detailsHintOther: (min) => `Obbligatorio: descrivi il problema con almeno ${num(L, min)} caratteri.`,
  counter: (count, max) => `${num(L, count)} / ${num(L, max)}`,
  placeLegend: 'Dove è successo?',
  places: {
    site: 'Su questo sito',
    messages: 'Nei messaggi',
    lesson: 'Durante una lezione',
    'video-call': 'In una videochiamata o in un’altra app (come Skype o Zoom)',
    email: 'Via email',
    elsewhere: 'Altrove',
  },
  placeDetailLabel: 'Quale app o quale luogo?',
  linksLabel: 'Link',
  linksHint: (max) => `Link ai post, ai messaggi o ai profili coinvolti, uno per riga (massimo ${num(L, max)}).`,
  messageTextLabel: 'Testo dei messaggi',
  messageTextHint: 'Incolla i messaggi esattamente come sono stati scritti.',
  screenshotsLabel: 'Aggiungi screenshot',
  screenshotsHint: (max) => `PNG, JPEG o WebP, massimo ${num(L, max)}. Puoi anche incollarli o trascinarli qui.`,
  screenshotsCount: (count, max) => `Screenshot aggiunti: ${num(L, count)} su ${num(L, max)}.`,
  removeScreenshot: (name) => `Rimuovi ${name}`,
  screenshotRemoved: (name) => `${name} rimosso.`,
  screenshotsNotKept: (count) =>
    plural(L, count, {
      one: 'Uno screenshot era troppo grande per essere conservato al ricaricamento della pagina. Aggiungilo di nuovo.',
      other: '# screenshot erano troppo grandi per essere conservati al ricaricamento della pagina. Aggiungili di nuovo.',
    }),
  blockLabel: 'Blocca anche questo utente',
  blockHint: 'Non potrà più contattarti.',
  urgentLabel: 'Non mi sento al sicuro o mi sento sotto pressione',
  urgentHelp:
    'La tua segnalazione sarà contrassegnata come urgente. Se sei in pericolo in questo momento, contatta i servizi di emergenza della tua zona.',
  urgentHelpLink: 'Chiedi aiuto ora',
  scamAdvice:
    'Non inviare mai denaro a qualcuno conosciuto qui e non condividere mai il tuo indirizzo o i tuoi dati bancari fuori dalla piattaforma. Effettua ogni pagamento sulla piattaforma.',
  threatAdvice:
    'Se tu o qualcun altro siete in pericolo in questo momento, contatta prima i servizi di emergenza della tua zona.',
  harassmentAdvice:
    'Puoi bloccare questo membro: seleziona «Blocca anche questo utente» qui sotto e non potrà più contattarti.',
  submit: 'Invia',
  cancel: 'Annulla',
  sending: 'Invio della segnalazione in corso…',
  thankYou: 'Grazie. La tua segnalazione è stata inviata.',
  whatNext: 'I nostri moderatori la esamineranno e interverranno se viola le regole.',
  reference: (ref) => `Il tuo codice di riferimento: ${ref}`,
  blockConfirmed: (name) => (name ? `Hai chiesto di bloccare ${name}.` : 'Hai chiesto di bloccare questo membro.'),
  markDelivered: 'Segnalato',
  openFailed: 'Impossibile aprire il modulo di segnalazione. Controlla la connessione e riprova.',
  discardDraft: 'Elimina bozza',
  draftDiscarded: 'Bozza eliminata.',
  queued: {
    title: 'Salvata su questo dispositivo. Verrà inviata.',
    network:
      'La connessione non è riuscita, quindi la tua segnalazione non è ancora stata confermata. Verrà inviata appena la connessione tornerà, anche se chiudi questa pagina.',
    server:
      'Il servizio di segnalazione non ha ancora confermato la tua segnalazione. Verrà inviata di nuovo a breve, anche se chiudi questa pagina.',
    memoryOnly:
      'Questo browser non può conservare la segnalazione dopo la chiusura della pagina. Tieni la pagina aperta finché non viene inviata.',
    limit: (count) =>
      `Questo dispositivo conserva già ${num(L, count)} segnalazioni in attesa di invio, il massimo. Questa viene conservata solo finché la pagina resta aperta.`,
    auth: 'Non è stato possibile inviare la segnalazione salvata: sembra che tu sia disconnesso. Accedi e riprova. È ancora salvata.',
    expired: (days) =>
      plural(L, days, {
        one: 'La tua segnalazione salvata è in attesa da più di # giorno. Riprova o eliminala.',
        other: 'La tua segnalazione salvata è in attesa da più di # giorni. Riprova o eliminala.',
      }),
    tryNow: 'Riprova ora',
    discard: 'Elimina questa segnalazione',
    discarded: 'La segnalazione salvata è stata eliminata.',
    mark: 'Salvata, verrà inviata',
  },
  fixErrors: (count) =>
    plural(L, count, { one: 'Correggi # risposta qui sotto.', other: 'Correggi # risposte qui sotto.' }),
  errors: {
    categoryRequired: 'Scegli qual è il problema.',
    placeRequired: 'Scegli dove è successo.',
    detailsTooShort: (min) => `Descrivi il problema con almeno ${num(L, min)} caratteri.`,
    detailsTooLong: (max) => `I dettagli possono contenere al massimo ${num(L, max)} caratteri.`,
    messageTextTooLong: (max) => `Il testo dei messaggi può contenere al massimo ${num(L, max)} caratteri.`,
    placeDetailTooLong: (max) => `Questo campo può contenere al massimo ${num(L, max)} caratteri.`,
    linkInvalid: (link) => `Questo non è un link web (http o https): ${link}`,
    linksTooMany: (max) => `Aggiungi al massimo ${num(L, max)} link.`,
    tooManyFiles: (max) => `Puoi aggiungere al massimo ${num(L, max)} screenshot; gli altri non sono stati aggiunti.`,
    notAnImage: (name) => `${name} non è stato aggiunto: si possono inviare solo immagini PNG, JPEG o WebP.`,
    fileTooLarge: (name, maxMb) => `${name} non è stato aggiunto: supera ${num(L, maxMb)} MB.`,
    field: (code) =>
      ({
        required: 'Questo campo è obbligatorio.',
        'too-long': 'È troppo lungo.',
        'too-short': 'È troppo corto.',
        'too-many': 'Sono troppi.',
        'too-large': 'È troppo grande.',
        duplicate: 'Compare due volte.',
        'invalid-url': 'Questo non è un link web.',
        'not-allowed': 'Qui non è consentito.',
        invalid: 'Non è valido.',
      })[code],
  },
  evidence: {
    empty: (name) => `${name} non è stato aggiunto: il file è vuoto.`,
    truncated: (name) => `${name} non è stato aggiunto: il file è incompleto o danneggiato.`,
    tooManyPixels: (name, mp) =>
      `${name} non è stato aggiunto: l’immagine supera ${plural(L, mp, { one: '# milione di pixel', other: '# milioni di pixel' })}.`,
    unreadable: (name) => `${name} non è stato aggiunto: non è stato possibile leggerlo come immagine.`,
    dropHere: 'Rilascia qui le immagini per aggiungerle',
    hideParts: 'Nascondi parti',
    redact: (name) => `Nascondi parti di ${name}`,
    editorTitle: (name) => `Nascondi parti di ${name}`,
    editorHelp:
      'Trascina sopra ciò che vuoi nascondere, oppure usa i tasti freccia per spostare il riquadro (Maiusc + frecce per ridimensionarlo) e Invio per nasconderlo. Ciò che nascondi viene rimosso dall’immagine, non solo coperto.',
    addBox: 'Nascondi quest’area',
    undo: 'Togli l’ultima area',
    apply: 'Applica',
    cancel: 'Annulla',
    boxes: (count) => plural(L, count, { one: '# area nascosta.', other: '# aree nascoste.' }),
    capture: 'Cattura questa pagina',
    captureDenied: 'Questo browser non consente di catturare la pagina. Puoi fare tu uno screenshot e aggiungerlo qui sopra.',
    notAdded: 'Non è stato possibile aggiungere gli screenshot. Controlla la connessione e riprova.',
    hideTool: 'Nascondi',
    highlightHelp: 'Con «Evidenzia», l’area viene contornata invece di essere nascosta.',
    highlightTool: 'Evidenzia',
    addHighlight: 'Evidenzia quest’area',
    highlights: (count) => plural(L, count, { one: '# area evidenziata.', other: '# aree evidenziate.' }),
    redacted: (name) => `${name} aggiornato: le aree nascoste sono state rimosse.`,
    uploading: (percent) => `Invio in corso… ${num(L, percent)}%`,
    progressLabel: 'Avanzamento dell’invio',
    stop: 'Interrompi l’invio',
    stopped: 'Invio interrotto. Non si è perso nulla: la tua segnalazione è ancora qui. Inviala quando vuoi.',
  },
  delivery: {
    config:
      'Questa pagina non può inviare segnalazioni: il suo indirizzo di invio manca o non è consentito. Non è stato inviato nulla.',
    validation: 'Non è stato possibile accettare la segnalazione. Controlla le tue risposte.',
    auth: 'Sembra che tu sia disconnesso o non autorizzato a segnalare. Accedi e riprova; la tua segnalazione è ancora qui.',
    tooLarge: 'Gli screenshot sono troppo grandi per essere inviati. Rimuovine alcuni e riprova.',
    notSent: 'La tua segnalazione non è stata inviata.',
  },
};

export default it;
