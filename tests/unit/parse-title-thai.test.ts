// Thai pages write words without spaces, space only between phrases and end a sentence on no full
// stop. A desk officer importing a Thai embassy's news item still expects its headline, whole, not
// the section name above it, the byline under it or a first sentence cut at ninety characters.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const HEADLINE = 'รัฐมนตรีว่าการกระทรวงการต่างประเทศหารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงการต่างประเทศเวียดนามที่กรุงฮานอย';
const LEAD =
  'เมื่อวันที่ 12 มีนาคม 2567 รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้พบหารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงการต่างประเทศเวียดนาม ณ กรุงฮานอย โดยทั้งสองฝ่ายได้แลกเปลี่ยนความเห็นเกี่ยวกับความร่วมมือด้านการค้า การลงทุน และการท่องเที่ยว รวมทั้งประเด็นภูมิภาคที่ทั้งสองประเทศให้ความสนใจร่วมกัน';
const MORE = 'ทั้งนี้ ทั้งสองฝ่ายเห็นพ้องที่จะจัดการประชุมคณะกรรมาธิการร่วมครั้งต่อไปในปีหน้า';
const title = (text: string): string | null => parseRecordText(text).title;

describe('a Thai headline above a lead that ends on no full stop', () => {
  test('the headline is read whole, not made from the first sentence and cut', () => {
    assert.equal(title(`${HEADLINE}\n\n12/03/2024\n\n${LEAD}\n\n${MORE}`), HEADLINE);
  });

  test('a section name of one word above it ("ข่าวกิจกรรม", activities) is not the headline', () => {
    assert.equal(title(`ข่าวกิจกรรม\n\n${HEADLINE}\n\n12/03/2024\n\n${LEAD}\n\n${MORE}`), HEADLINE);
  });

  test('a byline under it ("โดย …", by) is not the headline', () => {
    assert.equal(title(`×\n${HEADLINE}\nโดย NEWS DESK TEAM\n12.03.2024\n${LEAD}\n${MORE}`), HEADLINE);
  });

  test('a short Thai line over the lead is still a headline, and the lead is not', () => {
    const short = 'นายกฯ พบทูตเวียดนาม';
    assert.equal(title(`${short}\n\n${LEAD}\n\n${MORE}`), short);
  });
});
