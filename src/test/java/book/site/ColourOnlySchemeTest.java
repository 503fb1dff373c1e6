package book.site;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColourOnlySchemeTest {

    /** The shape of the site's book.css: colour variables, a dark block of them, and uses in paint and shorthands. */
    private static final String SITE = """
            :root {
              --bg: #fcfbf8;
              --border: #dcdfe3;
              --measure: 46rem;
              --shadow: 0 1px 2px rgba(0, 0, 0, .06);
            }
            @media (prefers-color-scheme: dark) {
              :root { --bg: #16181c; --border: rgb(48 54 61); --shadow: 0 1px 2px rgba(0, 0, 0, .4); }
              .conum[data-value] { color: #0d1117 !important; }
              pre.rouge .k { color: #ff7b72; background-color: transparent; }
            }
            html { background: var(--bg); max-width: var(--measure); }
            h2 { border-bottom: 1px solid var(--border); box-shadow: var(--shadow); }
            .quote::before { content: "{ not a block; }"; color: var(--bg); }
            """;

    private static List<String> problems(String css) {
        var scheme = new ColourOnlyScheme();
        scheme.css("book.css", css);
        return scheme.problems();
    }

    @Test
    void aDarkSchemeOfColoursOnlyPasses() {
        assertEquals(List.of(), problems(SITE));
    }

    @Test
    void aPropertyOtherThanAColourInTheDarkBlockFailsWithItsLine() {
        String css = SITE.replace("color: #0d1117 !important;", "color: #0d1117 !important;\n    font-weight: bold;");
        assertEquals(List.of("book.css:10: the dark scheme sets font-weight: bold (only colours may change with the scheme)"),
                problems(css));
    }

    @Test
    void aVariableTheDarkBlockSetsFailsWhereItSizesSomething() {
        String css = SITE + "main { padding: var(--border); }\n";
        assertEquals(List.of("book.css:15: padding uses --border, which the colour scheme changes (only colours may "
                + "change with the scheme)"), problems(css));
        String derived = SITE + ":root { --rule: var(--border); }\nmain { width: var(--rule); }\n";
        assertEquals(List.of("book.css:16: width uses --rule, which the colour scheme changes (only colours may "
                + "change with the scheme)"), problems(derived));
    }

    @Test
    void aShorthandTakesOnlyAColourFromTheDarkBlock() {
        String css = SITE.replace("--border: rgb(48 54 61);", "--border: 3px;");
        assertEquals(List.of("book.css:8: --border is 3px, not a colour, and book.css:13 uses it in border-bottom"),
                problems(css));
    }

    @Test
    void aStylesheetOrAPictureOnTheSchemeFails() {
        assertEquals(List.of("book.css:2: @import url(dark.css) (prefers-color-scheme: dark) (a stylesheet on the colour "
                + "scheme)"), problems("a { color: red; }\n@import url(dark.css) (prefers-color-scheme: dark);\n"));
        var scheme = new ColourOnlyScheme();
        scheme.html("index.html", """
                <p>Readers who set prefers-color-scheme see the dark theme.</p>
                <picture><source media="(prefers-color-scheme: dark)" srcset="dark.png"><img src="light.png" alt=""></picture>
                """);
        assertEquals(List.of("index.html:2: markup that names prefers-color-scheme (a media attribute swaps what the "
                + "page shows): <source media=\"(prefers-color-scheme: dark)\" srcset=\"dark.png\">"), scheme.problems());
    }

    @Test
    void aPageStyleOrAttributeIsReadLikeTheStylesheets() {
        var scheme = new ColourOnlyScheme();
        scheme.css("book.css", SITE);
        scheme.html("01.html", """
                <html><head>
                <style>
                @media (prefers-color-scheme: dark) { .toc { display: none; } }
                </style></head>
                <body><div style="margin-left: var(--bg)">x</div></body></html>
                """);
        assertEquals(List.of("01.html:3: the dark scheme sets display: none (only colours may change with the scheme)",
                "01.html:5: margin-left uses --bg, which the colour scheme changes (only colours may change with the "
                        + "scheme)"), scheme.problems());
    }

    @Test
    void aScriptThatAsksForTheSchemeOrReadsItsColoursFails() {
        var scheme = new ColourOnlyScheme();
        scheme.css("book.css", SITE);
        scheme.script("book.js", "'use strict';\nvar dark = window.matchMedia('(prefers-color-scheme: dark)');\n");
        scheme.html("index.html", "<html>\n<script>\ngetComputedStyle(document.body).getPropertyValue('--bg')</script>"
                + "<script>var bgcolor = '--bg-image';</script>");
        assertEquals(List.of("book.js:2: a script names prefers-color-scheme (it could change the page with the scheme)",
                "index.html:3: a script names --bg, which the colour scheme changes"), scheme.problems());
    }
}
