package org.boomerang.teaching.index;

import java.util.Arrays;

/**
 * Picks the best {@code n} of {@code count} ranked items, in order, through a heap of
 * {@code n} whose root is the weakest kept: a broad topic has thousands of candidates and
 * a page needs ten.
 */
final class BestHeap {

	/** Which of two items (0 to count - 1) ranks ahead. */
	interface Order {

		boolean ahead(int a, int b);

	}

	private BestHeap() {
	}

	/**
	 * @return the best {@code n} items, best first
	 */
	static int[] best(int n, int count, Order order) {
		int[] heap = new int[n];
		int size = 0;
		for (int k = 0; k < count && n > 0; k++) {
			if (size < n) {
				heap[size] = k;
				int i = size++;
				while (i > 0 && order.ahead(heap[(i - 1) / 2], heap[i])) {
					swap(heap, i, (i - 1) / 2);
					i = (i - 1) / 2;
				}
			}
			else if (order.ahead(k, heap[0])) {
				heap[0] = k;
				int i = 0;
				while (true) {
					int weakest = i;
					int left = 2 * i + 1;
					int right = left + 1;
					if (left < size && order.ahead(heap[weakest], heap[left])) {
						weakest = left;
					}
					if (right < size && order.ahead(heap[weakest], heap[right])) {
						weakest = right;
					}
					if (weakest == i) {
						break;
					}
					swap(heap, i, weakest);
					i = weakest;
				}
			}
		}
		Integer[] sorted = new Integer[size];
		for (int i = 0; i < size; i++) {
			sorted[i] = heap[i];
		}
		Arrays.sort(sorted, (a, b) -> (a.equals(b)) ? 0 : order.ahead(a, b) ? -1 : 1);
		return Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
	}

	private static void swap(int[] heap, int a, int b) {
		int x = heap[a];
		heap[a] = heap[b];
		heap[b] = x;
	}

}
