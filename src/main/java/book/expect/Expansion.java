package book.expect;

import java.util.List;

/**
 * Every way one element can match at one output position, and the misses met on the way.
 *
 * <p>{@code new Expansion(List.of(step), List.of())} is an element that matched in exactly one way.
 */
record Expansion(List<Step> steps, List<Miss> misses) {
}
