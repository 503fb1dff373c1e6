package book.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything wrong with the book found while rendering it, each naming its place; the build fails
 * when there is any.
 *
 * <p>{@code problems.add("chapters/01-goroutines.adoc:42: example::goroutines/Nope.java[] names no script")}
 */
final class Problems {

    private final List<String> found = new ArrayList<>();

    synchronized void add(String problem) {
        found.add(problem);
    }

    synchronized List<String> all() {
        return List.copyOf(found);
    }
}
