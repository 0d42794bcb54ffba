// Demo only: sign in as an employee of a demo organisation through the reference server's
// development token route, so the page shows what internal and partner (sector) vacancies look like.
// A real intranet passes the employee's OpenID Connect token to <mobility-provider> instead.
const form = document.getElementById('demo-sign-in');
const select = document.getElementById('demo-organisation');
const status = document.getElementById('demo-sign-in-status');
const provider = document.querySelector('mobility-provider');

async function start() {
  const response = await fetch('/v1/organisations');
  if (!response.ok) return;
  const { items } = await response.json();
  for (const organisation of items) select.add(new Option(organisation.name, organisation.id));
  form.hidden = false;
}

select.addEventListener('change', async () => {
  const organisation = select.value;
  if (!organisation) {
    provider.token = undefined;
    status.textContent = 'Je bekijkt de openbare vacatures.';
    return;
  }
  const response = await fetch('/v1/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'employee', organisation }),
  });
  if (!response.ok) {
    status.textContent = 'Inloggen lukte niet: deze server geeft geen testtokens uit.';
    return;
  }
  provider.token = (await response.json()).token;
  status.textContent = `Je bekijkt de vacatures als medewerker van ${select.selectedOptions[0].text}, inclusief interne vacatures en die van partners.`;
});

start().catch(() => {
  // Without the organisations list the demo sign-in stays hidden; the vacancies still work.
});
