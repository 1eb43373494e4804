// The key of the painted chart, drawn with the same marks the shader uses: solid red for the
// essential zone, red dots for the spillover zone, an X for the trigger point itself.
// Plain words first, the clinical term after it for students.
const DOTS = [4, 9, 14, 19].flatMap((x) => [4, 8, 12].map((y) => [y === 8 ? x - 2 : x, y] as const))

export function Legend() {
  return (
    <ul className="tpx-legend" aria-label="How to read the body chart">
      <li>
        <svg width="22" height="16" aria-hidden="true">
          <rect x="1" y="1" width="20" height="14" rx="3" fill="#c62828" />
        </svg>
        <span>
          <span className="long">main pain area</span>
          <span className="short">main pain</span> <span className="muted">(essential zone)</span>
        </span>
      </li>
      <li>
        <svg width="22" height="16" aria-hidden="true">
          <rect x="1" y="1" width="20" height="14" rx="3" fill="#fff" stroke="#e6a0a0" />
          {DOTS.map(([x, y]) => (
            <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" fill="#c62828" />
          ))}
        </svg>
        <span>
          <span className="long">may spread to</span>
          <span className="short">may spread</span> <span className="muted">(spillover zone)</span>
        </span>
      </li>
      <li>
        <svg width="18" height="18" aria-hidden="true">
          <path d="M3 3l12 12M15 3L3 15" stroke="#1b2530" strokeWidth="3" strokeLinecap="round" />
        </svg>
        <span>
          <span className="long">the trigger point</span>
          <span className="short">trigger point</span>
        </span>
      </li>
    </ul>
  )
}
