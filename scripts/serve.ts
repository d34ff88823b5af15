/**
 * Starts the production server in the deployment mode the environment names (lib/server/deployment.ts):
 * laptop mode on loopback only, organisation mode on the network with sign-in. A configuration that
 * would put the model key on the network without sign-in is refused before anything listens.
 *
 *   tsx scripts/serve.ts [--port 3000]
 */
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { DeploymentError, resolveDeployment, UNSAFE_OVERRIDE } from "../lib/server/deployment";

function fail(message: string, code = 2): never {
  console.error(`serve: ${message}`);
  process.exit(code);
}

let port = "3000";
try {
  const { values } = parseArgs({ options: { port: { type: "string", short: "p" } }, strict: true });
  port = values.port ?? port;
} catch (error) {
  fail(`${(error as Error).message}\nusage: tsx scripts/serve.ts [--port N]`);
}
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) fail(`--port must be 1-65535, not ${port}`);

let deployment;
try {
  deployment = resolveDeployment();
} catch (error) {
  if (error instanceof DeploymentError) fail(error.message, 1);
  throw error;
}

if (deployment.mode === "laptop") console.log(`serve: laptop mode, listening on ${deployment.host}:${port} only`);
else if (deployment.oidc)
  console.log(
    `serve: organisation mode on ${deployment.host}:${port}, sign-in through ${deployment.oidc.issuer.origin}`,
  );
if (deployment.unsafe)
  console.warn(
    `serve: WARNING ${UNSAFE_OVERRIDE}=yes: this server is reachable without sign-in; anyone who reaches ${deployment.host}:${port} can use the organisation's model key.`,
  );

const child = spawn("npx", ["next", "start", "-p", port, "-H", deployment.host], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
