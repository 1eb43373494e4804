import { useData } from '../state/data-store'

/** A dataset that fails validation (or a file that cannot load): every error with its file and JSON path. */
export function ErrorPage() {
  const errors = useData((s) => s.errors)
  return (
    <div className="tpx-ui">
      <div className="tpx-screen" role="alert">
        <div className="tpx-panel">
          <h2>The trigger point data could not be loaded</h2>
          <p>
            {errors.length === 1 ? 'One problem was' : `${errors.length} problems were`} found. Nothing is shown rather than
            something wrong. If you edited the data files, fix these and reload:
          </p>
          <ol className="tpx-errors">
            {errors.map((e, i) => (
              <li key={i}>
                <strong>{e.file}</strong>: <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ol>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    </div>
  )
}
