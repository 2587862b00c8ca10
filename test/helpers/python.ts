// The project's Python environment (.venv/, made by `make test` / `make venv` through ray/venv.sh where
// python3 >= 3.9 exists). Python-side tests run with its interpreter, or skip saying why.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const VENV_PYTHON = path.resolve(".venv", "bin", "python");

/** The interpreter for Python-side checks: the project's environment when made, else python3 on PATH. */
export const PYTHON = existsSync(VENV_PYTHON) ? VENV_PYTHON : "python3";

/** Null when the project's environment imports every module; else a one-line reason to skip. */
export function venvReason(modules: string[]): string | null {
  if (!existsSync(VENV_PYTHON)) return "no .venv/ (made by `make test` or `make venv` where python3 >= 3.9 exists)";
  const r = spawnSync(VENV_PYTHON, ["-c", `import ${modules.join(", ")}`], { encoding: "utf8" });
  return r.status === 0 ? null : `.venv/ cannot import ${modules.join(", ")}: ${r.stderr.trim().split("\n").pop()}`;
}
