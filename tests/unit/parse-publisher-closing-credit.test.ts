// Papers that run an agency's copy close it with the agency's credit: its tag in brackets after the last
// sentence ("… Kowalski. (PAP)"), a line "(Avec APS)", or the tag with the desk editor's initials ("(tasr, mm)",
// "/ritzau/"). The author's line or a newsletter box may follow. A desk officer files the agency as the publisher;
// the writer's and editor's initials ("(khr/bac)"), an end mark ("(END)") or a longer office code name none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (paragraphs: string[]): string | null => parseRecordText(paragraphs.join('\n\n')).publisher;

describe("an agency's credit closing the copy it supplied names the publisher", () => {
  test('"… Kowalski. (PAP)" above the author\'s line gives PAP', () => {
    const found = publisher([
      'Szef MSZ rozmawiał z ministrem spraw zagranicznych Japonii',
      'Minister spraw zagranicznych rozmawiał we wtorek telefonicznie ze swoim japońskim odpowiednikiem o współpracy gospodarczej.',
      'Nowym wiceministrem został dotychczasowy dyrektor departamentu Jan Kowalski. (PAP)',
      'autor: Anna Nowak',
    ]);
    assert.ok(found?.includes('PAP'), String(found));
  });

  test('"(Avec APS)" on a line of its own, and "(tasr, mm)", "/ritzau/" with the editor\'s initials', () => {
    const fr = publisher([
      'Entretien téléphonique entre les ministres des Affaires étrangères',
      'Le ministre des Affaires étrangères a eu mardi un entretien téléphonique avec son homologue tunisien.',
      'Les deux ministres ont passé en revue les relations bilatérales.',
      '(Avec APS)',
    ]);
    assert.ok(fr?.includes('APS'), String(fr));
    const sk = publisher([
      'Minister sa stretol s ruským rezortným partnerom',
      'Minister zahraničných vecí sa v utorok v Minsku stretol so svojím ruským partnerom na okraj konferencie.',
      'Obaja diplomati si vymenili názory na medzinárodné otázky.',
      '(tasr, mm)',
    ]);
    assert.equal(sk?.toLowerCase(), 'tasr');
    const da = publisher([
      'Statsministeren mødtes med den amerikanske udenrigsminister',
      'Statsministeren tog tirsdag imod den amerikanske udenrigsminister på Marienborg til et møde om Arktis.',
      'Mødet varede en time.',
      '/ritzau/',
    ]);
    assert.equal(da?.toLowerCase(), 'ritzau');
  });

  test('the writer\'s and editor\'s initials "(khr/bac)", an end mark "(END)" and a five-letter office code give none', () => {
    const lead = [
      'Presiden menerima tujuh duta besar baru di Istana',
      'Presiden menerima surat kepercayaan dari tujuh duta besar negara sahabat di Istana Merdeka pada Senin pagi.',
    ];
    assert.equal(publisher([...lead, 'Upacara berlangsung selama satu jam.', '(khr/bac)']), null);
    assert.equal(publisher([...lead, 'Upacara berlangsung selama satu jam. (END)']), null);
    assert.equal(publisher([...lead, 'Upacara berlangsung selama satu jam. (HUMPR)']), null);
  });
});
