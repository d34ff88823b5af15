import type { CopilotErrorData } from "../../lib/errors";
import { errorText } from "./error-text";

export function ErrorNotice({
  error,
  onRetry,
  testId,
}: {
  error: CopilotErrorData;
  onRetry?: () => void;
  testId: string;
}) {
  const text = errorText(error);
  return (
    <div
      role="alert"
      data-testid={testId}
      className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{text.title}</p>
      <p className="mt-1">{text.action}</p>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-2 rounded-md border border-red-400 px-2 py-1 text-xs font-medium"
        >
          Retry
        </button>
      ) : null}
    </div>
  );
}
