import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'es';

const es: NoticeStrings = {
  category: 'Contenido ilegal',
  categoryHelp:
    'Contenido que crees que infringe la ley, no solo las normas de la comunidad. Envías un aviso legal: te preguntamos qué ley y por qué, y te comunicamos nuestra decisión.',
  intro:
    'Esto es un aviso de contenido ilegal. La ley pide las respuestas de abajo. Te confirmamos que lo hemos recibido y te comunicamos lo que decidamos.',
  groundLegend: '¿Qué ley infringe?',
  grounds: {
    'child-sexual-abuse': 'Material de abuso sexual infantil',
    'terrorism-extremism': 'Contenido terrorista o extremista violento',
    'illegal-hate-speech': 'Discurso de odio ilegal',
    'threats-violence': 'Amenazas o incitación a la violencia',
    'non-consensual-intimate-images': 'Imágenes íntimas compartidas sin consentimiento',
    'privacy-data': 'Privacidad o datos personales',
    'intellectual-property': 'Derechos de autor, marcas u otra propiedad intelectual',
    'scams-fraud': 'Estafas o fraude',
    'unsafe-products': 'Productos ilegales o peligrosos',
    'other-law': 'Otra ley',
  },
  lawLabel: 'Ley o norma',
  lawHint: (max) => `La ley, el artículo o el derecho que infringe, con tus palabras (hasta ${num(L, max)} caracteres).`,
  detailsLabel: '¿Por qué es ilegal?',
  detailsHint: (min) => `Obligatorio: explica con al menos ${num(L, min)} caracteres por qué crees que este contenido es ilegal.`,
  locationsLabel: '¿Dónde está?',
  locationsIncluded: 'Incluida: la dirección de lo que denuncias',
  locationsHint: (more) => `Otras direcciones donde aparece el mismo contenido, una por línea (hasta ${num(L, more)} más).`,
  notifierLegend: 'Tu nombre y tu correo electrónico',
  nameLabel: 'Tu nombre',
  emailLabel: 'Tu correo electrónico',
  notifierHint: 'Enviamos a esta dirección el acuse de recibo y nuestra decisión.',
  anonymousHint:
    'Para material de abuso sexual infantil, la ley te permite enviar este aviso de forma anónima: tu nombre y tu correo son opcionales. Sin un correo no podemos comunicarte nuestra decisión.',
  goodFaithLabel: 'Declaro de buena fe que la información de este aviso es exacta y completa',
  errors: {
    groundRequired: 'Elige qué ley infringe.',
    lawRequired: 'Indica la ley o norma que infringe.',
    lawTooLong: (max) => `La ley o norma puede tener como máximo ${num(L, max)} caracteres.`,
    detailsTooShort: (min) => `Explica con al menos ${num(L, min)} caracteres por qué es ilegal.`,
    locationInvalid: (link) => `Esto no es una dirección web (http o https): ${link}`,
    locationsTooMany: (more) => `Añade como máximo ${num(L, more)} direcciones más.`,
    nameRequired: 'Indica tu nombre, o elige material de abuso sexual infantil si es lo que denuncias.',
    nameTooLong: (max) => `Tu nombre puede tener como máximo ${num(L, max)} caracteres.`,
    emailRequired: 'Indica tu correo electrónico para que podamos comunicarte nuestra decisión.',
    emailInvalid: 'Esto no es una dirección de correo (como nombre@example.com).',
    goodFaithRequired: 'Marca esta casilla para confirmar que el aviso es exacto y completo.',
  },
  received: 'Gracias. Hemos recibido tu aviso.',
  decisionTo: (email) => `Enviaremos nuestra decisión, y cómo recurrirla, a ${email}.`,
  noDecision: 'No has indicado ningún correo electrónico, así que no podemos enviarte nuestra decisión.',
};

export default es;
