/**
 * The law's 50/25/25 split (docs/domain.md rule 1) as native formulas over a total
 * `T`, giving what model/split.ts gives: region and municipalities a quarter
 * rounded down plus the odd kronor by largest remainder, the state the rest.
 */
export function splitFormulas(total: string): {
  state: (region: string, municipalities: string) => string;
  region: string;
  municipalities: string;
} {
  return {
    state: (region, municipalities) => `=${total}-${region}-${municipalities}`,
    region: `=INT(${total}/4)+IF(MOD(${total},4)>=2,1,0)`,
    municipalities: `=INT(${total}/4)+IF(MOD(${total},4)=3,1,0)`,
  };
}
