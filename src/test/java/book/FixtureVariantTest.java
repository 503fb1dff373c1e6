package book;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FixtureVariantTest {

    @TempDir
    Path root;

    private static final String EXAMPLE = """
            ///usr/bin/env jbang "$0" "$@" ; exit $?
            void main() {
                counter++; // <1>
                IO.println(counter);
            }
            /* Output:
            1
            */
            """;

    private String script(String variant) throws IOException {
        Files.createDirectories(root.resolve("examples/demo"));
        Files.writeString(root.resolve("examples/demo/Counter.java"), EXAMPLE);
        return FixtureVariant.script(root, "fixtures/Fixed.variant", variant);
    }

    @Test
    void appliesEveryEditToTheExampleAsItStandsAndKeepsItsExpectation() throws IOException {
        assertEquals("""
                ///usr/bin/env jbang "$0" "$@" ; exit $?
                // Must fail with FAILED: stdout does not match the expectation
                // Corrects examples/demo/Counter.java: locked.

                void main() {
                    synchronized (this) { counter++; }
                    IO.println(counter);
                }
                /* Output:
                1
                */
                """, script("""
                // Must fail with FAILED: stdout does not match the expectation
                // Corrects examples/demo/Counter.java: locked.

                replace:
                    counter++; // <1>
                with:
                    synchronized (this) { counter++; }

                """));
    }

    @Test
    void rejectsATextTheExampleDoesNotHoldExactlyOnce() {
        var absent = assertThrows(IllegalArgumentException.class, () -> script("""
                // Corrects examples/demo/Counter.java
                replace:
                    counter--;
                with:
                    counter++;
                """));
        assertEquals("fixtures/Fixed.variant:3: the text to replace is in examples/demo/Counter.java 0 times, not once",
                absent.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> script("""
                // Corrects examples/demo/Counter.java
                replace:
                counter
                with:
                count
                """));
        assertEquals("fixtures/Fixed.variant:3: the text to replace is in examples/demo/Counter.java 2 times, not once",
                twice.getMessage());
    }

    @Test
    void rejectsAVariantThatNamesNoExampleOrHasNoEdit() {
        assertEquals("fixtures/Fixed.variant:1: name the example: // Corrects examples/<chapter>/<Name>.java",
                assertThrows(IllegalArgumentException.class, () -> script("replace:\nx\nwith:\ny\n")).getMessage());
        assertEquals("fixtures/Fixed.variant: no 'replace:' ... 'with:' edit",
                assertThrows(IllegalArgumentException.class, () -> script("// Breaks examples/demo/Counter.java\n"))
                        .getMessage());
        assertEquals("fixtures/Fixed.variant:2: 'replace:' without its 'with:'",
                assertThrows(IllegalArgumentException.class,
                        () -> script("// Breaks examples/demo/Counter.java\nreplace:\nx\n")).getMessage());
    }
}
