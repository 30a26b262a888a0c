package io.jisr.common.paging;

import java.util.List;

/** A slice of an ordered result, as a service returns it. */
public record Page<T>(PageRequest request, List<T> items, int offset, long total) {
}
