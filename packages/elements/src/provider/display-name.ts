/** How to address the signed-in person, from the ID token's standard claims (OpenID Connect Core §5.1). */
export function displayName(claims: Readonly<Record<string, unknown>>): string | undefined {
  const text = (claim: string): string | undefined => {
    const value = claims[claim];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const full = [text('given_name'), text('family_name')].filter(Boolean).join(' ');
  return text('name') ?? (full || undefined) ?? text('preferred_username') ?? text('email');
}
