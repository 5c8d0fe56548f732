/** The GPU package choice shared by the GPU order form and the vendor-quote request: managed full stack or bare components. */
import { Field, Select } from "./form-fields";
import type { Opt } from "./form-fields";

const PACKAGES: readonly Opt[] = [
  ["fullstack", "Full-stack AI factory (managed, SLA)"],
  ["components", "Components (you run them)"],
];

/** The "Package" field: a select named `name` over the two packages. */
export function PackageField({ name, value, onValue }: { name: string; value: string; onValue(v: string): void }) {
  return (
    <Field label="Package">
      <Select name={name} value={value} onValue={onValue} options={PACKAGES} />
    </Field>
  );
}
