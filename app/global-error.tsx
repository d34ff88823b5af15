"use client";

// Last-resort boundary: the root layout itself failed. Local data stays in this browser's storage;
// reloading re-reads it.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui", padding: 24 }}>
        <h1>Interview Copilot hit an unexpected error</h1>
        <p>{error.message}</p>
        <p>Your interviews are kept on this device. Try again; if it keeps happening, reload the page.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
