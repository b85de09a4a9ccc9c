#!/usr/bin/env node
// The `briefbook` command. Briefbook's code is TypeScript that Node 24 runs directly.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`briefbook: needs Node.js 24 (this is ${process.version}). Install Node 24 and run it again.`);
  process.exit(1);
}
const { run } = await import('../electron/node/cli.ts');
await run(process.argv.slice(2));
