import { num, plural } from '../format.js';
import type { Strings } from '../strings.js';

const L = 'fr';
const TYPES: Record<string, string> = {
  answer: 'cette réponse',
  notebook: 'ce carnet',
  discussion: 'cette discussion',
  comment: 'ce commentaire',
  message: 'ce message',
};

const fr: Strings = {
  flagLabel: 'Signaler',
  reportUserLabel: 'Signaler ce membre',
  dialogTitle: 'Signaler un problème',
  close: 'Fermer',
  introContent: (type) => `Dites-nous ce qui ne va pas avec ${TYPES[type] ?? 'cette publication'}.`,
  introUser: (name) => (name ? `Dites-nous ce qui s’est passé avec ${name}.` : 'Dites-nous ce qui s’est passé avec ce membre.'),
  excerptLabel: 'Vous signalez',
  categoryLegend: 'Quel est le problème ?',
  categories: {
    spam: 'Spam commercial',
    sexual: 'Propos sexuels ou déplacés',
    hate: 'Discours haineux ou menaces',
    scam: 'Arnaque, hameçonnage ou fraude',
    harassment: 'Harcèlement ou intimidation',
    'religious-political': 'Publications ouvertement religieuses ou politiques',
    other: 'Autre chose',
  },
  categoryHelp: {
    spam: 'Publicité, démarchage ou liens publiés pour vendre quelque chose, et non pour participer.',
    sexual: 'Remarques, demandes ou images à caractère sexuel, ou propos déplacés ici pour une autre raison.',
    hate: 'Attaques contre des personnes pour ce qu’elles sont, ou menaces de violence contre qui que ce soit.',
    scam: 'Demandes d’argent, paiement hors de la plateforme, fausses offres ou tentatives d’obtenir des mots de passe ou des coordonnées bancaires.',
    harassment: 'Contacts répétés non désirés, insultes, intimidation ou tentatives d’humilier quelqu’un.',
    'religious-political': 'Publications qui promeuvent une opinion religieuse ou politique au lieu d’aider à apprendre.',
    other: 'Tout autre manquement aux règles de la communauté. Décrivez-le ci-dessous.',
  },
  aboutCategory: (label) => `À propos de « ${label} »`,
  detailsLabel: 'Détails',
  detailsHint: 'Facultatif. Ce qui s’est passé, et ce que les modérateurs doivent savoir.',
  detailsHintOther: (min) => `Obligatoire : décrivez le problème en ${num(L, min)} caractères au moins.`,
  counter: (count, max) => `${num(L, count)} / ${num(L, max)}`,
  placeLegend: 'Où cela s’est-il passé ?',
  places: {
    site: 'Sur ce site',
    messages: 'Dans les messages',
    lesson: 'Pendant un cours',
    'video-call': 'Lors d’un appel vidéo ou dans une autre application (comme Skype ou Zoom)',
    email: 'Par e-mail',
    elsewhere: 'Ailleurs',
  },
  placeDetailLabel: 'Quelle application ou quel endroit ?',
  linksLabel: 'Liens',
  linksHint: (max) => `Liens vers les publications, messages ou profils concernés, un par ligne (${num(L, max)} au maximum).`,
  messageTextLabel: 'Texte des messages',
  messageTextHint: 'Collez les messages exactement tels qu’ils ont été écrits.',
  screenshotsLabel: 'Ajouter des captures d’écran',
  screenshotsHint: (max) =>
    `PNG, JPEG ou WebP, ${num(L, max)} au maximum. Vous pouvez aussi les coller ou les déposer ici.`,
  screenshotsCount: (count, max) => `Captures ajoutées : ${num(L, count)} sur ${num(L, max)}.`,
  removeScreenshot: (name) => `Retirer ${name}`,
  screenshotRemoved: (name) => `${name} retirée.`,
  screenshotsNotKept: (count) =>
    plural(L, count, {
      one: '# capture était trop volumineuse pour être conservée au rechargement de la page. Ajoutez-la à nouveau.',
      other: '# captures étaient trop volumineuses pour être conservées au rechargement de la page. Ajoutez-les à nouveau.',
    }),
  blockLabel: 'Bloquer aussi ce membre',
  blockHint: 'Il ne pourra plus vous contacter.',
  urgentLabel: 'Je ne me sens pas en sécurité ou je subis des pressions',
  urgentHelp:
    'Votre signalement sera marqué comme urgent. Si vous êtes en danger en ce moment, contactez les services d’urgence de votre pays.',
  urgentHelpLink: 'Obtenir de l’aide maintenant',
  scamAdvice:
    'N’envoyez jamais d’argent à une personne rencontrée ici et ne communiquez jamais votre adresse ni vos coordonnées bancaires en dehors de la plateforme. Effectuez tous vos paiements sur la plateforme.',
  threatAdvice:
    'Si vous ou quelqu’un d’autre êtes en danger en ce moment, contactez d’abord les services d’urgence de votre pays.',
  harassmentAdvice:
    'Vous pouvez bloquer ce membre : cochez « Bloquer aussi ce membre » ci-dessous, et il ne pourra plus vous contacter.',
  submit: 'Envoyer',
  cancel: 'Annuler',
  sending: 'Envoi de votre signalement…',
  thankYou: 'Merci. Votre signalement a été envoyé.',
  whatNext: 'Nos modérateurs vont l’examiner et agiront s’il enfreint les règles.',
  reference: (ref) => `Votre référence : ${ref}`,
  blockConfirmed: (name) => (name ? `Vous avez demandé à bloquer ${name}.` : 'Vous avez demandé à bloquer ce membre.'),
  markDelivered: 'Signalé',
  openFailed: 'Impossible d’ouvrir le formulaire de signalement. Vérifiez votre connexion et réessayez.',
  discardDraft: 'Supprimer le brouillon',
  draftDiscarded: 'Brouillon supprimé.',
  queued: {
    title: 'Enregistré sur cet appareil. Il sera envoyé.',
    network:
      'La connexion a échoué : votre signalement n’a pas encore pu être confirmé. Il sera envoyé dès le retour de la connexion, même si vous fermez cette page.',
    server:
      'Le service de signalement n’a pas encore confirmé votre signalement. Il sera renvoyé sous peu, même si vous fermez cette page.',
    memoryOnly:
      'Ce navigateur ne peut pas conserver le signalement après la fermeture de cette page. Laissez-la ouverte jusqu’à son envoi.',
    limit: (count) =>
      `Cet appareil conserve déjà ${num(L, count)} signalements en attente d’envoi, le maximum. Celui-ci n’est conservé que tant que cette page reste ouverte.`,
    auth: 'Votre signalement enregistré n’a pas pu être envoyé : vous semblez déconnecté. Connectez-vous, puis réessayez. Il reste enregistré.',
    expired: (days) =>
      plural(L, days, {
        one: 'Votre signalement enregistré attend depuis plus de # jour. Réessayez ou supprimez-le.',
        other: 'Votre signalement enregistré attend depuis plus de # jours. Réessayez ou supprimez-le.',
      }),
    tryNow: 'Réessayer maintenant',
    discard: 'Supprimer ce signalement',
    discarded: 'Le signalement enregistré a été supprimé.',
    mark: 'Enregistré, sera envoyé',
  },
  fixErrors: (count) =>
    plural(L, count, { one: 'Veuillez corriger # réponse ci-dessous.', other: 'Veuillez corriger # réponses ci-dessous.' }),
  errors: {
    categoryRequired: 'Choisissez le problème.',
    placeRequired: 'Choisissez où cela s’est passé.',
    detailsTooShort: (min) => `Décrivez le problème en ${num(L, min)} caractères au moins.`,
    detailsTooLong: (max) => `Les détails ne peuvent pas dépasser ${num(L, max)} caractères.`,
    messageTextTooLong: (max) => `Le texte des messages ne peut pas dépasser ${num(L, max)} caractères.`,
    placeDetailTooLong: (max) => `Ce champ ne peut pas dépasser ${num(L, max)} caractères.`,
    linkInvalid: (link) => `Ce n’est pas un lien web (http ou https) : ${link}`,
    linksTooMany: (max) => `Ajoutez ${num(L, max)} liens au maximum.`,
    tooManyFiles: (max) => `Vous pouvez ajouter ${num(L, max)} captures au maximum ; les autres n’ont pas été ajoutées.`,
    notAnImage: (name) => `${name} n’a pas été ajouté : seules les images PNG, JPEG ou WebP peuvent être envoyées.`,
    fileTooLarge: (name, maxMb) => `${name} n’a pas été ajouté : il dépasse ${num(L, maxMb)} Mo.`,
    field: (code) =>
      ({
        required: 'Ce champ est obligatoire.',
        'too-long': 'C’est trop long.',
        'too-short': 'C’est trop court.',
        'too-many': 'Il y en a trop.',
        'too-large': 'C’est trop volumineux.',
        duplicate: 'Ceci apparaît deux fois.',
        'invalid-url': 'Ce n’est pas un lien web.',
        'not-allowed': 'Ce n’est pas autorisé ici.',
        invalid: 'Ce n’est pas valide.',
      })[code],
  },
  evidence: {
    empty: (name) => `${name} n’a pas été ajouté : le fichier est vide.`,
    truncated: (name) => `${name} n’a pas été ajouté : le fichier est incomplet ou endommagé.`,
    tooManyPixels: (name, mp) =>
      `${name} n’a pas été ajouté : l’image dépasse ${plural(L, mp, { one: '# million de pixels', other: '# millions de pixels' })}.`,
    unreadable: (name) => `${name} n’a pas été ajouté : il n’a pas pu être lu comme une image.`,
    dropHere: 'Déposez les images ici pour les ajouter',
    hideParts: 'Masquer des zones',
    redact: (name) => `Masquer des zones de ${name}`,
    editorTitle: (name) => `Masquer des zones de ${name}`,
    editorHelp:
      'Faites glisser le pointeur sur ce qu’il faut masquer, ou déplacez le cadre avec les flèches du clavier (Maj + flèches pour le redimensionner) et appuyez sur Entrée pour le masquer. Ce que vous masquez est supprimé de l’image, pas seulement recouvert.',
    addBox: 'Masquer cette zone',
    undo: 'Retirer la dernière zone',
    apply: 'Appliquer',
    cancel: 'Annuler',
    boxes: (count) => plural(L, count, { one: '# zone masquée.', other: '# zones masquées.' }),
    capture: 'Capturer cette page',
    captureDenied: 'Ce navigateur n’autorise pas la capture de la page. Vous pouvez faire une capture d’écran vous-même et l’ajouter ci-dessus.',
    notAdded: 'Les captures d’écran n’ont pas pu être ajoutées. Vérifiez votre connexion et réessayez.',
    hideTool: 'Masquer',
    highlightHelp: 'Avec « Surligner », la zone est entourée d’un cadre au lieu d’être masquée.',
    highlightTool: 'Surligner',
    addHighlight: 'Surligner cette zone',
    highlights: (count) => plural(L, count, { one: '# zone surlignée.', other: '# zones surlignées.' }),
    redacted: (name) => `${name} mise à jour : les zones masquées ont été supprimées.`,
    uploading: (percent) => `Envoi en cours… ${num(L, percent)} %`,
    progressLabel: 'Progression de l’envoi',
    stop: 'Arrêter l’envoi',
    stopped: 'Envoi arrêté. Rien n’est perdu : votre signalement est toujours là. Envoyez-le quand vous le souhaitez.',
  },
  delivery: {
    config:
      'Cette page ne peut pas envoyer de signalements : son adresse d’envoi manque ou n’est pas autorisée. Rien n’a été envoyé.',
    validation: 'Le signalement n’a pas pu être accepté. Vérifiez vos réponses.',
    auth: 'Vous semblez déconnecté ou non autorisé à signaler. Connectez-vous et réessayez ; votre signalement est toujours là.',
    tooLarge: 'Les captures sont trop volumineuses pour être envoyées. Retirez-en quelques-unes et réessayez.',
    notSent: 'Votre signalement n’a pas été envoyé.',
  },
};

export default fr;
