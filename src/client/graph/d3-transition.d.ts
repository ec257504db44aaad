// The graph imports d3-transition for its side effect, transition() on every selection, and d3-zoom accepts the result;
// d3-transition's own types are not installed, so this declares the part the graph uses.
import type { BaseType, TransitionLike } from 'd3-selection';

declare module 'd3-selection' {
  // A module augmentation repeats d3's own type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Selection<GElement extends BaseType, Datum, PElement extends BaseType, PDatum> {
    transition(): SelectionTransition<GElement, Datum>;
  }
}

interface SelectionTransition<GElement extends BaseType, Datum> extends TransitionLike<GElement, Datum> {
  duration(milliseconds: number): this;
  call<Args extends unknown[]>(callback: (transition: this, ...args: Args) => void, ...args: Args): this;
}
