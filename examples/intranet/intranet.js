// The example intranet's own script: shows the "HR-werkplek" menu item once the page's
// <mobility-provider> reports that an HR user or administrator is signed in. Hiding a link is only
// a convenience for everyone else: the API itself refuses HR work to any other role.
const hrRoles = new Set(['hr', 'admin']);

document.addEventListener('mobility-session-change', (event) => {
  const { session } = event.detail;
  const isHr = session.status === 'signed-in' && hrRoles.has(session.user?.role);
  for (const item of document.querySelectorAll('[data-hr-only]')) item.hidden = !isHr;
});
