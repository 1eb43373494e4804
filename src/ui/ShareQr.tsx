// The share link as a QR code, drawn here (qrcode-generator, loaded only when asked for): a
// patient scans it from the therapist's screen, no service and no request off the origin.
import { useEffect, useRef } from 'react'
import { useTranslation } from './i18n'

export interface ShareQrProps {
  url: string
  /** what a screen reader says the code is, in the person's language (default: the consult share link's) */
  label?: string
}

/** pixels per module and the quiet zone (modules) the QR standard asks for */
const SCALE = 4
const QUIET = 4

export function ShareQr({ url, label }: ShareQrProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const { t } = useTranslation('consult')
  useEffect(() => {
    let live = true
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const el = canvas.current
      if (!live || !el) return
      const qr = qrcode(0, 'M')
      qr.addData(url, 'Byte')
      qr.make()
      const n = qr.getModuleCount()
      const size = (n + QUIET * 2) * SCALE
      el.width = size
      el.height = size
      const ctx = el.getContext('2d')
      if (!ctx) return
      ctx.fillStyle = '#fff'
      ctx.fillRect(0, 0, size, size)
      ctx.fillStyle = '#000'
      for (let r = 0; r < n; r++)
        for (let c = 0; c < n; c++) if (qr.isDark(r, c)) ctx.fillRect((c + QUIET) * SCALE, (r + QUIET) * SCALE, SCALE, SCALE)
      el.dataset.url = url
    })
    return () => {
      live = false
    }
  }, [url])
  return <canvas ref={canvas} className="tpx-qr" data-testid="share-qr" role="img" aria-label={label ?? t('qrLabel')} />
}
