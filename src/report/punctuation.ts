/**
 * The delivered text mixes half-width and full-width punctuation. The parser
 * works on, and the data carries, one canonical form: full-width Chinese
 * punctuation, which is how the app sets the text. A comma or colon between
 * two digits (1,000 / 10:30) is part of a number and stays half-width.
 */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
}

export function canonicalPunctuation(text: string): string {
  return text.replace(/[,:;()!?]/g, (mark, at: number) => {
    const inNumber = (mark === ',' || mark === ':') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')
    return inNumber ? mark : (FULL_WIDTH[mark] ?? mark)
  })
}
