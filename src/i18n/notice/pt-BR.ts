import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'pt-BR';

const ptBR: NoticeStrings = {
  category: 'Conteúdo ilegal',
  categoryHelp:
    'Conteúdo que você acredita violar a lei, não apenas as regras da comunidade. Você envia uma notificação legal: perguntamos qual lei e por quê, e informamos nossa decisão.',
  intro:
    'Esta é uma notificação de conteúdo ilegal. A lei exige as respostas abaixo. Confirmamos o recebimento e informamos o que decidirmos.',
  groundLegend: 'Qual lei ele viola?',
  grounds: {
    'child-sexual-abuse': 'Material de abuso sexual infantil',
    'terrorism-extremism': 'Conteúdo terrorista ou extremista violento',
    'illegal-hate-speech': 'Discurso de ódio ilegal',
    'threats-violence': 'Ameaças ou incitação à violência',
    'non-consensual-intimate-images': 'Imagens íntimas compartilhadas sem consentimento',
    'privacy-data': 'Privacidade ou dados pessoais',
    'intellectual-property': 'Direitos autorais, marca ou outra propriedade intelectual',
    'scams-fraud': 'Golpes ou fraude',
    'unsafe-products': 'Produtos ilegais ou inseguros',
    'other-law': 'Outra lei',
  },
  lawLabel: 'Lei ou norma',
  lawHint: (max) => `A lei, o artigo ou o direito violado, com suas palavras (até ${num(L, max)} caracteres).`,
  detailsLabel: 'Por que é ilegal?',
  detailsHint: (min) => `Obrigatório: explique com pelo menos ${num(L, min)} caracteres por que você acredita que este conteúdo é ilegal.`,
  locationsLabel: 'Onde está?',
  locationsIncluded: 'Incluído: o endereço do que você está denunciando',
  locationsHint: (more) => `Outros endereços onde o mesmo conteúdo aparece, um por linha (até mais ${num(L, more)}).`,
  notifierLegend: 'Seu nome e e-mail',
  nameLabel: 'Seu nome',
  emailLabel: 'Seu e-mail',
  notifierHint: 'Enviamos a confirmação de recebimento e nossa decisão para este endereço.',
  anonymousHint:
    'Para material de abuso sexual infantil, a lei permite enviar esta notificação de forma anônima: nome e e-mail são opcionais. Sem um e-mail não podemos informar nossa decisão.',
  goodFaithLabel: 'Declaro de boa-fé que as informações desta notificação são exatas e completas',
  errors: {
    groundRequired: 'Escolha qual lei ele viola.',
    lawRequired: 'Informe a lei ou norma violada.',
    lawTooLong: (max) => `A lei ou norma pode ter no máximo ${num(L, max)} caracteres.`,
    detailsTooShort: (min) => `Explique com pelo menos ${num(L, min)} caracteres por que é ilegal.`,
    locationInvalid: (link) => `Isto não é um endereço da web (http ou https): ${link}`,
    locationsTooMany: (more) => `Adicione no máximo mais ${num(L, more)} endereços.`,
    nameRequired: 'Informe seu nome, ou escolha material de abuso sexual infantil se é isso que você denuncia.',
    nameTooLong: (max) => `Seu nome pode ter no máximo ${num(L, max)} caracteres.`,
    emailRequired: 'Informe seu e-mail para que possamos comunicar nossa decisão.',
    emailInvalid: 'Isto não é um endereço de e-mail (como nome@example.com).',
    goodFaithRequired: 'Marque esta caixa para confirmar que a notificação é exata e completa.',
  },
  received: 'Obrigado. Recebemos sua notificação.',
  decisionTo: (email) => `Enviaremos nossa decisão, e como contestá-la, para ${email}.`,
  noDecision: 'Você não informou um e-mail, então não podemos enviar nossa decisão.',
};

export default ptBR;
