import { CircleExclamationPoint } from 'lucide-react';

/** The sentences beside an input; an empty list renders nothing. */
export function FieldErrorText({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="field-error">
      {messages.map((message, index) => (
        <p key={index}>
          <CircleExclamationPoint aria-hidden="true" size={14} />
          <span>{message}</span>
        </p>
      ))}
    </div>
  );
}
