import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on one of our modules: `name` (without extension) next to the module
 * `from` (its import.meta.url). The sources are TypeScript under tsx or vitest, and a worker does
 * not inherit the process's module hooks (Node 20): a small script first registers tsx's ESM
 * loader in the worker, then imports the module. Compiled JavaScript runs directly.
 */
export function startModuleWorker(from: string, name: string, options: WorkerOptions = {}): Worker {
  const runsTypeScript = from.endsWith('.ts');
  const file = new URL(`${name}${runsTypeScript ? '.ts' : '.js'}`, from);
  if (!runsTypeScript) return new Worker(file, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
