// One `check` finding: severity, the message (which quotes the words), the rule, and why.
import type { CheckFinding } from "../api.js";

export function Finding({ f }: { f: CheckFinding }) {
  return (
    <div className={`finding severity-${f.severity}`}>
      <small className="severity">{f.severity}</small> {f.message} <code>{f.rule}</code>
      {f.suggestion && <div className="suggestion">Suggest: {f.suggestion}</div>}
      <details>
        <summary>Why</summary>
        {f.reason}
        {f.location && (
          <>
            {" "}
            ({f.location.file}, line {f.location.line})
          </>
        )}
      </details>
    </div>
  );
}
