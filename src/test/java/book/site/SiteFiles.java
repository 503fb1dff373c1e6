package book.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What can be read from the built site's files without a browser: its pages, the ids a link
 * may point at, and resource URLs that name another host.
 *
 * <p>{@code var files = new SiteFiles(site); files.pages(); files.ids("01-goroutines.html");}
 */
final class SiteFiles {

    private static final Pattern ID = Pattern.compile("\\s(?:id|name)=\"([^\"]*)\"");
    private static final Pattern RESOURCE_TAG = Pattern.compile(
            "<(img|script|link|iframe|source|video|audio|embed|object|track|image|use)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOURCE_ATTRIBUTE = Pattern.compile(
            "\\s(src|href|data|srcset|poster|xlink:href)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile(
            "(url\\(\\s*['\"]?|@import\\s+['\"])((?:https?:)?//[^'\")\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern OTHER_HOST = Pattern.compile("^\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE);

    private final Path site;

    SiteFiles(Path site) {
        this.site = site;
    }

    /** Every HTML page of the site, as paths relative to it with forward slashes, sorted. */
    List<String> pages() {
        return files(".html");
    }

    List<String> files(String suffix) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String page) {
        try {
            return Files.readString(site.resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids (and old-style anchor names) a fragment can point at on this page. */
    Set<String> ids(String page) {
        var ids = new HashSet<String>();
        Matcher matcher = ID.matcher(read(page));
        while (matcher.find()) {
            ids.add(matcher.group(1).replace("&amp;", "&"));
        }
        return ids;
    }

    /**
     * The resources this HTML or CSS text would load from another host: {@code src}/{@code href} of
     * img, script, link, iframe and the like, CSS {@code url(...)} and {@code @import}.
     * Plain links ({@code <a href>}) are not resources and are not listed.
     */
    static List<String> foreignResources(String source) {
        var found = new ArrayList<String>();
        String text = COMMENT.matcher(source).replaceAll(" ");
        Matcher tag = RESOURCE_TAG.matcher(text);
        while (tag.find()) {
            Matcher attribute = RESOURCE_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                String value = attribute.group(2).replaceAll("^[\"']|[\"']$", "");
                for (String candidate : value.split(",")) {
                    if (OTHER_HOST.matcher(candidate).find()) {
                        found.add("<" + tag.group(1) + " " + attribute.group(1) + "=\"" + candidate.strip() + "\">");
                    }
                }
            }
        }
        Matcher css = CSS_URL.matcher(text);
        while (css.find()) {
            found.add(css.group(1).strip() + css.group(2));
        }
        return found;
    }
}
