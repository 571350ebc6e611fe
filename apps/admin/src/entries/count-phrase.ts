const rules = new Intl.PluralRules('ru');

/**
 * How many items a list holds, said the Russian way: «1 шаг», «2 шага», «5 шагов», «21 шаг»
 * (Intl.PluralRules picks the form); a list whose items have no declared forms says «Подчиняется: 2».
 */
export function countPhrase(count: number, label: string, counted?: readonly string[]): string {
  if (!counted || counted.length !== 3) return `${label}: ${count}`;
  const form = rules.select(count);
  return `${count} ${form === 'one' ? counted[0] : form === 'few' ? counted[1] : counted[2]}`;
}
