// Runs Electronegativity (@doyensec/electronegativity) over the project's own code (electron/, src/,
// scripts/, copied together so its global checks see the whole app) and fails on any finding that
// electronegativity-allow.json does not explain. The tool itself exits 0 whatever it finds.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const allow = JSON.parse(readFileSync(join(root, 'electronegativity-allow.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

const work = mkdtempSync(join(tmpdir(), 'keepline-electronegativity-'));
try {
  for (const folder of ['electron', 'src', 'scripts']) cpSync(join(root, folder), join(work, 'app', folder), { recursive: true });
  const report = join(work, 'report.sarif');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', join(work, 'app'), '-e', electronVersion, '-o', report, '-r', '-v', 'false'],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 },
  );
  const results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((run) => run.results ?? []);
  const findings = results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = String(location?.artifactLocation?.uri ?? '');
    return { check: result.ruleId, file: uri.startsWith('file:') ? '(global)' : uri, line: location?.region?.startLine ?? 0 };
  });
  const explained = (finding) => allow.some((entry) => entry.check === finding.check && entry.file === finding.file && entry.reason?.trim());
  const unexplained = findings.filter((finding) => !explained(finding));
  const stale = allow.filter((entry) => !findings.some((finding) => finding.check === entry.check && finding.file === entry.file));
  console.log(`Electronegativity ${electronVersion}: ${findings.length} findings, ${findings.length - unexplained.length} explained in electronegativity-allow.json`);
  for (const entry of stale) console.log(`  no longer found (remove it from the allow-list): ${entry.check} ${entry.file}`);
  if (unexplained.length) {
    for (const finding of unexplained) console.error(`  UNEXPLAINED ${finding.check} ${finding.file}:${finding.line}`);
    console.error('Fix each, or add it with a reason to electronegativity-allow.json and the README security section.');
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
