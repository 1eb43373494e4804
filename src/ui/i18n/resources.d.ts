// Keys are checked at compile time against the English files: t('therapy.opne') is a type
// error. A new namespace is added here and in src/locales/<lang>/.
import type common from '../../locales/en/common.json'
import type diary from '../../locales/en/diary.json'
import type consult from '../../locales/en/consult.json'
import type explore from '../../locales/en/explore.json'
import type finder from '../../locales/en/finder.json'
import type notices from '../../locales/en/notices.json'
import type safety from '../../locales/en/safety.json'
import type study from '../../locales/en/study.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      diary: typeof diary
      consult: typeof consult
      explore: typeof explore
      finder: typeof finder
      notices: typeof notices
      safety: typeof safety
      study: typeof study
    }
  }
}
