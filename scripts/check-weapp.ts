/**
 * WeChat's own offline checks on the built mini-program (`npm run build:weapp` first):
 * miniprogram-ci's checkCodeQuality (the 代码质量 panel of DevTools) and analyseCode (package
 * sizes, module errors), run on `dist/` through project.config.json.
 *
 * Prints one JSON summary on stdout:
 *   { quality: [{ name, success }], analyse: { mainPackageBytes, totalBytes, moduleErrors } }
 * and exits 1 when a quality item fails or a module has an error. Exits explicitly: miniprogram-ci
 * leaves a file watcher running.
 *
 * Offline: ci.Project insists on a private key, but these two checks only use it to sign the
 * request for the project's attributes from WeChat's server. We answer that ourselves with
 * miniprogram-ci's own DefaultProjectAttr (2 MB main package, 20 MB in all), so a placeholder key
 * is never used, no network is touched, and `touristappid` works.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

interface ProjectConfig {
  appid: string;
  miniprogramRoot?: string;
}

interface Summary {
  quality: Array<{ name: string; success: boolean }>;
  analyse: {
    mainPackageBytes: number;
    totalBytes: number;
    subPackages: Record<string, number>;
    moduleErrors: Array<{ path: string; errors: string[] }>;
  };
}

async function main(): Promise<number> {
  const config = JSON.parse(readFileSync(path.join(root, 'project.config.json'), 'utf8')) as ProjectConfig;
  const miniprogramRoot = path.join(root, config.miniprogramRoot ?? '');
  if (!existsSync(path.join(miniprogramRoot, 'app.json'))) {
    console.error(`no built mini-program in ${miniprogramRoot}: run npm run build:weapp first`);
    return 2;
  }

  // miniprogram-ci logs progress with console.log; keep stdout for the summary alone.
  console.log = console.info = (...args: unknown[]) => console.error(...args);
  // Loaded lazily: miniprogram-ci is large and only this script needs it.
  const ci = await import('miniprogram-ci');
  const options = {
    appid: config.appid,
    type: 'miniProgram' as const,
    projectPath: root,
    privateKey: 'offline-checks-sign-nothing',
    ignores: ['node_modules/**/*', 'cloudfunctions/**/*'],
    // Read by CIProject.attr() instead of asking the server (see above).
    attr: async () => ci.DefaultProjectAttr,
  };
  const project = new ci.Project(options);

  const quality = await ci.checkCodeQuality(project);
  const analysis = await ci.analyseCode(project, { silent: true });
  if (!analysis) throw new Error('analyseCode returned no result');

  const subPackages: Record<string, number> = {};
  let mainPackageBytes = 0;
  let totalBytes = 0;
  for (const file of analysis.files) {
    totalBytes += file.size;
    if (file.subPackage) subPackages[file.subPackage] = (subPackages[file.subPackage] ?? 0) + file.size;
    else mainPackageBytes += file.size;
  }
  const moduleErrors = analysis.modules
    .map((module) => ({
      path: module.path,
      errors: [...(module.errors ?? []), ...(module.buildError ? [module.buildError] : [])],
    }))
    .filter((module) => module.errors.length > 0);

  const summary: Summary = {
    quality: quality.map((item) => ({ name: item.name ?? '(unnamed)', success: item.success === true })),
    analyse: { mainPackageBytes, totalBytes, subPackages, moduleErrors },
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);

  const failed = quality.filter((item) => item.success !== true);
  for (const item of failed)
    console.error(`quality check failed: ${item.name}: ${item.text ?? ''} ${JSON.stringify(item.detail ?? '')}`);
  return failed.length === 0 && moduleErrors.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
