// A desk officer imports town-hall and ministry reports in German, Spanish, French, Italian and Portuguese that tell
// the meeting in their language's everyday past: the German Präteritum ("empfing", "weilte", "besuchte", "tauschten
// sich aus") and Perfekt with "sein" ("ist … zusammengetroffen"), the Spanish "ha recibido", the French "a été reçu",
// "s'est tenue", the Italian "si è svolto", the Portuguese "visitou". Each is a meeting held, not a preview. A future
// perfect or a conditional ("habrá recibido", "aurait reçu"), a passive plan ("wird empfangen werden"), an
// announcement in the past ("ha anunciado que visitará") or an adjective ("die akkreditierten Botschafter") is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';
import { heldPast } from '../../electron/node/library/parse/participants/meeting-tense.ts';

const held = (sentences: string[]): void => {
  for (const s of sentences) assert.equal(heldPast(s), true, s);
};
const notHeld = (sentences: string[]): void => {
  for (const s of sentences) assert.equal(heldPast(s), false, s);
};

test('a German report in the Präteritum or the Perfekt with "sein" tells the meeting held', () => {
  held([
    'Die Oberbürgermeisterin empfing die Gäste aus der Partnerstadt im Festsaal.',
    'Der Generalkonsul weilte am Dienstag zu seinem Antrittsbesuch in der Stadt.',
    'Eine Delegation aus der Partnerregion besuchte das Landratsamt.',
    'Die beiden Minister tauschten sich über die Lage in der Region aus.',
    'Der Landrat ist am Montag mit dem Botschafter zusammengetroffen.',
    'Die Gäste diskutierten Fragen der Zusammenarbeit in der Forschung.',
  ]);
  notHeld([
    'Der Botschafter wird am Freitag im Rathaus empfangen werden.',
    'Die akkreditierten Botschafter werden am Montag im Schloss erwartet.',
    'Ein Treffen der beiden Bürgermeister ist für den Herbst geplant.',
    'Der Minister wird bis Freitag in der Hauptstadt eingetroffen sein.',
  ]);
});

test('a Spanish report in the pretérito perfecto tells the meeting held, not one announced or yet to come', () => {
  held([
    'La alcaldesa ha recibido esta mañana al embajador en el ayuntamiento.',
    'Los dos cancilleres se han reunido en la sede del ministerio.',
    'El rector ha mantenido un encuentro con la delegación visitante.',
  ]);
  notHeld([
    'El ministro habrá recibido al embajador antes del viernes.',
    'El presidente ha anunciado que visitará la ciudad el mes próximo.',
    'La fecha de la visita aún no se ha determinado.',
    'La reunión está programada para el martes.',
  ]);
});

test('a French or Italian report in the passé composé or the passato prossimo tells the meeting held', () => {
  held([
    "L'ambassadeur a été reçu par le maire à l'hôtel de ville.",
    'La séance de travail s’est tenue au siège de la région avec le gouverneur.',
    'Le préfet a aussi rencontré les élus locaux lundi.',
    "L'incontro si è svolto nella sede del Comune.",
    'Il sindaco ha accolto il console generale questa mattina.',
    'Il console è stato ricevuto dal presidente della Regione.',
  ]);
  notHeld([
    "L'ambassadeur aurait reçu le maire selon la presse.",
    "Le ministre a annoncé qu'il recevra son homologue jeudi.",
    'La visite du ministre est prévue pour lundi.',
    'Il ministro ha detto che incontrerà il console.',
    'Un incontro con il sindaco è previsto per domani.',
    'The minister will pay a visit to the summit next week.',
  ]);
});

test('a Portuguese report in the pretérito perfeito of the meeting verbs tells the meeting held', () => {
  held([
    'O governador visitou a feira e conversou com os expositores.',
    'Os prefeitos participaram da reunião na sede da associação.',
    'O ministro esteve com o embaixador no palácio.',
  ]);
  notHeld(['O ministro vai visitar a feira na próxima semana.', 'O encontro deverá ser realizado em março.']);
});

test('a German embassy note whose first lines look ahead to a state visit, then tells the envoys were received, reports a meeting', () => {
  const texts = [
    'Während der Reise sprach man über den Besuch des Staatschefs, bei dem er mit dem Bundespräsidenten zusammentreffen wird.',
    'Danach empfing der Ministerpräsident die Gesandten in der Staatskanzlei.',
  ];
  assert.equal(reportsMeeting(texts, null), true);
});

test('a French report that names the coming seminar first, then tells the ambassador met the authorities, reports a meeting', () => {
  const texts = [
    "Le séjour de l'ambassadeur coïncide avec le séminaire régional qui se terminera demain.",
    "La rencontre est organisée avec le concours du service culturel de l'ambassade.",
    "L'ambassadeur a aussi rencontré les autorités locales lundi, à la préfecture.",
  ];
  assert.equal(reportsMeeting(texts, null), true);
});
