package book.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoToolchainTest {

    private static GoToolchain go(String version) {
        return new GoToolchain(Path.of("go"), Path.of("gofmt"), version);
    }

    @Test
    void supportsItsOwnReleaseAndOlderOnes() {
        assertTrue(go("go1.19.8").supports("1.19"));
        assertTrue(go("go1.19.8").supports("1.18"));
        assertTrue(go("go1.25rc1").supports("1.25"));
    }

    @Test
    void doesNotSupportNewerReleasesComparedAsNumbersNotText() {
        assertFalse(go("go1.19.8").supports("1.22"));
        assertFalse(go("go1.9").supports("1.10"));
    }

    @Test
    void rejectsAVersionThatIsNotGos() {
        assertThrows(IllegalArgumentException.class, () -> go("devel").supports("1.22"));
    }
}
