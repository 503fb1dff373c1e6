package book.find;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoProgramTest {

    @TempDir
    Path root;

    private GoProgram program(String text) throws IOException {
        Files.createDirectories(root.resolve("examples/mutexes"));
        Files.writeString(root.resolve("examples/mutexes/SideBySide.go"), text);
        return new GoProgram(root, Path.of("examples/mutexes/SideBySide.go"));
    }

    @Test
    void isCheckedAgainstTheJavaScriptOfTheSameName() throws IOException {
        GoProgram program = program("package main\n");
        assertEquals(new Example(root, Path.of("examples/mutexes/SideBySide.java")), program.javaPort());
        assertEquals("mutexes/SideBySide.go", program.id());
        assertEquals("go run examples/mutexes/SideBySide.go a.txt", program.command(List.of("a.txt")));
    }

    @Test
    void needsTheGoItsBuildConstraintNames() throws IOException {
        assertEquals(Optional.of("1.22"), program("//go:build go1.22\n\npackage main\n").minimumGo());
        assertEquals(Optional.empty(), program("// go1.22 in a comment\npackage main\n").minimumGo());
    }

    @Test
    void isARelativePathToAGoFile() {
        assertThrows(IllegalArgumentException.class, () -> new GoProgram(root, Path.of("examples/x/A.java")));
        assertThrows(IllegalArgumentException.class, () -> new GoProgram(root, root.resolve("examples/x/A.go")));
    }
}
