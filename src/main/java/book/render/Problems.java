package book.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything wrong with the book found while rendering it, each named once with its place; the build fails
 * when there is any.
 *
 * <p>{@code problems.add("chapters/01-goroutines.adoc:42: example::goroutines/Nope.java[] names no script")}
 */
final class Problems {

    private final Set<String> found = new LinkedHashSet<>();

    synchronized void add(String problem) {
        found.add(problem);
    }

    synchronized List<String> all() {
        return List.copyOf(found);
    }
}
