/**
 * How an amount of money is read and written. Amounts are integer fen everywhere; these are the
 * only conversions to and from what people type and read, shared by the form that shows a total
 * as it is typed and the 申报书 that prints it.
 */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
/** 元, 万 and 亿 sections of four digits each, lowest first. */
const SECTIONS = ['', '万', '亿'];
/** Just under 1 万亿 yuan, in fen: a fourth section would need the compound 万亿. */
const MAX_FEN = 1_000_000_000_000 * 100 - 1;

/** Yuan typed with at most two decimals ("1200", "1,200.5", "0.05"): integer fen, or null. */
export function yuanToFen(text: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/[,，]/g, ''));
  if (!match) return null;
  const [, whole, decimals = ''] = match;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Fen as yuan with thousands separators and two decimals: 10030000 → "100,300.00". */
export function formatYuan(fen: number): string {
  assertAmount(fen);
  // By hand: some phones' JavaScript engines ship without locale data for toLocaleString.
  const whole = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${whole}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * Fen in Chinese capital numerals as a bank or a budget table writes them (人民币大写, after the
 * People's Bank rules for 票据): 伍万元整, 壹拾万零叁佰元整, 叁佰元零伍分, 壹元伍角, 伍分, 零元整.
 * A ten is always written 壹拾, a run of zeros inside the number is one 零, and a zero 角
 * before a non-zero 分 is a 零 after 元.
 */
export function capitalYuan(fen: number): string {
  assertAmount(fen);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  const whole = yuan > 0 ? `${capitalInteger(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${whole}整`;
  const jiaoPart = jiao > 0 ? `${DIGITS[jiao]}角` : yuan > 0 && cents > 0 ? '零' : '';
  const centsPart = cents > 0 ? `${DIGITS[cents]}分` : '';
  return `${whole}${jiaoPart}${centsPart}`;
}

function capitalInteger(value: number): string {
  const sections: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) sections.push(rest % 10_000);
  let text = '';
  let zeroPending = false;
  for (let index = sections.length - 1; index >= 0; index -= 1) {
    const section = sections[index];
    if (section === 0) {
      zeroPending = text !== '';
      continue;
    }
    // A higher section written and this one below a thousand: the skipped places read as one 零.
    if (text !== '' && (zeroPending || section < 1000)) text += '零';
    text += capitalSection(section) + SECTIONS[index];
    zeroPending = false;
  }
  return text;
}

function capitalSection(section: number): string {
  let text = '';
  let zeroPending = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(section / 10 ** place) % 10;
    if (digit === 0) {
      zeroPending = text !== '';
      continue;
    }
    if (zeroPending) text += '零';
    text += DIGITS[digit] + PLACES[place];
    zeroPending = false;
  }
  return text;
}

function assertAmount(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_FEN) {
    throw new RangeError(`Not an amount in fen: ${fen}`);
  }
}
