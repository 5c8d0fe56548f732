/** Small form pieces the orders, quote, licence and deal panels share: a labelled field, selects and number inputs bound to component state. */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";

/** An option of a select: value, label, whether it is disabled, and details shown under the select when it is chosen (keeps long options short on a phone). */
export type Opt = readonly [value: string, label: string, disabled?: boolean, detail?: string];

/** The value a select shows: `value` when it is one of the options, else the first option's (options can change under a kept value). */
export function chosen(value: string, options: readonly Opt[]): string {
  return options.some((o) => o[0] === value) ? value : (options[0]?.[0] ?? "");
}

/** A label with its control, on one line. */
export function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <label class="field inline">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Props shared by the bound controls. */
interface Bound {
  name: string;
  value: string;
  onValue(v: string): void;
  label?: string;
  title?: string;
}

/** A select over `options` whose value lives in the component's state. */
export function Select({ name, value, onValue, options, label, title }: Bound & { options: readonly Opt[] }) {
  const detail = options.find((o) => o[0] === chosen(value, options))?.[3];
  const select = (
    <select name={name} aria-label={label} title={title} value={chosen(value, options)} onChange={(e) => onValue((e.target as HTMLSelectElement).value)}>
      {options.map(([v, l, disabled]) => (
        <option key={v} value={v} disabled={disabled}>
          {l}
        </option>
      ))}
    </select>
  );
  return detail ? (
    <>
      {select}
      <small class="opt-detail">{detail}</small>
    </>
  ) : (
    select
  );
}

/** A number input whose text lives in the component's state (typed text survives every server update). */
export function NumberInput({
  name,
  value,
  onValue,
  min,
  max,
  step = 1,
  label,
  mode = "numeric",
}: Bound & { min: number; max: number; step?: number; mode?: "numeric" | "decimal" }) {
  return (
    <input
      type="number"
      name={name}
      value={value}
      min={min}
      max={max}
      step={step}
      inputMode={mode}
      aria-label={label}
      onInput={(e) => onValue((e.target as HTMLInputElement).value)}
    />
  );
}

/** A form's values as strings with a setter per field (`set("mw")` is an onValue handler). */
export function useFields<T extends Record<string, string>>(init: () => T): [T, (k: keyof T) => (v: string) => void] {
  const [values, setValues] = useState<T>(init);
  const set = (k: keyof T) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  return [values, set];
}
