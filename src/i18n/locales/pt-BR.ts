import { num, plural } from '../format.js';
import type { Strings } from '../strings.js';

const L = 'pt-BR';
const TYPES: Record<string, string> = {
  answer: 'esta resposta',
  notebook: 'este caderno',
  discussion: 'esta discussão',
  comment: 'este comentário',
  message: 'esta mensagem',
};

const ptBR: Strings = {
  flagLabel: 'Denunciar',
  reportUserLabel: 'Denunciar membro',
  dialogTitle: 'Denunciar um problema',
  close: 'Fechar',
  introContent: (type) => `Conte para nós o que há de errado com ${TYPES[type] ?? 'esta publicação'}.`,
  introUser: (name) => (name ? `Conte para nós o que aconteceu com ${name}.` : 'Conte para nós o que aconteceu com este membro.'),
  excerptLabel: 'Você está denunciando',
  categoryLegend: 'Qual é o problema?',
  categories: {
    spam: 'Spam comercial',
    sexual: 'Comentários sexuais ou impróprios',
    hate: 'Discurso de ódio ou ameaças',
    scam: 'Golpe, phishing ou fraude',
    harassment: 'Bullying ou assédio',
    'religious-political': 'Publicações abertamente religiosas ou políticas',
    other: 'Outro problema',
  },
  categoryHelp: {
    spam: 'Propaganda, ofertas de venda ou links publicados para vender algo, e não para participar.',
    sexual: 'Comentários, pedidos ou imagens de cunho sexual, ou comentários impróprios aqui por outro motivo.',
    hate: 'Ataques a pessoas por quem elas são, ou ameaças de violência contra qualquer pessoa.',
    scam: 'Pedidos de dinheiro, pagamento fora da plataforma, ofertas falsas ou tentativas de obter senhas ou dados bancários.',
    harassment: 'Contato repetido e indesejado, insultos, intimidação ou tentativas de humilhar alguém.',
    'religious-political': 'Publicações que promovem uma visão religiosa ou política em vez de ajudar as pessoas a aprender.',
    other: 'Qualquer outra coisa que viole as regras da comunidade. Descreva abaixo.',
  },
  aboutCategory: (label) => `Sobre “${label}”`,
  detailsLabel: 'Detalhes',
  detailsHint: 'Opcional. O que aconteceu e o que os moderadores devem saber.',
  detailsHintOther: (min) => `Obrigatório: descreva o problema com pelo menos ${num(L, min)} caracteres.`,
  counter: (count, max) => `${num(L, count)} / ${num(L, max)}`,
  placeLegend: 'Onde aconteceu?',
  places: {
    site: 'Neste site',
    messages: 'Nas mensagens',
    lesson: 'Em uma aula',
    'video-call': 'Em uma videochamada ou outro aplicativo (como Skype ou Zoom)',
    email: 'Por e-mail',
    elsewhere: 'Em outro lugar',
  },
  placeDetailLabel: 'Qual aplicativo ou lugar?',
  linksLabel: 'Links',
  linksHint: (max) => `Links para as publicações, mensagens ou perfis envolvidos, um por linha (até ${num(L, max)}).`,
  messageTextLabel: 'Texto das mensagens',
  messageTextHint: 'Cole as mensagens exatamente como foram escritas.',
  screenshotsLabel: 'Adicionar capturas de tela',
  screenshotsHint: (max) => `PNG, JPEG ou WebP, até ${num(L, max)}. Você também pode colar ou soltar as imagens aqui.`,
  screenshotsCount: (count, max) => `Capturas adicionadas: ${num(L, count)} de ${num(L, max)}.`,
  removeScreenshot: (name) => `Remover ${name}`,
  screenshotRemoved: (name) => `${name} removida.`,
  screenshotsNotKept: (count) =>
    plural(L, count, {
      one: '# captura era grande demais para ser mantida ao recarregar a página. Adicione-a novamente.',
      other: '# capturas eram grandes demais para serem mantidas ao recarregar a página. Adicione-as novamente.',
    }),
  blockLabel: 'Bloquear também este usuário',
  blockHint: 'Ele não poderá mais entrar em contato com você.',
  urgentLabel: 'Eu me sinto inseguro(a) ou pressionado(a)',
  urgentHelp:
    'Sua denúncia será marcada como urgente. Se você estiver em perigo agora, entre em contato com os serviços de emergência da sua região.',
  urgentHelpLink: 'Pedir ajuda agora',
  scamAdvice:
    'Nunca envie dinheiro para alguém que você conheceu aqui e nunca compartilhe seu endereço ou dados bancários fora da plataforma. Faça todos os pagamentos pela plataforma.',
  threatAdvice:
    'Se você ou outra pessoa estiver em perigo agora, entre em contato primeiro com os serviços de emergência da sua região.',
  harassmentAdvice:
    'Você pode bloquear este membro: marque “Bloquear também este usuário” abaixo, e ele não poderá mais entrar em contato com você.',
  submit: 'Enviar',
  cancel: 'Cancelar',
  sending: 'Enviando sua denúncia…',
  thankYou: 'Obrigado. Sua denúncia foi enviada.',
  whatNext: 'Nossos moderadores vão analisá-la e tomar providências se ela violar as regras.',
  reference: (ref) => `Seu número de referência: ${ref}`,
  blockConfirmed: (name) => (name ? `Você pediu para bloquear ${name}.` : 'Você pediu para bloquear este membro.'),
  markDelivered: 'Denunciado',
  openFailed: 'Não foi possível abrir o formulário de denúncia. Verifique sua conexão e tente novamente.',
  discardDraft: 'Descartar rascunho',
  draftDiscarded: 'Rascunho descartado.',
  queued: {
    title: 'Salva neste dispositivo. Ela será enviada.',
    network:
      'A conexão falhou, então sua denúncia ainda não pôde ser confirmada. Ela será enviada assim que a conexão voltar, mesmo que você feche esta página.',
    server:
      'O serviço de denúncias ainda não confirmou sua denúncia. Ela será reenviada em breve, mesmo que você feche esta página.',
    memoryOnly:
      'Este navegador não consegue guardar a denúncia depois que esta página for fechada. Mantenha a página aberta até ela ser enviada.',
    limit: (count) =>
      `Este dispositivo já guarda ${num(L, count)} denúncias aguardando envio, o máximo permitido. Esta só fica guardada enquanto esta página estiver aberta.`,
    auth: 'Não foi possível enviar sua denúncia salva: parece que você saiu da sua conta. Entre novamente e tente de novo. Ela continua salva.',
    expired: (days) =>
      plural(L, days, {
        one: 'Sua denúncia salva está aguardando há mais de # dia. Tente novamente ou descarte-a.',
        other: 'Sua denúncia salva está aguardando há mais de # dias. Tente novamente ou descarte-a.',
      }),
    tryNow: 'Tentar novamente agora',
    discard: 'Descartar esta denúncia',
    discarded: 'A denúncia salva foi descartada.',
    mark: 'Salva, será enviada',
  },
  fixErrors: (count) =>
    plural(L, count, { one: 'Corrija # resposta abaixo.', other: 'Corrija # respostas abaixo.' }),
  errors: {
    categoryRequired: 'Escolha qual é o problema.',
    placeRequired: 'Escolha onde aconteceu.',
    detailsTooShort: (min) => `Descreva o problema com pelo menos ${num(L, min)} caracteres.`,
    detailsTooLong: (max) => `Os detalhes podem ter no máximo ${num(L, max)} caracteres.`,
    messageTextTooLong: (max) => `O texto das mensagens pode ter no máximo ${num(L, max)} caracteres.`,
    placeDetailTooLong: (max) => `Isto pode ter no máximo ${num(L, max)} caracteres.`,
    linkInvalid: (link) => `Isto não é um link da web (http ou https): ${link}`,
    linksTooMany: (max) => `Adicione no máximo ${num(L, max)} links.`,
    tooManyFiles: (max) => `Você pode adicionar no máximo ${num(L, max)} capturas; as demais não foram adicionadas.`,
    notAnImage: (name) => `${name} não foi adicionado: só é possível enviar imagens PNG, JPEG ou WebP.`,
    fileTooLarge: (name, maxMb) => `${name} não foi adicionado: tem mais de ${num(L, maxMb)} MB.`,
    field: (code) =>
      ({
        required: 'Este campo é obrigatório.',
        'too-long': 'Está longo demais.',
        'too-short': 'Está curto demais.',
        'too-many': 'Há itens demais.',
        'too-large': 'Está grande demais.',
        duplicate: 'Isto aparece duas vezes.',
        'invalid-url': 'Isto não é um link da web.',
        'not-allowed': 'Isto não é permitido aqui.',
        invalid: 'Isto não é válido.',
      })[code],
  },
  evidence: {
    empty: (name) => `${name} não foi adicionado: o arquivo está vazio.`,
    truncated: (name) => `${name} não foi adicionado: o arquivo está incompleto ou danificado.`,
    tooManyPixels: (name, mp) =>
      `${name} não foi adicionado: a imagem tem mais de ${plural(L, mp, { one: '# milhão de pixels', other: '# milhões de pixels' })}.`,
    unreadable: (name) => `${name} não foi adicionado: não foi possível lê-lo como imagem.`,
    dropHere: 'Solte as imagens aqui para adicioná-las',
    hideParts: 'Ocultar partes',
    redact: (name) => `Ocultar partes de ${name}`,
    editorTitle: (name) => `Ocultar partes de ${name}`,
    editorHelp:
      'Arraste sobre o que você quer ocultar ou use as setas do teclado para mover a caixa (Shift + setas para redimensionar) e Enter para ocultar. O que você oculta é removido da imagem, não apenas coberto.',
    addBox: 'Ocultar esta área',
    undo: 'Desfazer',
    apply: 'Aplicar',
    cancel: 'Cancelar',
    boxes: (count) => plural(L, count, { one: '# área oculta.', other: '# áreas ocultas.' }),
    capture: 'Capturar esta página',
    captureDenied: 'Este navegador não permite capturar a página. Você pode tirar uma captura de tela e adicioná-la acima.',
    notAdded: 'Não foi possível adicionar as capturas de tela. Verifique sua conexão e tente novamente.',
    hideTool: 'Ocultar',
    highlightHelp: 'Com “Destacar”, a área ganha um contorno em vez de ser ocultada.',
    highlightTool: 'Destacar',
    addHighlight: 'Destacar esta área',
    highlights: (count) => plural(L, count, { one: '# área destacada.', other: '# áreas destacadas.' }),
    redacted: (name) => `${name} atualizada: as áreas ocultas foram removidas.`,
    uploading: (percent) => `Enviando… ${num(L, percent)}%`,
    progressLabel: 'Progresso do envio',
    stop: 'Parar o envio',
    stopped: 'Envio interrompido. Nada se perdeu: sua denúncia continua aqui. Envie quando quiser.',
  },
  delivery: {
    config:
      'Esta página não pode enviar denúncias: o endereço de envio está faltando ou não é permitido. Nada foi enviado.',
    validation: 'A denúncia não pôde ser aceita. Verifique suas respostas.',
    auth: 'Parece que você saiu da sua conta ou não tem permissão para denunciar. Entre e tente novamente; sua denúncia continua aqui.',
    tooLarge: 'As capturas são grandes demais para enviar. Remova algumas e tente novamente.',
    notSent: 'Sua denúncia não foi enviada.',
  },
};

export default ptBR;
