import * as OpenCCModule from 'opencc-js';

type LocaleName = 'cn' | 'tw' | 'twp';

/**
 * The part of opencc-js used here. Its own typings import './core' without an extension, which NodeNext
 * resolution cannot follow, so through them every export would be an unresolved type.
 */
interface OpenCCApi {
  Converter(options: { from: LocaleName; to: LocaleName }): (text: string) => string;
}

/** opencc-js, typed: `OpenCC.Converter({ from, to })` is its public API. */
export const OpenCC = OpenCCModule as unknown as OpenCCApi;
