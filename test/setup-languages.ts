// Before each test file: the Chinese catalogue, which the program loads only when Chinese is used
// (src/i18n/index.ts). Tests call t('zh', …) and render views in Chinese without going through run().
import { loadLanguage } from '../src/i18n/index.js';

await loadLanguage('zh');
