export interface ModuleCost {
  /** The source path from `src/` or `node_modules/` on, or `(no source)`. */
  module: string;
  /** gzip bytes the file loses without this module's characters. */
  gzip: number;
  /** How many characters of the built file the map gives to this module. */
  raw: number;
}

export function moduleCosts(path: string): { rows: ModuleCost[]; gzip: number; shared: number };
