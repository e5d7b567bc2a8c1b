/**
 * The workshop: repair orders (委托书) from the moment reception opens them. Estimates, promised times, dispatch,
 * the three-level quality check and delivery build on this aggregate.
 */
@NullMarked
package shinrai.workshop;

import org.jspecify.annotations.NullMarked;
