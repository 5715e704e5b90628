#!/usr/bin/env node
// appstore-devtest: the CLI is the CommonJS bundle beside this file, the package bin
// (script/bundle-cli.mjs).
import { createRequire } from 'node:module'

createRequire(import.meta.url)('./cli.cjs')
