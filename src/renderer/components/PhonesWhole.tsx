/**
 * Text with its phone numbers ("+86 139 0013 9000") each kept on one line: a narrow cell wraps the words
 * around a number, never inside it. The spaces stay spaces, for copying and finding.
 */
export function PhonesWhole({ text }: { text: string }) {
  const parts = text.split(/(\+\d[\d ]*\d)/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
