import { num, plural } from '../format.js';
import type { Strings } from '../strings.js';

const L = 'es';
const TYPES: Record<string, string> = {
  answer: 'esta respuesta',
  notebook: 'este cuaderno',
  discussion: 'esta conversación',
  comment: 'este comentario',
  message: 'este mensaje',
};

const es: Strings = {
  flagLabel: 'Denunciar',
  reportUserLabel: 'Denunciar usuario',
  dialogTitle: 'Denunciar un problema',
  close: 'Cerrar',
  introContent: (type) => `Cuéntanos qué problema hay con ${TYPES[type] ?? 'esta publicación'}.`,
  introUser: (name) => (name ? `Cuéntanos qué ha pasado con ${name}.` : 'Cuéntanos qué ha pasado con este miembro.'),
  excerptLabel: 'Estás denunciando',
  categoryLegend: '¿Cuál es el problema?',
  categories: {
    spam: 'Spam comercial',
    sexual: 'Comentarios sexuales o inapropiados',
    hate: 'Discurso de odio o amenazas',
    scam: 'Estafa, phishing o fraude',
    harassment: 'Acoso o intimidación',
    'religious-political': 'Publicaciones abiertamente religiosas o políticas',
    other: 'Otro problema',
  },
  categoryHelp: {
    spam: 'Publicidad, ofertas de venta o enlaces publicados para vender algo, no para participar.',
    sexual: 'Comentarios, peticiones o imágenes de carácter sexual, u otros comentarios fuera de lugar aquí.',
    hate: 'Ataques a personas por lo que son, o amenazas de violencia contra cualquiera.',
    scam: 'Peticiones de dinero, pagos fuera de la plataforma, ofertas falsas o intentos de obtener contraseñas o datos bancarios.',
    harassment: 'Contacto repetido no deseado, insultos, intimidación o intentos de humillar a alguien.',
    'religious-political': 'Publicaciones que promueven una postura religiosa o política en lugar de ayudar a aprender.',
    other: 'Cualquier otra cosa que incumpla las normas de la comunidad. Descríbela abajo.',
  },
  aboutCategory: (label) => `Sobre «${label}»`,
  detailsLabel: 'Detalles',
  detailsHint: 'Opcional. Qué ha pasado y lo que deban saber los moderadores.',
  detailsHintOther: (min) => `Obligatorio: describe el problema con al menos ${num(L, min)} caracteres.`,
  counter: (count, max) => `${num(L, count)} / ${num(L, max)}`,
  placeLegend: '¿Dónde ocurrió?',
  places: {
    site: 'En este sitio',
    messages: 'En mensajes',
    lesson: 'En una clase',
    'video-call': 'En una videollamada u otra aplicación (como Skype o Zoom)',
    email: 'Por correo electrónico',
    elsewhere: 'En otro lugar',
  },
  placeDetailLabel: '¿Qué aplicación o lugar?',
  linksLabel: 'Enlaces',
  linksHint: (max) =>
    `Enlaces a las publicaciones, mensajes o perfiles implicados, uno por línea (hasta ${num(L, max)}).`,
  messageTextLabel: 'Texto de los mensajes',
  messageTextHint: 'Pega los mensajes tal como se escribieron.',
  screenshotsLabel: 'Añadir capturas de pantalla',
  screenshotsHint: (max) => `PNG, JPEG o WebP, hasta ${num(L, max)}. También puedes pegarlas o arrastrarlas aquí.`,
  screenshotsCount: (count, max) => `Capturas añadidas: ${num(L, count)} de ${num(L, max)}.`,
  removeScreenshot: (name) => `Quitar ${name}`,
  screenshotRemoved: (name) => `${name} quitada.`,
  screenshotsNotKept: (count) =>
    plural(L, count, {
      one: 'Una captura era demasiado grande para conservarla al recargar la página. Vuelve a añadirla.',
      other: '# capturas eran demasiado grandes para conservarlas al recargar la página. Vuelve a añadirlas.',
    }),
  blockLabel: 'Bloquear también a este usuario',
  blockHint: 'No podrá ponerse en contacto contigo.',
  urgentLabel: 'Me siento en peligro o presionado/a',
  urgentHelp:
    'Tu denuncia se marcará como urgente. Si estás en peligro ahora mismo, llama a los servicios de emergencia de tu zona.',
  urgentHelpLink: 'Conseguir ayuda ahora',
  scamAdvice:
    'Nunca envíes dinero a alguien que hayas conocido aquí, ni compartas tu dirección o tus datos bancarios fuera de la plataforma. Haz todos los pagos dentro de la plataforma.',
  threatAdvice:
    'Si tú u otra persona estáis en peligro ahora mismo, llama primero a los servicios de emergencia de tu zona.',
  harassmentAdvice:
    'Puedes bloquear a este miembro: marca «Bloquear también a este usuario» abajo y ya no podrá ponerse en contacto contigo.',
  submit: 'Enviar',
  cancel: 'Cancelar',
  sending: 'Enviando tu denuncia…',
  thankYou: 'Gracias. Tu denuncia se ha enviado.',
  whatNext: 'Nuestros moderadores la revisarán y actuarán si incumple las normas.',
  reference: (ref) => `Tu número de referencia: ${ref}`,
  blockConfirmed: (name) => (name ? `Has pedido bloquear a ${name}.` : 'Has pedido bloquear a este miembro.'),
  markDelivered: 'Denunciado',
  openFailed: 'No se pudo abrir el formulario de denuncia. Comprueba tu conexión y vuelve a intentarlo.',
  discardDraft: 'Descartar borrador',
  draftDiscarded: 'Borrador descartado.',
  queued: {
    title: 'Guardada en este dispositivo. Se enviará.',
    network:
      'La conexión falló, así que aún no se ha podido confirmar tu denuncia. Se enviará en cuanto vuelva la conexión, aunque cierres esta página.',
    server:
      'El servicio de denuncias aún no ha confirmado tu denuncia. Se volverá a enviar en breve, aunque cierres esta página.',
    memoryOnly:
      'Este navegador no puede conservar la denuncia cuando se cierre esta página. Mantenla abierta hasta que se envíe.',
    limit: (count) =>
      `Este dispositivo ya guarda ${num(L, count)} denuncias pendientes de envío, el máximo. Esta solo se conserva mientras esta página siga abierta.`,
    auth: 'No se pudo enviar tu denuncia guardada: parece que has cerrado sesión. Inicia sesión y vuelve a intentarlo. Sigue guardada.',
    expired: (days) =>
      plural(L, days, {
        one: 'Tu denuncia guardada lleva más de # día esperando. Vuelve a intentarlo o descártala.',
        other: 'Tu denuncia guardada lleva más de # días esperando. Vuelve a intentarlo o descártala.',
      }),
    tryNow: 'Reintentar ahora',
    discard: 'Descartar esta denuncia',
    discarded: 'Se ha descartado la denuncia guardada.',
    mark: 'Guardada, se enviará',
  },
  fixErrors: (count) =>
    plural(L, count, { one: 'Corrige # respuesta más abajo.', other: 'Corrige # respuestas más abajo.' }),
  errors: {
    categoryRequired: 'Elige cuál es el problema.',
    placeRequired: 'Elige dónde ocurrió.',
    detailsTooShort: (min) => `Describe el problema con al menos ${num(L, min)} caracteres.`,
    detailsTooLong: (max) => `Los detalles pueden tener como máximo ${num(L, max)} caracteres.`,
    messageTextTooLong: (max) => `El texto de los mensajes puede tener como máximo ${num(L, max)} caracteres.`,
    placeDetailTooLong: (max) => `Esto puede tener como máximo ${num(L, max)} caracteres.`,
    linkInvalid: (link) => `Esto no es un enlace web (http o https): ${link}`,
    linksTooMany: (max) => `Añade como máximo ${num(L, max)} enlaces.`,
    tooManyFiles: (max) => `Puedes añadir como máximo ${num(L, max)} capturas; las demás no se han añadido.`,
    notAnImage: (name) => `${name} no se ha añadido: solo se pueden enviar imágenes PNG, JPEG o WebP.`,
    fileTooLarge: (name, maxMb) => `${name} no se ha añadido: ocupa más de ${num(L, maxMb)} MB.`,
    field: (code) =>
      ({
        required: 'Este campo es obligatorio.',
        'too-long': 'Es demasiado largo.',
        'too-short': 'Es demasiado corto.',
        'too-many': 'Hay demasiados.',
        'too-large': 'Es demasiado grande.',
        duplicate: 'Aparece dos veces.',
        'invalid-url': 'Esto no es un enlace web.',
        'not-allowed': 'Esto no está permitido aquí.',
        invalid: 'No es válido.',
      })[code],
  },
  evidence: {
    empty: (name) => `${name} no se ha añadido: el archivo está vacío.`,
    truncated: (name) => `${name} no se ha añadido: el archivo está incompleto o dañado.`,
    tooManyPixels: (name, mp) =>
      `${name} no se ha añadido: la imagen tiene más de ${plural(L, mp, { one: '# millón de píxeles', other: '# millones de píxeles' })}.`,
    unreadable: (name) => `${name} no se ha añadido: no se ha podido leer como imagen.`,
    dropHere: 'Suelta las imágenes aquí para añadirlas',
    hideParts: 'Ocultar partes',
    redact: (name) => `Ocultar partes de ${name}`,
    editorTitle: (name) => `Ocultar partes de ${name}`,
    editorHelp:
      'Arrastra sobre lo que quieras ocultar, o usa las flechas para mover el recuadro (Mayús + flechas para cambiar su tamaño) e Intro para ocultarlo. Lo que ocultes se elimina de la imagen, no solo se tapa.',
    addBox: 'Ocultar esta zona',
    undo: 'Deshacer',
    apply: 'Aplicar',
    cancel: 'Cancelar',
    boxes: (count) => plural(L, count, { one: '# zona oculta.', other: '# zonas ocultas.' }),
    capture: 'Capturar esta página',
    captureDenied: 'Este navegador no permite capturar la página. Puedes hacer una captura de pantalla tú mismo y añadirla arriba.',
    notAdded: 'No se pudieron añadir las capturas de pantalla. Comprueba tu conexión e inténtalo de nuevo.',
    hideTool: 'Ocultar',
    highlightHelp: 'Con «Resaltar», el área se rodea con un contorno en lugar de ocultarse.',
    highlightTool: 'Resaltar',
    addHighlight: 'Resaltar esta zona',
    highlights: (count) => plural(L, count, { one: '# zona resaltada.', other: '# zonas resaltadas.' }),
    redacted: (name) => `${name} actualizada: las zonas ocultas se han eliminado.`,
    uploading: (percent) => `Enviando… ${num(L, percent)} %`,
    progressLabel: 'Progreso del envío',
    stop: 'Detener el envío',
    stopped: 'Envío detenido. No se ha perdido nada: tu denuncia sigue aquí. Envíala cuando quieras.',
  },
  delivery: {
    config:
      'Esta página no puede enviar denuncias: falta su dirección de envío o no está permitida. No se ha enviado nada.',
    validation: 'No se pudo aceptar la denuncia. Revisa tus respuestas.',
    auth: 'Parece que has cerrado sesión o no tienes permiso para denunciar. Inicia sesión y vuelve a intentarlo; tu denuncia sigue aquí.',
    tooLarge: 'Las capturas son demasiado grandes para enviarlas. Quita algunas y vuelve a intentarlo.',
    notSent: 'Tu denuncia no se ha enviado.',
  },
};

export default es;
