import { statSync } from 'node:fs';
import { buildCloud } from '../scripts/build-cloud';
import type { Figures } from './figures';

export async function benchApiBundle(): Promise<Figures> {
  const file = await buildCloud();
  return { api_bundle_bytes: { value: statSync(file).size, unit: 'B' } };
}
