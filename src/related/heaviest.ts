/** Picks the heaviest few of many weighted entries without sorting them all. */

/**
 * Fills `heap` with the positions of the `heap.length` heaviest of weights[0…count) (ties to
 * the lower key) and returns how many it holds, in no particular order.
 */
export function heaviest(weights: Float64Array, keys: Int32Array, count: number, heap: Int32Array): number {
  let size = 0;
  for (let p = 0; p < count; p++) {
    const weight = weights[p]!;
    if (weight <= 0) continue;
    if (size < heap.length) {
      // Sift up: a min-heap, lightest on top.
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const above = heap[parent]!;
        if (weights[above]! < weight || (weights[above] === weight && keys[above]! > keys[p]!)) break;
        heap[i] = above;
        i = parent;
      }
      heap[i] = p;
      continue;
    }
    const top = heap[0]!;
    if (weight < weights[top]! || (weight === weights[top] && keys[p]! > keys[top]!)) continue;
    // Replace the lightest and sift down.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && (weights[heap[right]!]! < weights[heap[child]!]! || (weights[heap[right]!] === weights[heap[child]!] && keys[heap[right]!]! > keys[heap[child]!]!))) child = right;
      const below = heap[child]!;
      if (weight < weights[below]! || (weight === weights[below] && keys[p]! > keys[below]!)) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = p;
  }
  return size;
}
