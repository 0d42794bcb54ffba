/** The languages of the provider's pages: Dutch (the default) and English. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nl';

/** Every text of the provider's pages, in one language. */
export interface Strings {
  readonly service: string;
  readonly languageNav: string;
  /** Name of this language, in this language: the text of the link that switches to it. */
  readonly languageName: string;
  readonly demoLabel: string;
  readonly demoNote: string;
  readonly signInTitle: string;
  readonly signInIntro: string;
  readonly requiredNote: string;
  readonly username: string;
  readonly usernameHint: string;
  readonly password: string;
  readonly submit: string;
  readonly cancel: string;
  readonly errorPrefix: string;
  readonly errorSummaryTitle: string;
  readonly usernameMissing: string;
  readonly passwordMissing: string;
  readonly credentialsWrong: string;
  readonly accountsTitle: string;
  readonly accountsIntro: string;
  readonly accountsPassword: string;
  readonly accountsEmployee: string;
  readonly accountsHr: string;
  readonly accountsAdmin: string;
  readonly expiredTitle: string;
  readonly expiredBody: string;
  readonly errorTitle: string;
  readonly errorBody: string;
  readonly errorDetails: string;
  readonly signOutTitle: string;
  readonly signOutQuestion: string;
  readonly signOutYes: string;
  readonly signOutNo: string;
  readonly signedOutTitle: string;
  readonly signedOutBody: string;
}

export const strings: Readonly<Record<Language, Strings>> = {
  nl: {
    service: 'mobility-kit demo-inlogdienst',
    languageNav: 'Taal',
    languageName: 'Nederlands',
    demoLabel: 'Demo',
    demoNote:
      'Dit is een demonstratie met verzonnen accounts, geen echte inlogdienst. Op het intranet van een hogeschool log je in via SURFconext bij je eigen instelling.',
    signInTitle: 'Inloggen',
    signInIntro: 'Log in om verder te gaan naar',
    requiredNote: 'Beide velden zijn verplicht.',
    username: 'Gebruikersnaam',
    usernameHint: 'Een van de demo-accounts hieronder, bijvoorbeeld medewerker@hu.example.',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    cancel: 'Annuleren',
    errorPrefix: 'Fout:',
    errorSummaryTitle: 'Inloggen is niet gelukt',
    usernameMissing: 'Vul je gebruikersnaam in.',
    passwordMissing: 'Vul je wachtwoord in.',
    credentialsWrong: 'Deze gebruikersnaam en dit wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.',
    accountsTitle: 'Demo-accounts',
    accountsIntro:
      'Per organisatie is er een medewerker en een HR-adviseur, en er is één functioneel beheerder. De accounts bestaan alleen in deze demo.',
    accountsPassword: 'Het wachtwoord van elk demo-account is',
    accountsEmployee: 'Medewerker',
    accountsHr: 'HR-adviseur',
    accountsAdmin: 'Functioneel beheerder',
    expiredTitle: 'Deze inlogpoging is verlopen',
    expiredBody: 'Ga terug naar de pagina waar je vandaan kwam en log opnieuw in.',
    errorTitle: 'Er ging iets mis',
    errorBody: 'De inlogdienst kon je verzoek niet afhandelen. Ga terug naar de pagina waar je vandaan kwam en probeer het opnieuw.',
    errorDetails: 'Technische melding:',
    signOutTitle: 'Uitloggen',
    signOutQuestion: 'Wil je uitloggen bij de demo-inlogdienst?',
    signOutYes: 'Ja, uitloggen',
    signOutNo: 'Nee, ingelogd blijven',
    signedOutTitle: 'Je bent uitgelogd',
    signedOutBody: 'Je bent uitgelogd bij de demo-inlogdienst. Je kunt dit venster sluiten.',
  },
  en: {
    service: 'mobility-kit demo sign-in service',
    languageNav: 'Language',
    languageName: 'English',
    demoLabel: 'Demo',
    demoNote:
      "This is a demonstration with made-up accounts, not a real sign-in service. On a university's intranet you sign in through SURFconext at your own institution.",
    signInTitle: 'Sign in',
    signInIntro: 'Sign in to continue to',
    requiredNote: 'Both fields are required.',
    username: 'Username',
    usernameHint: 'One of the demo accounts below, for example medewerker@hu.example.',
    password: 'Password',
    submit: 'Sign in',
    cancel: 'Cancel',
    errorPrefix: 'Error:',
    errorSummaryTitle: 'Signing in did not work',
    usernameMissing: 'Enter your username.',
    passwordMissing: 'Enter your password.',
    credentialsWrong: 'This username and password do not belong together. Check them and try again.',
    accountsTitle: 'Demo accounts',
    accountsIntro:
      'Every organisation has an employee and an HR adviser, and there is one functional administrator. The accounts exist in this demo only.',
    accountsPassword: 'The password of every demo account is',
    accountsEmployee: 'Employee',
    accountsHr: 'HR adviser',
    accountsAdmin: 'Functional administrator',
    expiredTitle: 'This sign-in attempt has expired',
    expiredBody: 'Go back to the page you came from and sign in again.',
    errorTitle: 'Something went wrong',
    errorBody: 'The sign-in service could not handle your request. Go back to the page you came from and try again.',
    errorDetails: 'Technical message:',
    signOutTitle: 'Sign out',
    signOutQuestion: 'Do you want to sign out of the demo sign-in service?',
    signOutYes: 'Yes, sign out',
    signOutNo: 'No, stay signed in',
    signedOutTitle: 'You have signed out',
    signedOutBody: 'You have signed out of the demo sign-in service. You can close this window.',
  },
};

const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

/**
 * The page language: an explicit choice (the language switch, `?lang=`), else the first supported
 * language of the authorization request's `ui_locales`, else of the browser's `Accept-Language`
 * (by its q-values), else Dutch.
 */
export function chooseLanguage(choice: {
  explicit?: string | null | undefined;
  uiLocales?: unknown;
  acceptLanguage?: string | undefined;
}): Language {
  const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0] ?? '';
  if (choice.explicit && isLanguage(choice.explicit)) return choice.explicit;
  if (typeof choice.uiLocales === 'string') {
    const found = choice.uiLocales.split(/\s+/).map(primary).find(isLanguage);
    if (found) return found;
  }
  if (choice.acceptLanguage) {
    const ranked = choice.acceptLanguage
      .split(',')
      .map((part, index) => {
        const [tag = '', ...parameters] = part.split(';');
        const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
        return { language: primary(tag), q: q === undefined ? 1 : Number(q), index };
      })
      .filter((entry) => entry.q > 0 && isLanguage(entry.language))
      .sort((a, b) => b.q - a.q || a.index - b.index);
    const found = ranked[0]?.language;
    if (found && isLanguage(found)) return found;
  }
  return defaultLanguage;
}
