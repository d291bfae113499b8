import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'it';

const it: NoticeStrings = {
  category: 'Contenuti illegali',
  categoryHelp:
    'Contenuti che secondo te violano la legge, non solo le regole della community. Invii una segnalazione legale: ti chiediamo quale legge e perché, e ti comunichiamo la nostra decisione.',
  intro:
    'Questa è una segnalazione di contenuti illegali. La legge richiede le risposte qui sotto. Ti confermiamo di averla ricevuta e ti comunichiamo cosa decidiamo.',
  groundLegend: 'Quale legge viola?',
  grounds: {
    'child-sexual-abuse': 'Materiale pedopornografico',
    'terrorism-extremism': 'Contenuti terroristici o di estremismo violento',
    'illegal-hate-speech': 'Incitamento all’odio illegale',
    'threats-violence': 'Minacce o istigazione alla violenza',
    'non-consensual-intimate-images': 'Immagini intime condivise senza consenso',
    'privacy-data': 'Privacy o dati personali',
    'intellectual-property': 'Diritto d’autore, marchi o altra proprietà intellettuale',
    'scams-fraud': 'Truffe o frodi',
    'unsafe-products': 'Prodotti illegali o non sicuri',
    'other-law': 'Un’altra legge',
  },
  lawLabel: 'Legge o norma',
  lawHint: (max) => `La legge, l’articolo o il diritto violato, con parole tue (massimo ${num(L, max)} caratteri).`,
  detailsLabel: 'Perché è illegale?',
  detailsHint: (min) => `Obbligatorio: spiega con almeno ${num(L, min)} caratteri perché ritieni che questo contenuto sia illegale.`,
  locationsLabel: 'Dove si trova?',
  locationsIncluded: 'Incluso: l’indirizzo di ciò che stai segnalando',
  locationsHint: (more) => `Altri indirizzi in cui compare lo stesso contenuto, uno per riga (massimo ${num(L, more)} in più).`,
  notifierLegend: 'Il tuo nome e la tua email',
  nameLabel: 'Il tuo nome',
  emailLabel: 'La tua email',
  notifierHint: 'A questo indirizzo inviamo la conferma di ricezione e la nostra decisione.',
  anonymousHint:
    'Per il materiale pedopornografico la legge ti consente di inviare questa segnalazione in forma anonima: nome ed email sono facoltativi. Senza email non possiamo comunicarti la nostra decisione.',
  goodFaithLabel: 'Dichiaro in buona fede che le informazioni di questa segnalazione sono esatte e complete',
  errors: {
    groundRequired: 'Scegli quale legge viola.',
    lawRequired: 'Indica la legge o la norma violata.',
    lawTooLong: (max) => `La legge o norma può contenere al massimo ${num(L, max)} caratteri.`,
    detailsTooShort: (min) => `Spiega con almeno ${num(L, min)} caratteri perché è illegale.`,
    locationInvalid: (link) => `Questo non è un indirizzo web (http o https): ${link}`,
    locationsTooMany: (more) => `Aggiungi al massimo ${num(L, more)} indirizzi in più.`,
    nameRequired: 'Indica il tuo nome, oppure scegli materiale pedopornografico se è questo che segnali.',
    nameTooLong: (max) => `Il tuo nome può contenere al massimo ${num(L, max)} caratteri.`,
    emailRequired: 'Indica la tua email, così potremo comunicarti la nostra decisione.',
    emailInvalid: 'Questo non è un indirizzo email (come nome@example.com).',
    goodFaithRequired: 'Spunta questa casella per confermare che la segnalazione è esatta e completa.',
  },
  received: 'Grazie. Abbiamo ricevuto la tua segnalazione.',
  decisionTo: (email) => `Invieremo la nostra decisione, e come contestarla, a ${email}.`,
  noDecision: 'Non hai indicato un indirizzo email, quindi non possiamo inviarti la nostra decisione.',
};

export default it;
