#!/usr/bin/env node
// The package's entry point: the compiled CLI lives in dist/ (built by `npm install`).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2), process.env);
