import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/define.js';
import { defineElement, MobilityProvider, MobilityVacancies, version, type VersionedElementConstructor } from '../src/index.js';

/** Capture console.warn while `run` runs. */
function warningsDuring(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('guarded, version-aware registration', () => {
  it('registers the tags, accessibly, with their version on the constructor', async () => {
    const element = await fixture(html`<mobility-provider base-url="/nowhere"><p>Inhoud</p></mobility-provider>`);
    await expect(element).to.be.accessible();
    expect(customElements.get('mobility-provider')).to.equal(MobilityProvider);
    expect(customElements.get('mobility-vacancies')).to.equal(MobilityVacancies);
    expect((MobilityVacancies as VersionedElementConstructor).mobilityKitVersion).to.equal(version);
    expect(version).to.equal('0.1.0');
  });

  it('does nothing when the same version is defined again, even by another class (a second bundle copy)', () => {
    const copy = class extends LitElement {};
    let defined: boolean | undefined;
    const warnings = warningsDuring(() => {
      defined = defineElement('mobility-vacancies', copy, version);
      defineElement('mobility-vacancies', MobilityVacancies, version);
    });
    expect(defined).to.equal(false);
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('mobility-vacancies')).to.equal(MobilityVacancies);
  });

  it('keeps the first definition and warns once when another version is defined', () => {
    const newer = class extends LitElement {};
    const older = class extends LitElement {};
    const warnings = warningsDuring(() => {
      expect(defineElement('mobility-provider', newer, '9.9.9')).to.equal(false);
      expect(defineElement('mobility-provider', older, '0.0.1')).to.equal(false);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<mobility-provider>').and.contain('0.1.0').and.contain('9.9.9');
    expect(customElements.get('mobility-provider')).to.equal(MobilityProvider);
  });

  it('defines a free tag, and a subclass does not inherit the version of its parent', () => {
    const Subclass = class extends MobilityVacancies {};
    expect(defineElement('mobility-vacancies-custom', Subclass, '2.0.0')).to.equal(true);
    expect(customElements.get('mobility-vacancies-custom')).to.equal(Subclass);
    expect((Subclass as VersionedElementConstructor).mobilityKitVersion).to.equal('2.0.0');
    expect((MobilityVacancies as VersionedElementConstructor).mobilityKitVersion).to.equal(version);
  });

  it('warns instead of throwing when the constructor is already registered under another tag', () => {
    const warnings = warningsDuring(() => {
      expect(defineElement('mobility-vacancies-again', MobilityVacancies, version)).to.equal(false);
    });
    expect(warnings).to.have.length(1);
    expect(customElements.get('mobility-vacancies-again')).to.equal(undefined);
  });
});
