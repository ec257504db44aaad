/** A count with the word that agrees with it: `counted(1, 'skill', 'skills')` is "1 skill", with 3 "3 skills". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
