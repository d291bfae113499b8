import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'de';

const de: NoticeStrings = {
  category: 'Rechtswidrige Inhalte',
  categoryHelp:
    'Inhalte, die deiner Meinung nach gegen das Gesetz verstoßen, nicht nur gegen die Gemeinschaftsregeln. Du sendest eine rechtliche Meldung: Wir fragen, welches Gesetz und warum, und teilen dir unsere Entscheidung mit.',
  intro:
    'Dies ist eine Meldung rechtswidriger Inhalte. Das Gesetz verlangt die Angaben unten. Wir bestätigen den Eingang und teilen dir mit, wie wir entscheiden.',
  groundLegend: 'Gegen welches Gesetz verstößt es?',
  grounds: {
    'child-sexual-abuse': 'Darstellungen sexuellen Missbrauchs von Kindern',
    'terrorism-extremism': 'Terroristische oder gewalttätig-extremistische Inhalte',
    'illegal-hate-speech': 'Strafbare Hassrede',
    'threats-violence': 'Drohungen oder Aufrufe zu Gewalt',
    'non-consensual-intimate-images': 'Intime Bilder ohne Einwilligung geteilt',
    'privacy-data': 'Privatsphäre oder personenbezogene Daten',
    'intellectual-property': 'Urheberrecht, Marke oder anderes geistiges Eigentum',
    'scams-fraud': 'Betrug',
    'unsafe-products': 'Illegale oder unsichere Produkte',
    'other-law': 'Ein anderes Gesetz',
  },
  lawLabel: 'Gesetz oder Vorschrift',
  lawHint: (max) => `Das Gesetz, der Artikel oder das Recht, gegen das verstoßen wird, in deinen Worten (höchstens ${num(L, max)} Zeichen).`,
  detailsLabel: 'Warum ist es rechtswidrig?',
  detailsHint: (min) => `Pflichtfeld: Erkläre mit mindestens ${num(L, min)} Zeichen, warum du diesen Inhalt für rechtswidrig hältst.`,
  locationsLabel: 'Wo ist es?',
  locationsIncluded: 'Enthalten: die Adresse dessen, was du meldest',
  locationsHint: (more) => `Weitere Adressen, unter denen derselbe Inhalt erscheint, eine pro Zeile (bis zu ${num(L, more)} weitere).`,
  notifierLegend: 'Dein Name und deine E-Mail-Adresse',
  nameLabel: 'Dein Name',
  emailLabel: 'Deine E-Mail-Adresse',
  notifierHint: 'An diese Adresse senden wir die Eingangsbestätigung und unsere Entscheidung.',
  anonymousHint:
    'Bei Darstellungen sexuellen Missbrauchs von Kindern darfst du diese Meldung laut Gesetz anonym senden: Name und E-Mail-Adresse sind freiwillig. Ohne E-Mail-Adresse können wir dir unsere Entscheidung nicht mitteilen.',
  goodFaithLabel: 'Ich bin in gutem Glauben davon überzeugt, dass die Angaben in dieser Meldung richtig und vollständig sind',
  errors: {
    groundRequired: 'Wähle, gegen welches Gesetz es verstößt.',
    lawRequired: 'Nenne das Gesetz oder die Vorschrift, gegen die verstoßen wird.',
    lawTooLong: (max) => `Gesetz oder Vorschrift dürfen höchstens ${num(L, max)} Zeichen lang sein.`,
    detailsTooShort: (min) => `Erkläre mit mindestens ${num(L, min)} Zeichen, warum es rechtswidrig ist.`,
    locationInvalid: (link) => `Das ist keine Webadresse (http oder https): ${link}`,
    locationsTooMany: (more) => `Füge höchstens ${num(L, more)} weitere Adressen hinzu.`,
    nameRequired: 'Gib deinen Namen an, oder wähle Darstellungen sexuellen Missbrauchs von Kindern, wenn du das meldest.',
    nameTooLong: (max) => `Dein Name darf höchstens ${num(L, max)} Zeichen lang sein.`,
    emailRequired: 'Gib deine E-Mail-Adresse an, damit wir dir unsere Entscheidung mitteilen können.',
    emailInvalid: 'Das ist keine E-Mail-Adresse (wie name@example.com).',
    goodFaithRequired: 'Setze dieses Häkchen, um zu bestätigen, dass die Meldung richtig und vollständig ist.',
  },
  received: 'Danke. Wir haben deine Meldung erhalten.',
  decisionTo: (email) => `Wir senden unsere Entscheidung und wie du sie anfechten kannst an ${email}.`,
  noDecision: 'Du hast keine E-Mail-Adresse angegeben, daher können wir dir unsere Entscheidung nicht senden.',
};

export default de;
