// The example intranet's own script, reacting to the sign-in of the page's <mobility-provider>:
// - the "HR-werkplek" menu item appears for an HR user or administrator. Hiding a link is only a
//   convenience: the API itself refuses HR work to any other role;
// - a carousel marked `data-colleague-channel` shows the stories for colleagues (the intranet
//   channel, which needs a signed-in employee) once someone is signed in, and the public ones before.
const hrRoles = new Set(['hr', 'admin']);

document.addEventListener('mobility-session-change', (event) => {
  const { session } = event.detail;
  const signedIn = session.status === 'signed-in';
  const isHr = signedIn && hrRoles.has(session.user?.role);
  for (const item of document.querySelectorAll('[data-hr-only]')) item.hidden = !isHr;
  for (const stories of document.querySelectorAll('mobility-stories[data-colleague-channel]')) {
    stories.channel = signedIn ? 'intranet' : 'public';
  }
});
