declare module 'subset-font' {
  /** Subsets a TTF/WOFF/WOFF2 font to the characters of `text` (harfbuzz's hb-subset, as wasm). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
