// Demo only: sign in as a colleague of a demo organisation through the reference server's
// development token route, so the page shows what signed-in staff see (internal and partner
// vacancies; for HR, the dashboard). A real intranet passes the employee's OpenID Connect token to
// <mobility-provider> instead.
const form = document.getElementById('demo-sign-in');

if (form) {
  const role = form.dataset.role === 'hr' ? 'hr' : 'employee';
  const select = form.querySelector('select');
  const status = form.querySelector('[role="status"]');
  const provider = document.querySelector('mobility-provider');
  const signedIn = {
    employee: (name) => `Je bekijkt de vacatures als medewerker van ${name}, inclusief interne vacatures en die van partners.`,
    hr: (name) => `Je bekijkt de stuurinformatie als HR-medewerker van ${name}.`,
  };
  const signedOut = { employee: 'Je bekijkt de openbare vacatures.', hr: 'Log in als HR-medewerker om het dashboard te zien.' };

  select.addEventListener('change', async () => {
    const organisation = select.value;
    if (!organisation) {
      provider.token = undefined;
      status.textContent = signedOut[role];
      return;
    }
    const response = await fetch('/v1/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, organisation }),
    });
    if (!response.ok) {
      status.textContent = 'Inloggen lukte niet: deze server geeft geen testtokens uit.';
      return;
    }
    provider.token = (await response.json()).token;
    status.textContent = signedIn[role](select.selectedOptions[0].text);
  });

  fetch('/v1/organisations')
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then(({ items }) => {
      for (const organisation of items) select.add(new Option(organisation.name, organisation.id));
      form.hidden = false;
    })
    .catch(() => {
      // Without the organisations list the demo sign-in stays hidden; the elements still work.
    });
}
