// Keys are checked at compile time against the English files: t('therapy.opne') is a type
// error. A new namespace is added here and in src/locales/<lang>/.
import type common from '../../locales/en/common.json'
import type diary from '../../locales/en/diary.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: { common: typeof common; diary: typeof diary }
  }
}
