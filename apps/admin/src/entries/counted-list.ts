import CMS from '../decap.ts';
import { Children, cloneElement, type ComponentClass, isValidElement, type ReactElement, type ReactNode } from 'react';
import { countPhrase } from './count-phrase.ts';

/**
 * Decap's list widget heads a list with `${count} ${label}` («0 шаги», «1 приложения»). This is
 * the same control with the count said in agreement («0 шагов», «1 приложение»), from the forms
 * the schema declares (`counted`), and the add button naming the list («Добавить в список «Шаги»»).
 */

interface ListProps {
  field: { get(key: string, fallback?: unknown): unknown };
  value?: { size: number } | null;
}

interface ListControlInstance {
  props: ListProps;
  render(): ReactNode;
}

interface TopBarProps {
  heading?: unknown;
  label?: unknown;
  children?: ReactNode;
}

/** Replaces the heading and add label of the list's top bar, wherever it sits in the rendered tree. */
function relabel(node: ReactNode, heading: string, label: string): ReactNode {
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<TopBarProps>;
  if (typeof element.props.heading === 'string' && typeof element.props.label === 'string') return cloneElement(element, { heading, label });
  const { children } = element.props as { children?: unknown };
  // Decap's list renders inside emotion's <ClassNames>{({ css }) => …}</ClassNames>.
  if (typeof children === 'function') {
    const inner = children as (...args: unknown[]) => ReactNode;
    return cloneElement(element, { children: (...args: unknown[]) => relabel(inner(...args), heading, label) } as object);
  }
  if (!Array.isArray(children) && !isValidElement(children)) return element; // text or nothing
  return cloneElement(element, {}, ...Children.toArray(children as ReactNode).map((child) => relabel(child, heading, label)));
}

export function registerCountedList(): void {
  const list = CMS.getWidget('list') as { control: ComponentClass; preview: ComponentClass; schema?: object } | undefined;
  if (!list) throw new Error('Decap has no list widget to extend');
  // Decap's control is untyped JavaScript; the part used is declared above.
  const Base = list.control as unknown as new (props: ListProps) => ListControlInstance;

  class CountedListControl extends Base {
    render() {
      const { field, value } = this.props;
      const label = String(field.get('label', field.get('name')));
      const heading = countPhrase(value?.size ?? 0, label, (field.get('counted') as { toJS?: () => string[] } | undefined)?.toJS?.());
      return relabel(super.render(), heading, label);
    }
  }
  // Decap's types omit registerWidget's fourth argument, the options schema it validates the config with.
  const register = CMS.registerWidget as (name: string, control: unknown, preview: unknown, schema?: object) => void;
  register('list', CountedListControl, list.preview, list.schema);
}
