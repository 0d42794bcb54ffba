// Types every <mobility-…> tag in JSX: its attributes, properties and `on<event>` props.
import type {} from '@mobility-kit/elements/react';
import { useCallback, useState } from 'react';
import type { MobilityStoryChangeDetail, MobilityVacancySelectDetail } from '@mobility-kit/elements';
import { texts, type Language } from './texts';

type Vacancy = MobilityVacancySelectDetail['vacancy'];

export interface AppProps {
  /** Base URL of the mobility-kit API. */
  apiBaseUrl: string;
}

/**
 * A career portal page: the vacancy feed with a "your choice" panel fed by the element's
 * `mobility-vacancy-select` event, the success stories with a caption following
 * `mobility-story-change`, and the calculator. React 19 sets a prop on a custom element as a
 * property when the element has one of that name (`channel`, `limit`), otherwise as an attribute
 * (`page-size`, which the element converts to its `pageSize` number), and turns `on<event-name>`
 * props into listeners for that event.
 */
export function App({ apiBaseUrl }: AppProps) {
  const [lang, setLang] = useState<Language>('nl');
  const [chosen, setChosen] = useState<Vacancy>();
  const [story, setStory] = useState<MobilityStoryChangeDetail>();
  const t = texts[lang];

  // Cancelling the event keeps the element from expanding the card: the portal shows the
  // vacancy in its own panel instead (as it would route to its own vacancy page).
  const onVacancySelect = useCallback((event: CustomEvent<MobilityVacancySelectDetail>) => {
    event.preventDefault();
    setChosen(event.detail.vacancy);
  }, []);
  const onStoryChange = useCallback((event: CustomEvent<MobilityStoryChangeDetail>) => setStory(event.detail), []);

  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`));
  const hours = ({ min, max }: Vacancy['hoursPerWeek']) => {
    const number = new Intl.NumberFormat(lang);
    return min === max ? number.format(max) : `${number.format(min)}–${number.format(max)}`;
  };

  return (
    <div className="portal" lang={lang}>
      <header className="portal-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true">HD</span> {t.brand} <span className="brand-sub">{t.portal}</span>
        </p>
        <label className="language">
          {t.language}{' '}
          <select value={lang} onChange={(event) => setLang(event.target.value as Language)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>

      <main className="portal-main">
        <h1>{t.portal}</h1>
        <p className="lead">{t.intro}</p>

        <mobility-provider base-url={apiBaseUrl} lang={lang}>
          <section aria-labelledby="vacancies-title" className="panel vacancies">
            <h2 id="vacancies-title">{t.vacancies}</h2>
            <div className="vacancies-layout">
              <mobility-vacancies page-size={6} heading-level={3} onmobility-vacancy-select={onVacancySelect}></mobility-vacancies>
              <aside className="chosen" aria-labelledby="chosen-title" aria-live="polite">
                <h3 id="chosen-title">{t.chosen}</h3>
                {chosen ? (
                  <>
                    <p className="chosen-title">{chosen.title}</p>
                    <p>{t.chosenAt(chosen.organisation.name, chosen.location.city)}</p>
                    <p>{t.hours(hours(chosen.hoursPerWeek))}</p>
                    <p>{t.closes(date(chosen.validThrough))}</p>
                    {chosen.applyUrl ? <a href={chosen.applyUrl}>{t.apply}</a> : null}{' '}
                    <button type="button" onClick={() => setChosen(undefined)}>{t.clear}</button>
                  </>
                ) : (
                  <p>{t.chosenEmpty}</p>
                )}
              </aside>
            </div>
          </section>

          <section aria-labelledby="stories-title" className="panel">
            <h2 id="stories-title">{t.stories}</h2>
            <mobility-stories channel="public" limit={5} heading-level={3} onmobility-story-change={onStoryChange}></mobility-stories>
            <p className="story-caption" aria-live="polite">
              {story ? t.storyShown(story.index + 1, story.story.displayName) : ''}
            </p>
          </section>

          <section aria-labelledby="calculator-title" className="panel">
            <h2 id="calculator-title">{t.calculator}</h2>
            <mobility-calculator heading-level={3}></mobility-calculator>
          </section>
        </mobility-provider>
      </main>

      <footer className="portal-footer">{t.footer}</footer>
    </div>
  );
}
