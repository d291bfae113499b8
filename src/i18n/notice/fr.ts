import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'fr';

const fr: NoticeStrings = {
  category: 'Contenu illicite',
  categoryHelp:
    'Un contenu qui, selon vous, enfreint la loi, pas seulement les règles de la communauté. Vous envoyez une notification légale : nous demandons quelle loi et pourquoi, et vous informons de notre décision.',
  intro:
    'Ceci est une notification de contenu illicite. La loi demande les réponses ci-dessous. Nous vous confirmons sa réception et vous informons de notre décision.',
  groundLegend: 'Quelle loi enfreint-il ?',
  grounds: {
    'child-sexual-abuse': 'Matériel d’abus sexuel sur enfant',
    'terrorism-extremism': 'Contenu terroriste ou extrémiste violent',
    'illegal-hate-speech': 'Discours de haine illégal',
    'threats-violence': 'Menaces ou incitation à la violence',
    'non-consensual-intimate-images': 'Images intimes partagées sans consentement',
    'privacy-data': 'Vie privée ou données personnelles',
    'intellectual-property': 'Droit d’auteur, marque ou autre propriété intellectuelle',
    'scams-fraud': 'Arnaque ou fraude',
    'unsafe-products': 'Produits illégaux ou dangereux',
    'other-law': 'Une autre loi',
  },
  lawLabel: 'Loi ou règle',
  lawHint: (max) => `La loi, l’article ou le droit enfreint, avec vos mots (${num(L, max)} caractères au maximum).`,
  detailsLabel: 'Pourquoi est-ce illicite ?',
  detailsHint: (min) => `Obligatoire : expliquez en ${num(L, min)} caractères au moins pourquoi ce contenu vous semble illicite.`,
  locationsLabel: 'Où se trouve-t-il ?',
  locationsIncluded: 'Incluse : l’adresse de ce que vous signalez',
  locationsHint: (more) => `D’autres adresses où le même contenu apparaît, une par ligne (${num(L, more)} de plus au maximum).`,
  notifierLegend: 'Votre nom et votre adresse e-mail',
  nameLabel: 'Votre nom',
  emailLabel: 'Votre adresse e-mail',
  notifierHint: 'Nous envoyons l’accusé de réception et notre décision à cette adresse.',
  anonymousHint:
    'Pour du matériel d’abus sexuel sur enfant, la loi vous permet d’envoyer cette notification anonymement : votre nom et votre e-mail sont facultatifs. Sans e-mail, nous ne pouvons pas vous informer de notre décision.',
  goodFaithLabel: 'Je déclare de bonne foi que les informations de cette notification sont exactes et complètes',
  errors: {
    groundRequired: 'Choisissez quelle loi est enfreinte.',
    lawRequired: 'Indiquez la loi ou la règle enfreinte.',
    lawTooLong: (max) => `La loi ou la règle ne peut pas dépasser ${num(L, max)} caractères.`,
    detailsTooShort: (min) => `Expliquez en ${num(L, min)} caractères au moins pourquoi c’est illicite.`,
    locationInvalid: (link) => `Ce n’est pas une adresse web (http ou https) : ${link}`,
    locationsTooMany: (more) => `Ajoutez ${num(L, more)} adresses de plus au maximum.`,
    nameRequired: 'Indiquez votre nom, ou choisissez matériel d’abus sexuel sur enfant si c’est ce que vous signalez.',
    nameTooLong: (max) => `Votre nom ne peut pas dépasser ${num(L, max)} caractères.`,
    emailRequired: 'Indiquez votre adresse e-mail, pour que nous puissions vous informer de notre décision.',
    emailInvalid: 'Ce n’est pas une adresse e-mail (comme nom@example.com).',
    goodFaithRequired: 'Cochez cette case pour confirmer que la notification est exacte et complète.',
  },
  received: 'Merci. Nous avons reçu votre notification.',
  decisionTo: (email) => `Nous enverrons notre décision, et la façon de la contester, à ${email}.`,
  noDecision: 'Vous n’avez pas indiqué d’adresse e-mail : nous ne pouvons donc pas vous envoyer notre décision.',
};

export default fr;
