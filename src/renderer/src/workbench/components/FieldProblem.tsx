/** What is wrong with a field or a small form, said where it happened. Nothing when nothing is. */
export function FieldProblem({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-problem" role="alert">
      {message}
    </p>
  );
}
