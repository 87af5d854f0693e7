/** A whole percentage, 0 to 100, typed into a narrow number field (a probability, a credit). */
export function PercentField({
  label,
  value,
  onChange,
  step,
  required = false,
}: {
  label: string;
  value: string | number;
  onChange(percent: string): void;
  step?: number;
  required?: boolean;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        max={100}
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        className="narrow"
      />
    </label>
  );
}
