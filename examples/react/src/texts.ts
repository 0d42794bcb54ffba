/** The portal's own words; the elements translate themselves from the `lang` they inherit. */
export const texts = {
  nl: {
    brand: 'Hogeschool Demostad',
    portal: 'Loopbaanportaal',
    language: 'Taal',
    intro:
      'Kijk rond bij de vacatures van onze hogeschool en van partners in de regio, lees hoe collega’s de overstap maakten en reken uit wat werkloosheid of een nieuwe baan voor je inkomen betekent.',
    vacancies: 'Vacatures en klussen',
    chosen: 'Jouw keuze',
    chosenEmpty: 'Kies een vacature om hier de details te zien.',
    chosenAt: (organisation: string, city: string) => `${organisation}, ${city}`,
    hours: (hours: string) => `${hours} uur per week`,
    closes: (date: string) => `Reageren kan tot en met ${date}`,
    apply: 'Solliciteren',
    clear: 'Keuze wissen',
    stories: 'Collega’s in beweging',
    storyShown: (position: number, name: string) => `Verhaal ${position}: ${name}`,
    calculator: 'Rekenhulp WW en BWRHBO',
    footer: 'Voorbeeldportaal van mobility-kit, gebouwd met React.',
  },
  en: {
    brand: 'Demostad University of Applied Sciences',
    portal: 'Career portal',
    language: 'Language',
    intro:
      'Browse the vacancies of our university and of partners in the region, read how colleagues made their move, and work out what unemployment or a new job means for your income.',
    vacancies: 'Vacancies and assignments',
    chosen: 'Your choice',
    chosenEmpty: 'Choose a vacancy to see its details here.',
    chosenAt: (organisation: string, city: string) => `${organisation}, ${city}`,
    hours: (hours: string) => `${hours} hours a week`,
    closes: (date: string) => `Apply until ${date}`,
    apply: 'Apply',
    clear: 'Clear choice',
    stories: 'Colleagues on the move',
    storyShown: (position: number, name: string) => `Story ${position}: ${name}`,
    calculator: 'Unemployment benefit calculator',
    footer: 'Example portal of mobility-kit, built with React.',
  },
} as const;

export type Language = keyof typeof texts;
