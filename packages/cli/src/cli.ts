#!/usr/bin/env node
/**
 * The `systemledning` binary: the command line for counties (see `systemledning --help`, and the README's
 * "Kommandoraden för län"). Only a fault of the program itself reaches Node's own error output.
 */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
});
