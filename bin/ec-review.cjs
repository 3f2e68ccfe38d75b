#!/usr/bin/env node
// The `ec-review` command: runs the command line bundled by `npm run build` (dist/cli/ec-review.cjs).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "..", "dist", "cli", "ec-review.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("ec-review: the command line is not built yet; run npm run build first.\n");
  process.exit(1);
}
require(bundle);
