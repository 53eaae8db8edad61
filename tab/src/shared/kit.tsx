import { useId, type ButtonHTMLAttributes, type ReactNode } from "react";
import "./kit.css";

/*
 * The member's kit: what Min plan, the sign-in and the app's frame are made of, in native elements (a select, an input,
 * a checkbox, a button) styled like Teams by kit.css. A member on her phone downloads this instead of Fluent UI, which
 * loads with the organizer workspace. Native controls bring their own keyboard use and screen-reader roles.
 */

const cx = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(" ");

export type Intent = "success" | "warning" | "danger" | "informative";

export function Button({ appearance = "secondary", icon, className, children, type = "button", ...rest }:
  ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: "primary" | "secondary" | "subtle"; icon?: ReactNode }) {
  return (
    <button type={type} className={cx("tm-button", appearance !== "secondary" && `tm-${appearance}`, className)} {...rest}>
      {icon}{children}
    </button>
  );
}

export function Badge({ color, appearance = "tint", children }: { color: Intent; appearance?: "tint" | "filled" | "outline"; children: ReactNode }) {
  return <span className={cx("tm-badge", `tm-${color}`, appearance !== "tint" && `tm-${appearance}`)}>{children}</span>;
}

/** The id, description and invalid state a field's control takes. */
export interface ControlProps { id: string; "aria-describedby"?: string; "aria-invalid"?: true }

/** A labelled control with its validation message under it (announced with the control). */
export function Field({ label, error, className, children }: { label: string; error?: string; className?: string; children(control: ControlProps): ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={cx("tm-field", className)}>
      <label htmlFor={id}>{label}</label>
      {children(error ? { id, "aria-describedby": errorId, "aria-invalid": true } : { id })}
      {error && <span id={errorId} className="tm-field-error">{error}</span>}
    </div>
  );
}

export function Select({ options, value, onChange, ...control }: ControlProps & {
  options: { value: string; label: string }[]; value: string; onChange(value: string): void; disabled?: boolean; "aria-label"?: string;
}) {
  return (
    <select className="tm-select" value={value} onChange={(e) => onChange(e.target.value)} {...control}>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}

export function TextInput({ value, onChange, ...rest }: Partial<ControlProps> & {
  value: string; onChange(value: string): void; type?: "text" | "date" | "search"; maxLength?: number; placeholder?: string; "aria-label"?: string;
}) {
  return <input className="tm-input" type="text" value={value} onChange={(e) => onChange(e.target.value)} {...rest} />;
}

export function Checkbox({ checked, onChange, label }: { checked: boolean; onChange(checked: boolean): void; label: string }) {
  return <input type="checkbox" className="tm-check" aria-label={label} checked={checked} onChange={(e) => onChange(e.target.checked)} />;
}

const messageIntent = { error: "tm-error", warning: "tm-warning", info: "tm-info" } as const;

/** A message with an optional title and actions; an error or a warning is announced (role alert unless given). */
export function MessageBar({ intent, title, actions, role, children }: {
  intent: keyof typeof messageIntent; title?: ReactNode; actions?: ReactNode; role?: string; children?: ReactNode;
}) {
  return (
    <div className={cx("tm-message", messageIntent[intent])} role={role ?? (intent === "info" ? undefined : "alert")}>
      <div className="tm-message-body">
        {title && <div className="tm-strong">{title}</div>}
        {children}
      </div>
      {actions && <div className="tm-message-actions">{actions}</div>}
    </div>
  );
}

export function Spinner({ label }: { label: string }) {
  return <div className="tm-spinner" role="status"><span className="tm-spinner-ring" aria-hidden="true" />{label}</div>;
}

/** A card-like section: a header (with an optional description and action) and its content. */
export function Panel({ header, description, action, children, testId }: {
  header: ReactNode; description?: ReactNode; action?: ReactNode; children?: ReactNode; testId?: string;
}) {
  return (
    <section className="tm-panel" data-testid={testId}>
      <div className="tm-panel-header">
        <div className="tm-panel-titles">{header}{description}</div>
        {action}
      </div>
      {children}
    </section>
  );
}

/** Simple line icons (drawn here, 20 × 20, in the text's colour); decorative: the button says what it does. */
const icon = (d: string) => (
  <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

export const icons = {
  add: icon("M10 4v12M4 10h12"),
  remove: icon("M4.5 6h11M8 6V4.5h4V6M6 6l.8 9.5h6.4L14 6M8.7 8.5v4.5M11.3 8.5v4.5"),
  open: icon("M11 4h5v5M16 4l-7 7M14 12v3.5H4.5V6H8"),
  chat: icon("M4 5h12v8H9l-3.5 3v-3H4z"),
};
