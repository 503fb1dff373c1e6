package book.render;

public final class SiteRenderer {
    public static void main(String[] args) {
        System.out.println("render on " + Runtime.version() + " args " + java.util.Arrays.toString(args));
    }
}
