// Keeps one screen's failure from blanking the whole app: the header stays usable and the
// user reads what went wrong.
import { Component, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert">
        <h1>{this.props.title}</h1>
        <p>{this.state.error.message}</p>
      </div>
    );
  }
}
